// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtentryparser.h"
#include "util/tr.h"

namespace Saldo {

void appendJoined(QString &joined, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!joined.isEmpty())
        joined += QLatin1Char(' ');
    joined += text;
}

std::optional<CamtEntry> CamtEntryParser::parse(Currency currency)
{
    m_currency = currency;
    CamtEntry entry;
    entry.sourceLine = m_xml.line();
    bool sawAmount = false;
    bool sawIndicator = false;
    while (m_xml.nextChild()) {
        if (m_xml.is("Amt")) {
            const std::optional<Money> amount = m_xml.amount(u"Ntry/Amt", currency);
            entry.amount = amount.value_or(Money());
            sawAmount = amount.has_value();
        } else if (m_xml.is("CdtDbtInd")) {
            const std::optional<bool> credit = m_xml.creditIndicator(u"Ntry/CdtDbtInd");
            entry.credit = credit.value_or(false);
            sawIndicator = credit.has_value();
        } else if (m_xml.is("RvslInd")) {
            const QString value = m_xml.text();
            entry.reversal = value == u"true" || value == u"1";
        } else if (m_xml.is("Sts")) {
            status(entry);
        } else if (m_xml.is("BookgDt")) {
            entry.bookingDate = m_xml.dateChoice(u"Ntry/BookgDt");
        } else if (m_xml.is("ValDt")) {
            entry.valueDate = m_xml.dateChoice(u"Ntry/ValDt");
        } else if (m_xml.is("AcctSvcrRef")) {
            entry.accountServicerReference = m_xml.text();
        } else if (m_xml.is("BkTxCd")) {
            bankCode(entry.bankCode);
        } else if (m_xml.is("NtryDtls")) {
            entryDetails(entry);
        } else if (m_xml.is("AddtlNtryInf")) {
            appendJoined(entry.additionalInfo, m_xml.prose());
        } else {
            m_xml.skip(); // NtryRef, Chrgs, Intrst, CardTx ...: nothing a line carries
        }
    }
    if (m_xml.failed())
        return std::nullopt;
    if (!sawAmount)
        m_xml.fail(u"Ntry/Amt",
                   Tr::tr("the entry that starts on line %1 has no amount").arg(entry.sourceLine));
    else if (!sawIndicator)
        m_xml.fail(u"Ntry/CdtDbtInd",
                   Tr::tr("the entry that starts on line %1 does not say credit or debit")
                       .arg(entry.sourceLine));
    if (m_xml.failed())
        return std::nullopt;
    return entry;
}

void CamtEntryParser::status(CamtEntry &entry)
{
    // .02-.06: <Sts>BOOK</Sts>; .08: <Sts><Cd>BOOK</Cd></Sts>. The text covers both.
    CamtXml::ValueText storage;
    entry.pending = m_xml.valueText(storage) == u"PDNG";
}

void CamtEntryParser::bankCode(CamtBankCode &code)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("Domn")) {
            domainCode(code);
        } else if (m_xml.is("Prtry")) {
            while (m_xml.nextChild()) {
                if (m_xml.is("Cd"))
                    code.proprietary = m_xml.text();
                else
                    m_xml.skip();
            }
        } else {
            m_xml.skip();
        }
    }
}

void CamtEntryParser::domainCode(CamtBankCode &code)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("Cd")) {
            code.domain = m_xml.text();
        } else if (m_xml.is("Fmly")) {
            while (m_xml.nextChild()) {
                if (m_xml.is("Cd"))
                    code.family = m_xml.text();
                else if (m_xml.is("SubFmlyCd"))
                    code.subFamily = m_xml.text();
                else
                    m_xml.skip();
            }
        } else {
            m_xml.skip();
        }
    }
}

void CamtEntryParser::entryDetails(CamtEntry &entry)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("TxDtls")) {
            entry.transactions.append(CamtTransaction());
            transaction(entry.transactions.last());
        } else {
            m_xml.skip(); // Btch: its count and total add nothing to the TxDtls
        }
    }
}

void CamtEntryParser::transaction(CamtTransaction &transaction)
{
    transaction.sourceLine = m_xml.line();
    while (m_xml.nextChild()) {
        if (m_xml.is("Refs")) {
            references(transaction);
        } else if (m_xml.is("Amt")) {
            transaction.amount = m_xml.amount(u"TxDtls/Amt", m_currency);
        } else if (m_xml.is("CdtDbtInd")) {
            transaction.credit = m_xml.creditIndicator(u"TxDtls/CdtDbtInd");
        } else if (m_xml.is("AmtDtls")) {
            amountDetails(transaction);
        } else if (m_xml.is("BkTxCd")) {
            bankCode(transaction.bankCode);
        } else if (m_xml.is("RltdPties")) {
            relatedParties(transaction);
        } else if (m_xml.is("RltdAgts")) {
            relatedAgents(transaction);
        } else if (m_xml.is("RmtInf")) {
            remittance(transaction);
        } else if (m_xml.is("AddtlTxInf")) {
            appendJoined(transaction.additionalInfo, m_xml.prose());
        } else {
            m_xml.skip();
        }
    }
}

