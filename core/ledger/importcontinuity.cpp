// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/importcontinuity.h"

#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "money/money.h"
#include "util/tr.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Saldo {

namespace {

struct Header
{
    qint64 importId = 0;
    QString statementId;
    QString sequence;
    QString fileName;
    QString currency;
    std::optional<qint64> opening;
    std::optional<qint64> closing;
};

struct SequenceNumber
{
    qint64 number = 0;
    qint64 page = 0; ///< 0 when the sequence has no page part
};

std::optional<SequenceNumber> parseSequence(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() > 2)
        return std::nullopt;
    bool ok = false;
    SequenceNumber sequence;
    sequence.number = parts.first().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (parts.size() == 2) {
        sequence.page = parts.last().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return sequence;
}

QString describe(const Header &header)
{
    return Tr::tr("statement %1 (sequence %2, import %3, %4)")
        .arg(header.statementId.isEmpty() ? Tr::tr("without id") : header.statementId,
             header.sequence.isEmpty() ? QStringLiteral("-") : header.sequence)
        .arg(header.importId)
        .arg(header.fileName);
}

QString amountText(qint64 minor, const QString &code)
{
    const Result<Currency> currency = Currency::fromCode(code);
    return currency ? Money(minor, *currency).toString() : QString::number(minor);
}

void compare(const Header &previous, const Header &current, QStringList &warnings)
{
    const std::optional<SequenceNumber> before = parseSequence(previous.sequence);
    const std::optional<SequenceNumber> now = parseSequence(current.sequence);
    if (before && now) {
        const bool nextPage
            = now->number == before->number && now->page == before->page + 1 && now->page > 1;
        if (!nextPage && now->number > before->number + 1)
            warnings.append(Tr::tr("gap: %1 follows %2; statements in between are missing")
                                .arg(describe(current), describe(previous)));
        else if (!nextPage && now->number <= before->number)
            warnings.append(Tr::tr("overlap: %1 does not come after %2")
                                .arg(describe(current), describe(previous)));
    }
    if (previous.closing && current.opening && *previous.closing != *current.opening)
        warnings.append(Tr::tr("balance: the opening balance %1 of %2 is not the closing "
                               "balance %3 of %4")
                            .arg(amountText(*current.opening, current.currency), describe(current),
                                 amountText(*previous.closing, previous.currency),
                                 describe(previous)));
}

} // namespace

Result<QStringList> continuityWarnings(Ledger &ledger, qint64 importId)
{
    QSqlQuery query(ledger.database());
    query.setForwardOnly(true);
    // All statements of the account up to the last one of this import, in the order stored.
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral(
                "SELECT h.import_id, h.statement_id, h.sequence, s.file_name, "
                "h.currency, h.opening_balance, h.closing_balance "
                "FROM statement_headers h JOIN statement_imports s ON s.id = h.import_id "
                "WHERE h.account_iban = (SELECT account_iban FROM statement_headers "
                "WHERE import_id = :id LIMIT 1) AND h.id <= (SELECT max(id) FROM "
                "statement_headers WHERE import_id = :id) ORDER BY h.id"));
        !s)
        return Error { s.error() };
    query.bindValue(QStringLiteral(":id"), importId);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the statements of the account")); !s)
        return Error { s.error() };
    QStringList warnings;
    std::optional<Header> previous;
    while (query.next()) {
        Header header;
        header.importId = query.value(0).toLongLong();
        header.statementId = query.value(1).toString();
        header.sequence = query.value(2).toString();
        header.fileName = query.value(3).toString();
        header.currency = query.value(4).toString();
        if (!query.value(5).isNull())
            header.opening = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            header.closing = query.value(6).toLongLong();
        if (previous && header.importId == importId)
            compare(*previous, header, warnings);
        previous = header;
    }
    return warnings;
}

} // namespace Saldo
