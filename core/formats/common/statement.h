// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/currency.h"
#include "money/iban.h"
#include "money/money.h"
#include "money/paymentreference.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Saldo {

/// What the bank's codes or texts say a line is, where a reader can tell. Pairing uses it to
/// tell a cash deposit or a card purchase from a bank fee; it is never guessed from amounts.
enum class LineKind {
    Unknown, ///< an ordinary transfer, or the reader cannot tell
    Card, ///< card payment at a POS terminal or online
    CashWithdrawal, ///< ATM
    CashDeposit, ///< cash paid in at a branch or deposit machine
    Fee, ///< bank charges, account keeping
    Interest,
};

/// One movement on the account, in the one shape every reader produces (the JSON of
/// `saldo-cli statement read`). Values the file does not carry stay empty; nothing is invented.
struct StatementLine
{
    /// Where the line starts in the file, for messages: 1-based text line, or for binary-ish
    /// formats the record number. 0 when unknown.
    qint64 sourceLine = 0;

    QDate bookingDate;
    QDate valueDate;
    /// Signed: positive = money in. Its currency is the line's (normally the statement's).
    Money amount;

    QString counterpartyName;
    Iban counterpartyIban;
    /// The counterparty's local account number when the file gives no IBAN (e.g. GPC
    /// "19-2000145399/0800"), or a foreign non-IBAN account; empty otherwise.
    QString counterpartyAccount;
    QString counterpartyBic;

    VariableSymbol variableSymbol;
    ConstantSymbol constantSymbol;
    SpecificSymbol specificSymbol;
    CreditorReference creditorReference; ///< ISO 11649 RF, from structured remittance or text
    Kid kid; ///< Norwegian KID, from structured remittance only

    /// End-to-end id or structured creditor reference as the bank wrote it.
    QString reference;
    /// The bank's own id of the entry (camt AcctSvcrRef, MT940 :61: bank reference ...).
    QString bankReference;
    /// Remittance information / purpose text as one string (lines joined with a space).
    QString description;
    /// The bank's transaction code as written (camt "PMNT/RCDT/ESCT", MT940 "NTRF", GPC code).
    QString transactionCode;

    LineKind kind = LineKind::Unknown;
    /// Card, POS or ATM line (by transaction code or text).
    bool card = false;
};

enum class BalanceCheck { Ok, Mismatch, Unknown };

/// The sum of a statement's lines, added up as they come: for the balance check of a statement
/// seen in parts (StatementPartSink).
class LineTotal
{
public:
    void add(const Money &amount);
    /// Adds the total of the lines that follow the ones added so far (counted apart, on
    /// another thread): their currencies mix, or their sum overflows, as one total would.
    void add(const LineTotal &later);
    /// opening + the lines == closing, when both balances are known and every line is in the
    /// opening balance's currency.
    BalanceCheck check(const std::optional<Money> &opening,
                       const std::optional<Money> &closing) const;

private:
    std::optional<Money> m_sum;
    bool m_mixedCurrencies = false;
    bool m_overflow = false;
};

/// One account statement (one camt <Stmt>, one MT940 message, one GPC 074 block ...).
struct Statement
{
    qint64 sourceLine = 0; ///< where the statement starts in the file
    QString id; ///< the bank's statement id (camt Stmt/Id, MT940 :20:)
    Iban accountIban;
    QString accountNumber; ///< the account as written when it is not an IBAN
    Currency currency;
    QString sequence; ///< statement number (camt ElctrncSeqNb/LglSeqNb, MT940 :28C:)
    QDate date; ///< statement date (creation or closing balance date)
    QDate periodStart, periodEnd;
    std::optional<Money> openingBalance;
    std::optional<Money> closingBalance;
    /// What the bank says about the statement as a whole, as one text: MT940 :86: outside a
    /// line (before the first :61: or after the closing balance), the account holder and name
    /// of a :NS: block. Empty when the file says nothing.
    QString information;
    QList<StatementLine> lines;

    /// opening + sum(lines) == closing, when both balances are known.
    BalanceCheck balanceCheck() const;
};

QLatin1StringView balanceCheckName(BalanceCheck check); // "ok" | "mismatch" | "unknown"

} // namespace Saldo

// A line is a handful of implicitly shared Qt values and plain numbers: lists of lines may move
// them in memory instead of copying (a statement of many lines grows without copying each one).
Q_DECLARE_TYPEINFO(Saldo::StatementLine, Q_RELOCATABLE_TYPE);
