// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/draftrowwriter.h"

#include "ledger/importrepository.h"
#include "ledger/sqlitestatement.h"
#include "ledger/sqlutil.h"
#include "util/isodate.h"
#include "util/tr.h"

#include <iterator>
#include <optional>
#include <vector>

namespace Saldo {

namespace {

constexpr qsizetype kProgressStep = 5000;

// The columns in the order writeLine() writes the values.
constexpr const char *kLineColumns[] = {
    "import_id",
    "line_number",
    "source_line",
    "statement_id",
    "booking_date",
    "value_date",
    "amount",
    "currency",
    "counterparty_name",
    "counterparty_iban",
    "counterparty_account",
    "counterparty_bic",
    "variable_symbol",
    "constant_symbol",
    "specific_symbol",
    "creditor_reference",
    "kid",
    "reference",
    "bank_reference",
    "description",
    "transaction_code",
    "line_kind",
    "card",
    "type",
    "colour",
    "counterparty_id",
    "rule",
    "evidence",
    "fingerprint",
    "deleted",
    "written",
    "duplicate",
    "statement_date",
    "allocated",
    "unallocated",
    "suggestions",
};

constexpr const char *kAllocationColumns[]
    = { "line_id", "invoice_id", "amount", "currency", "manual" };

// "INSERT INTO table (c0, c1 ...) VALUES (?, ?, ...)".
template<std::size_t N>
QString insertStatement(const char *table, const char *const (&columns)[N])
{
    QStringList names, marks;
    for (const char *column : columns) {
        names.append(QLatin1StringView(column));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1StringView(table), names.join(QLatin1String(", ")),
             marks.join(QLatin1String(", ")));
}

// Binds a row's values in column order through the sqlite3 C API (UTF-8, no QVariant).
class RowBinder
{
public:
    explicit RowBinder(SqliteStatement &statement)
        : m_statement(statement)
    { }

    void beginRow() { m_column = 0; }
    void number(qint64 value) { m_statement.bindInt64(m_column++, value); }
    void null() { m_statement.bindNull(m_column++); }
    // A NOT NULL text column: a null QString is stored as "" (as SqlUtil::textValue).
    void text(const QString &value) { m_statement.bindText(m_column++, value); }
    void text(QLatin1StringView value) { m_statement.bindText(m_column++, value); }
    // "YYYY-MM-DD" written directly (QDate::toString(Qt::ISODate) formats through printf);
    // NULL for an invalid date, as SqlUtil::dateValue.
    void date(const QDate &date)
    {
        // Most lines repeat the date bound at the column before (a statement's day): the
        // statement keeps that binding, and the calendar conversion is skipped with it.
        std::optional<QDate> &last = m_lastDates[std::size_t(m_column)];
        if (last == date) {
            ++m_column;
            return;
        }
        last = date;
        if (const auto chars = isoDateChars(date)) {
            m_statement.bindUtf8(m_column++, QByteArrayView(chars->data(), 10));
            return;
        }
        // A null QString binds as NULL in QtSql too, and QVariant::isNull() does not see it.
        const QString text = SqlUtil::dateValue(date).toString();
        if (text.isNull())
            null();
        else
            m_statement.bindText(m_column++, text);
    }

private:
    SqliteStatement &m_statement;
    int m_column = 0;
    /// Per column, the date this binder bound there last (it is the statement's only binder).
    std::vector<std::optional<QDate>> m_lastDates
        = std::vector<std::optional<QDate>>(std::size(kLineColumns));
};

void bindLine(RowBinder &v, qint64 importId, const ImportRow &row)
{
    const StatementLine &d = row.data;
    v.beginRow();
    v.number(importId);
    v.number(row.line);
    v.number(d.sourceLine);
    v.text(row.statementId);
    v.date(d.bookingDate);
    v.date(d.valueDate);
    v.number(d.amount.minorUnits());
    v.text(d.amount.currency().codeView());
    v.text(d.counterpartyName);
    v.text(d.counterpartyIban.toString());
    v.text(d.counterpartyAccount);
    v.text(d.counterpartyBic);
    v.text(d.variableSymbol.toString());
    v.text(d.constantSymbol.toString());
    v.text(d.specificSymbol.toString());
    v.text(d.creditorReference.toString());
    v.text(d.kid.toString());
    v.text(d.reference);
    v.text(d.bankReference);
    v.text(d.description);
    v.text(d.transactionCode);
    v.text(lineKindName(d.kind));
    v.number(d.card ? 1 : 0);
    v.text(documentTypeName(row.type));
    v.text(rowColourName(row.colour));
    if (row.counterpartyId == 0)
        v.null();
    else
        v.number(row.counterpartyId);
    v.text(row.rule);
    v.text(row.evidence);
    v.text(row.fingerprint);
    v.number(row.deleted ? 1 : 0);
    v.number(row.written ? 1 : 0);
    v.number(row.duplicate ? 1 : 0);
    v.date(row.statementDate);
    v.number(row.allocated.minorUnits());
    v.number(row.unallocated.minorUnits());
    v.text(row.suggestions);
}

} // namespace

DraftRowWriter::DraftRowWriter(const QSqlDatabase &db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
{ }

Status DraftRowWriter::write(const Source &rows, const Progress &progress, References &references)
{
    sqlite3 *db = sqliteHandle(m_db);
    SqliteStatement lines(db, insertStatement("statement_lines", kLineColumns));
    if (!lines.status())
        return lines.status();
    SqliteStatement allocations(db, insertStatement("allocations", kAllocationColumns));
    if (!allocations.status())
        return allocations.status();
    RowBinder line(lines);
    RowBinder allocation(allocations);
    qsizetype final = 0;
    for (qsizetype i = 0;; ++i) {
        if (i == final && (final = rows.ready(i + 1)) <= i) {
            if (rows.complete(i)) {
                references.rows = i;
                break;
            }
            return Error { Tr::tr("the import was canceled; nothing was stored") };
        }
        ImportRow &row = rows.row(i);
        bindLine(line, m_importId, row);
        // The message is formatted only on failure: this runs for every line of a big file.
        if (Status s = lines.exec([&] { return Tr::tr("storing line %1").arg(row.line); }); !s)
            return s;
        row.lineId = lines.lastInsertId();
        if (row.counterpartyId != 0)
            references.counterparties.push_back(row.counterpartyId);
        for (const ImportAllocation &a : std::as_const(row.allocations)) {
            references.invoices.push_back(a.invoiceId);
            allocation.beginRow();
            allocation.number(row.lineId);
            allocation.number(a.invoiceId);
            allocation.number(a.amount.minorUnits());
            allocation.text(a.amount.currency().codeView());
            allocation.number(a.manual ? 1 : 0);
            if (Status s = allocations.exec([&] {
                    return Tr::tr("storing the allocation of line %1 to %2")
                        .arg(row.line)
                        .arg(a.number);
                });
                !s)
                return s;
        }
        if (progress && (i + 1) % kProgressStep == 0 && !progress(i + 1))
            return Error { Tr::tr("the import was canceled; nothing was stored") };
    }
    return {};
}

} // namespace Saldo
