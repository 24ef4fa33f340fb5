// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtstatementparser.h"
#include "camtentryparser.h"
#include "camtlinebuilder.h"
#include "util/tr.h"

#include <utility>

namespace Saldo {

namespace {

void setAccount(Statement &statement, const QString &written)
{
    if (written.isEmpty())
        return;
    Result<Iban> iban = Iban::parse(written);
    if (iban)
        statement.accountIban = std::move(iban).value();
    else
        statement.accountNumber = written; // anonymised or national: kept as written
}

/// Structured references of a Norwegian account are KIDs.
bool isNorwegian(const Statement &statement)
{
    if (!statement.accountIban.isNull())
        return statement.accountIban.countryCode() == u"NO";
    return statement.currency.codeView() == QLatin1StringView("NOK");
}

} // namespace

CamtStatementParser::Outcome CamtStatementParser::parse(StatementPartSink &sink)
{
    Statement statement;
    statement.sourceLine = m_xml.line();
    Balances balances;
    QString legalSequence;
    m_begun = false;
    while (m_xml.nextChild()) {
        if (m_xml.is("Ntry")) {
            entry(statement);
            if (statement.lines.size() >= m_partLines
                && !handOverPart(statement, balances, legalSequence, sink))
                return Outcome::Canceled;
        } else if (m_xml.is("Id")) {
            statement.id = m_xml.text();
        } else if (m_xml.is("ElctrncSeqNb")) {
            statement.sequence = m_xml.text();
        } else if (m_xml.is("LglSeqNb")) {
            legalSequence = m_xml.text();
        } else if (m_xml.is("CreDtTm")) {
            statement.date = m_xml.date(u"Stmt/CreDtTm");
        } else if (m_xml.is("FrToDt")) {
            period(statement);
        } else if (m_xml.is("Acct")) {
            account(statement);
        } else if (m_xml.is("Bal")) {
            balance(statement, balances);
        } else {
            m_xml.skip();
        }
    }
    if (m_xml.failed())
        return Outcome::Failed;
    if (!m_begun) { // the usual case: the whole statement in one part
        finishHeader(statement, balances, legalSequence);
        return handOverStatement(sink, std::move(statement)) ? Outcome::Read : Outcome::Canceled;
    }
    if (!statement.lines.isEmpty() && !handOverPart(statement, balances, legalSequence, sink))
        return Outcome::Canceled;
    finishHeader(statement, balances, legalSequence);
    return sink.end(statement) ? Outcome::Read : Outcome::Canceled;
}

void CamtStatementParser::finishHeader(Statement &statement, const Balances &balances,
                                       const QString &legalSequence)
{
    if (statement.sequence.isEmpty())
        statement.sequence = legalSequence;
    statement.openingBalance = balances.booked ? balances.booked : balances.previousClosing;
    statement.closingBalance = balances.closing;
    if (!statement.date.isValid())
        statement.date
            = balances.closingDate.isValid() ? balances.closingDate : statement.periodEnd;
}

bool CamtStatementParser::handOverPart(Statement &statement, const Balances &balances,
                                       const QString &legalSequence, StatementPartSink &sink)
{
    QList<StatementLine> lines = std::exchange(statement.lines, {});
    statement.lines.reserve(m_partLines);
    if (!m_begun) {
        Statement header = statement; // no lines: a cheap copy
        finishHeader(header, balances, legalSequence);
        if (!sink.begin(header))
            return false;
        m_begun = true;
    }
    return sink.addLines(std::move(lines));
}

void CamtStatementParser::account(Statement &statement)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("Id")) {
            accountId(statement);
        } else if (m_xml.is("Ccy")) {
            const QString code = m_xml.text();
            if (const std::optional<Currency> currency = m_xml.currency(code, u"Acct/Ccy"))
                statement.currency = *currency;
        } else {
            m_xml.skip();
        }
    }
}

void CamtStatementParser::accountId(Statement &statement)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("IBAN") || m_xml.is("BBAN")) {
            setAccount(statement, m_xml.text());
        } else if (m_xml.is("Othr") || m_xml.is("PrtryAcct")) { // PrtryAcct: camt.052.001.01
            while (m_xml.nextChild()) {
                if (m_xml.is("Id"))
                    setAccount(statement, m_xml.text());
                else
                    m_xml.skip();
            }
        } else {
            m_xml.skip();
        }
    }
}

void CamtStatementParser::period(Statement &statement)
{
    while (m_xml.nextChild()) {
        if (m_xml.is("FrDtTm"))
            statement.periodStart = m_xml.date(u"FrToDt/FrDtTm");
        else if (m_xml.is("ToDtTm"))
            statement.periodEnd = m_xml.date(u"FrToDt/ToDtTm");
        else
            m_xml.skip();
    }
}

void CamtStatementParser::balance(Statement &statement, Balances &balances)
{
    const qint64 line = m_xml.line();
    QString type;
    std::optional<Money> amount;
    bool credit = true;
    QDate date;
    while (m_xml.nextChild()) {
        if (m_xml.is("Tp")) {
            type = balanceType();
        } else if (m_xml.is("Amt")) {
            amount = m_xml.amount(u"Bal/Amt", statement.currency);
        } else if (m_xml.is("CdtDbtInd")) {
            credit = m_xml.creditIndicator(u"Bal/CdtDbtInd").value_or(true);
        } else if (m_xml.is("Dt")) {
            date = m_xml.dateChoice(u"Bal/Dt");
        } else {
            m_xml.skip();
        }
    }
    if (m_xml.failed())
        return;
    if (!amount) {
        m_xml.fail(u"Bal/Amt",
                   Tr::tr("the balance that starts on line %1 has no amount").arg(line));
        return;
    }
    if (!statement.currency.isValid())
        statement.currency = amount->currency();
    const Money value = credit ? *amount : -*amount;
    if (type == u"OPBD" && !balances.booked) {
        balances.booked = value;
    } else if (type == u"PRCD" && !balances.previousClosing) {
        balances.previousClosing = value;
    } else if (type == u"CLBD" && !balances.closing) {
        balances.closing = value;
        balances.closingDate = date;
    }
}

QString CamtStatementParser::balanceType()
{
    QString type;
    while (m_xml.nextChild()) {
        if (!m_xml.is("CdOrPrtry")) {
            m_xml.skip(); // SubTp
            continue;
        }
        while (m_xml.nextChild()) {
            if (m_xml.is("Cd"))
                type = m_xml.text();
            else
                m_xml.skip();
        }
    }
    return type;
}

void CamtStatementParser::entry(Statement &statement)
{
    const std::optional<CamtEntry> entry = CamtEntryParser(m_xml).parse(statement.currency);
    if (!entry)
        return;
    if (!statement.currency.isValid())
        statement.currency = entry->amount.currency();
    if (entry->pending)
        ++m_pendingEntries;
    CamtLineBuilder(isNorwegian(statement)).build(*entry, statement.lines);
}

} // namespace Saldo
