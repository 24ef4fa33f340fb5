// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtlinebuilder.h"
#include "camtentryparser.h"
#include "formats/common/referenceparser.h"

#include <algorithm>

namespace Saldo {

namespace {

/// code == candidate, compared inline (QString's operator== calls into Qt for every code).
bool isCode(QStringView code, QLatin1StringView candidate)
{
    return code.size() == candidate.size()
        && std::equal(code.begin(), code.end(), candidate.begin(),
                      [](QChar a, char b) { return a.unicode() == uchar(b); });
}

bool isOneOf(const QString &code, std::initializer_list<QLatin1StringView> codes)
{
    for (const QLatin1StringView candidate : codes) {
        if (isCode(code, candidate))
            return true;
    }
    return false;
}

/// Transfers, direct debits and cheques: the code already says what the line is, so words in
/// its text ("card", "ATM" in a purpose) must not make it a card line.
bool isTransferFamily(const CamtBankCode &code)
{
    using L = QLatin1StringView;
    return isOneOf(
        code.family,
        { L("RCDT"), L("ICDT"), L("RDDT"), L("IDDT"), L("RCHQ"), L("ICHQ"), L("RRCT"), L("IRCT") });
}

bool isNotProvided(const QString &reference)
{
    return reference.compare(QLatin1StringView("NOTPROVIDED"), Qt::CaseInsensitive) == 0;
}

void setCounterpartyAccount(const CamtParty &party, StatementLine &line)
{
    const QString &written = party.iban.isEmpty() ? party.otherAccount : party.iban;
    if (written.isEmpty())
        return;
    // Othr/Id often holds an IBAN too; what is not one stays as the bank wrote it.
    Result<Iban> iban = Iban::parse(written);
    if (iban)
        line.counterpartyIban = std::move(iban).value();
    else
        line.counterpartyAccount = written;
}

void setKid(const QString &reference, StatementLine &line)
{
    Result<Kid> kid = Kid::parse(reference);
    if (kid)
        line.kid = std::move(kid).value();
}

} // namespace

LineKind kindFromBankCode(const CamtBankCode &code, bool &card)
{
    using L = QLatin1StringView;
    const QString &family = code.family;
    const QString &sub = code.subFamily;
    if (family == u"CCRD") {
        card = true;
        if (sub == u"CWDL")
            return LineKind::CashWithdrawal;
        if (sub == u"CDPT")
            return LineKind::CashDeposit;
        return LineKind::Card;
    }
    if (family == u"CNTR" || family == u"CAJT") {
        if (isOneOf(sub, { L("CDPT"), L("BCDP") }))
            return LineKind::CashDeposit;
        if (isOneOf(sub, { L("CWDL"), L("BCWD") }))
            return LineKind::CashWithdrawal;
    }
    if (isOneOf(sub, { L("CHRG"), L("FEES"), L("COMM"), L("COMI"), L("COME"), L("COMT") })
        || family == u"CHRG")
        return LineKind::Fee;
    if (sub == u"INTR" || family == u"INTR")
        return LineKind::Interest;
    return LineKind::Unknown;
}

CamtTransaction commonTransaction(const QList<CamtTransaction> &transactions)
{
    CamtTransaction common = transactions.first();
    common.unstructured.clear();
    common.additionalRemittance.clear();
    common.additionalInfo.clear();
    for (const CamtTransaction &other : transactions) {
        if (other.debtor.name != common.debtor.name || other.debtor.iban != common.debtor.iban
            || other.debtor.otherAccount != common.debtor.otherAccount)
            common.debtor = {};
        if (other.creditor.name != common.creditor.name
            || other.creditor.iban != common.creditor.iban
            || other.creditor.otherAccount != common.creditor.otherAccount)
            common.creditor = {};
        if (other.ultimateDebtor != common.ultimateDebtor)
            common.ultimateDebtor.clear();
        if (other.ultimateCreditor != common.ultimateCreditor)
            common.ultimateCreditor.clear();
        if (other.endToEndId != common.endToEndId)
            common.endToEndId.clear();
        if (other.structuredReference != common.structuredReference)
            common.structuredReference.clear();
        if (other.accountServicerReference != common.accountServicerReference)
            common.accountServicerReference.clear();
        appendJoined(common.unstructured, other.unstructured);
        appendJoined(common.additionalRemittance, other.additionalRemittance);
        appendJoined(common.additionalInfo, other.additionalInfo);
    }
    return common;
}

void CamtLineBuilder::build(const CamtEntry &entry, QList<StatementLine> &out) const
{
    if (splitsIntoTransactions(entry)) {
        for (const CamtTransaction &transaction : entry.transactions) {
            StatementLine line = entryLine(entry);
            line.sourceLine = transaction.sourceLine;
            line.amount = *transaction.signedAmountIn(entry.amount.currency(), entry.credit);
            applyTransaction(transaction, transaction.credit.value_or(entry.credit), line);
            if (!transaction.accountServicerReference.isEmpty())
                line.bankReference = transaction.accountServicerReference;
            finish(entry, entry.bankCode.isEmpty() ? transaction.bankCode : entry.bankCode, line);
            out.append(std::move(line));
        }
        return;
    }
    StatementLine line = entryLine(entry);
    if (entry.transactions.size() == 1)
        applyTransaction(entry.transactions.first(), entry.credit, line);
    else if (entry.transactions.size() > 1)
        applyTransaction(commonTransaction(entry.transactions), entry.credit, line);
    const CamtBankCode *code = &entry.bankCode;
    if (!entry.transactions.isEmpty()) {
        const CamtTransaction &first = entry.transactions.first();
        if (line.bankReference.isEmpty())
            line.bankReference = first.accountServicerReference;
        if (code->isEmpty())
            code = &first.bankCode;
    }
    finish(entry, *code, line);
    out.append(std::move(line));
}

bool CamtLineBuilder::splitsIntoTransactions(const CamtEntry &entry) const
{
    if (entry.transactions.size() < 2)
        return false;
    const Currency currency = entry.amount.currency();
    std::optional<Money> sum = Money(0, currency);
    for (const CamtTransaction &transaction : entry.transactions) {
        const std::optional<Money> amount = transaction.signedAmountIn(currency, entry.credit);
        if (!amount)
            return false;
        sum = sum->checkedAdd(*amount);
        if (!sum)
            return false;
    }
    return *sum == entry.signedAmount();
}

StatementLine CamtLineBuilder::entryLine(const CamtEntry &entry) const
{
    StatementLine line;
    line.sourceLine = entry.sourceLine;
    line.bookingDate = entry.bookingDate;
    line.valueDate = entry.valueDate;
    line.amount = entry.signedAmount();
    line.bankReference = entry.accountServicerReference;
    return line;
}

void CamtLineBuilder::applyTransaction(const CamtTransaction &transaction, bool credit,
                                       StatementLine &line) const
{
    const CamtParty &party = credit ? transaction.debtor : transaction.creditor;
    line.counterpartyName = party.name;
    if (line.counterpartyName.isEmpty())
        line.counterpartyName = credit ? transaction.ultimateDebtor : transaction.ultimateCreditor;
    setCounterpartyAccount(party, line);
    line.counterpartyBic = party.bic;

    const QString &structured = transaction.structuredReference;
    line.reference = isNotProvided(transaction.endToEndId) ? QString() : transaction.endToEndId;
    if (line.reference.isEmpty() && !isNotProvided(structured))
        line.reference = structured;
    if (!structured.isEmpty()) {
        if (Result<CreditorReference> rf = CreditorReference::parse(structured))
            line.creditorReference = std::move(rf).value();
        else if (m_norwegian)
            setKid(structured, line);
    }

    line.description = transaction.unstructured;
    if (line.description.isEmpty())
        line.description = transaction.additionalRemittance;
    if (line.description.isEmpty())
        line.description = transaction.additionalInfo;
}

void CamtLineBuilder::finish(const CamtEntry &entry, const CamtBankCode &code,
                             StatementLine &line) const
{
    line.transactionCode = code.text();
    if (line.description.isEmpty())
        line.description = entry.additionalInfo;

    bool card = false;
    line.kind = kindFromBankCode(code, card);
    if (line.kind == LineKind::Unknown && !isTransferFamily(code)) {
        line.kind = kindFromText(line.description);
        if (line.kind == LineKind::Unknown && line.description != entry.additionalInfo)
            line.kind = kindFromText(entry.additionalInfo);
        card = line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
    }
    line.card = card;
    fillMissingReferences(line);
}

} // namespace Saldo
