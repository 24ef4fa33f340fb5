// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Statements as text, every field of them: to compare two reads of one file (whole and in
// pieces) in the tests and the fuzzers.
#include "formats/common/statementreader.h"

#include <QString>

namespace SaldoTest {

using namespace Saldo;

inline QString describeLine(const StatementLine &line)
{
    return QStringLiteral("  %1|%2|%3|%4|%5|%6|%7|%8|%9")
               .arg(line.sourceLine)
               .arg(line.bookingDate.toString(Qt::ISODate), line.valueDate.toString(Qt::ISODate),
                    line.amount.toString() + line.amount.currency().code(), line.counterpartyName,
                    line.counterpartyIban.toString(), line.counterpartyAccount,
                    line.counterpartyBic)
               .arg(line.variableSymbol.toString())
        + QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|%9|%10\n")
              .arg(line.constantSymbol.toString(), line.specificSymbol.toString(),
                   line.creditorReference.toString(), line.kid.toString(), line.reference,
                   line.bankReference, line.description, line.transactionCode)
              .arg(int(line.kind))
              .arg(line.card);
}

inline QString describeHeader(const Statement &header)
{
    const auto money = [](const std::optional<Money> &m) {
        return m ? m->toString() + m->currency().code() : QStringLiteral("-");
    };
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
               .arg(header.sourceLine)
               .arg(header.id, header.accountIban.toString(), header.accountNumber,
                    header.currency.code(), header.sequence, header.date.toString(Qt::ISODate),
                    header.periodStart.toString(Qt::ISODate))
               .arg(header.periodEnd.toString(Qt::ISODate))
        + QStringLiteral("|%1|%2|%3")
              .arg(money(header.openingBalance), money(header.closingBalance), header.information);
}

/// Writes down every call a reader makes, every field of what it hands over.
class DescribingSink : public StatementPartSink
{
public:
    QString text;
    int stopAfterStatements = -1; ///< returns false at the end of that many statements

    bool begin(const Statement &header) override
    {
        text += QStringLiteral("begin ") + describeHeader(header) + u'\n';
        return true;
    }
    bool addLines(QList<StatementLine> &&lines) override
    {
        for (const StatementLine &line : lines)
            text += describeLine(line);
        return true;
    }
    bool end(const Statement &header) override
    {
        text += QStringLiteral("end ") + describeHeader(header) + u'\n';
        return --stopAfterStatements != 0;
    }
};

inline QString describeResult(const ReadResult &result)
{
    QString text = formatName(result.format) + u'\n';
    if (result.error)
        text += QStringLiteral("error ") + result.error->toString() + u'\n';
    if (result.canceled)
        text += QStringLiteral("canceled\n");
    for (const QString &warning : result.warnings)
        text += QStringLiteral("warning ") + warning + u'\n';
    return text;
}

} // namespace SaldoTest