void CamtEntryParser::references(CamtTransaction &transaction)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("EndToEndId"))
            transaction.endToEndId = m_xml.text();
        else if (m_xml.is("AcctSvcrRef"))
            transaction.accountServicerReference = m_xml.text();
        else
            m_xml.skip();
    }
}

void CamtEntryParser::amountDetails(CamtTransaction &transaction)
{
    // InstdAmt (as ordered) and CntrValAmt (exchange) are skipped: TxAmt is the booked one.
    while (m_xml.nextChild()) {
        if (!m_xml.is("TxAmt")) {
            m_xml.skip();
            continue;
        }
        while (m_xml.nextChild()) {
            if (m_xml.is("Amt"))
                transaction.transactionAmount
                    = m_xml.amount(u"TxDtls/AmtDtls/TxAmt/Amt", m_currency);
            else
                m_xml.skip();
        }
    }
}

void CamtEntryParser::relatedParties(CamtTransaction &transaction)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("Dbtr")) {
            party(transaction.debtor);
        } else if (m_xml.is("DbtrAcct")) {
            account(transaction.debtor);
        } else if (m_xml.is("Cdtr")) {
            party(transaction.creditor);
        } else if (m_xml.is("CdtrAcct")) {
            account(transaction.creditor);
        } else if (m_xml.is("UltmtDbtr") || m_xml.is("UltmtCdtr")) {
            QString &target
                = m_xml.is("UltmtDbtr") ? transaction.ultimateDebtor : transaction.ultimateCreditor;
            CamtParty ultimate;
            party(ultimate);
            target = ultimate.name;
        } else {
            m_xml.skip();
        }
    }
}

void CamtEntryParser::party(CamtParty &party)
{
    // Up to .06 the name is a direct child; .08 wraps it in Pty (or Agt for a bank).
    while (m_xml.nextChild()) {
        if (m_xml.is("Nm"))
            party.name = m_xml.prose();
        else if (m_xml.is("Pty"))
            this->party(party);
        else if (m_xml.is("Agt"))
            agentName(party);
        else
            m_xml.skip();
    }
}

void CamtEntryParser::agentName(CamtParty &party)
{
    while (m_xml.nextChild()) {
        if (!m_xml.is("FinInstnId")) {
            m_xml.skip();
            continue;
        }
        while (m_xml.nextChild()) {
            if (m_xml.is("Nm"))
                party.name = m_xml.prose();
            else if (m_xml.is("BICFI") || m_xml.is("BIC"))
                party.bic = m_xml.text();
            else
                m_xml.skip();
        }
    }
}

void CamtEntryParser::account(CamtParty &party)
{
    while (m_xml.nextChild()) {
        if (!m_xml.is("Id")) {
            m_xml.skip();
            continue;
        }
        while (m_xml.nextChild()) {
            if (m_xml.is("IBAN"))
                party.iban = m_xml.text();
            else if (m_xml.is("Othr") || m_xml.is("PrtryAcct"))
                otherAccountId(party.otherAccount);
            else if (m_xml.is("BBAN"))
                party.otherAccount = m_xml.text();
            else
                m_xml.skip();
        }
    }
}

void CamtEntryParser::otherAccountId(QString &id)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("Id"))
            id = m_xml.text();
        else
            m_xml.skip();
    }
}

void CamtEntryParser::relatedAgents(CamtTransaction &transaction)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("DbtrAgt"))
            transaction.debtor.bic = agentBic();
        else if (m_xml.is("CdtrAgt"))
            transaction.creditor.bic = agentBic();
        else
            m_xml.skip();
    }
}

QString CamtEntryParser::agentBic()
{
    CamtParty agent;
    agentName(agent);
    return agent.bic;
}

void CamtEntryParser::remittance(CamtTransaction &transaction)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("Ustrd"))
            appendJoined(transaction.unstructured, m_xml.prose());
        else if (m_xml.is("Strd"))
            structuredRemittance(transaction);
        else
            m_xml.skip();
    }
}

void CamtEntryParser::structuredRemittance(CamtTransaction &transaction)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("CdtrRefInf"))
            creditorReference(transaction);
        else if (m_xml.is("AddtlRmtInf"))
            appendJoined(transaction.additionalRemittance, m_xml.prose());
        else
            m_xml.skip();
    }
}

void CamtEntryParser::creditorReference(CamtTransaction &transaction)
{
    // The type (SCOR, ISR Reference ...) is not needed: an RF reference proves itself by its
    // check digits, a KID by its own.
    while (m_xml.nextChild()) {
        if (m_xml.is("Ref") && transaction.structuredReference.isEmpty())
            transaction.structuredReference = m_xml.text();
        else
            m_xml.skip();
    }
}

} // namespace Saldo
