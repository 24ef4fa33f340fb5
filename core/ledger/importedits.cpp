// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of a draft import and its confirmation (ImportRepository's second half).
#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/importrepository.h"
#include "ledger/invoicerepository.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace Saldo {

namespace {

/// The audit log's record of a line: which import and line it is (the audit view names the
/// line by them), and what a bookkeeper can change of it.
QJsonObject rowAuditJson(qint64 importId, const ImportRow &row)
{
    QJsonArray allocations;
    for (const ImportAllocation &allocation : row.allocations)
        allocations.append(
            QJsonObject { { QStringLiteral("invoice"), allocation.number },
                          { QStringLiteral("amount"), allocation.amount.toString() } });
    return { { QStringLiteral("import"), importId },
             { QStringLiteral("line"), row.line },
             { QStringLiteral("type"), QString(documentTypeName(row.type)) },
             { QStringLiteral("colour"), QString(rowColourName(row.colour)) },
             { QStringLiteral("counterparty_id"), row.counterpartyId },
             { QStringLiteral("allocations"), allocations },
             { QStringLiteral("deleted"), row.deleted },
             { QStringLiteral("annulled"), row.annulled },
             { QStringLiteral("written"), row.written } };
}

// Rows that take part in the import: not deleted by hand, not already stored before, not
// annulled after confirmation.
bool isActiveRow(const ImportRow &row)
{
    return !row.deleted && !row.duplicate && !row.annulled;
}

} // namespace

Result<Money> ImportRepository::allocatedElsewhere(qint64 importId, qint64 invoiceId,
                                                   int exceptLine, Currency currency) const
{
    QSqlQuery query(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral("SELECT COALESCE(SUM(a.amount), 0) FROM allocations a JOIN "
                           "statement_lines l ON l.id = a.line_id WHERE l.import_id = ? AND "
                           "a.invoice_id = ? AND l.line_number <> ? AND l.deleted = 0 AND "
                           "l.duplicate = 0 AND l.annulled = 0 AND l.written = 0"));
        !s)
        return Error { s.error() };
    query.bindValue(0, importId);
    query.bindValue(1, invoiceId);
    query.bindValue(2, exceptLine);
    if (Status s
        = SqlUtil::exec(query, Tr::tr("reading the allocations of import %1").arg(importId));
        !s)
        return Error { s.error() };
    return Money(query.next() ? query.value(0).toLongLong() : 0, currency);
}

Result<std::optional<Invoice>> invoicePaidByRow(Ledger &ledger, const ImportRow &row,
                                                const QString &number)
{
    const InvoiceKind first
        = row.data.amount.isNegative() ? InvoiceKind::Received : InvoiceKind::Issued;
    const InvoiceKind second
        = first == InvoiceKind::Issued ? InvoiceKind::Received : InvoiceKind::Issued;
    InvoiceRepository invoices(ledger);
    for (InvoiceKind kind : { first, second }) {
        Result<std::optional<Invoice>> found = invoices.byNumber(kind, number);
        if (!found || found->has_value())
            return found;
    }
    return std::optional<Invoice>();
}

Result<StoredImport> ImportRepository::loadDraft(qint64 importId) const
{
    Result<StoredImport> import = load(importId);
    if (import && import->state != ImportState::Draft)
        return Error {
            Tr::tr("import %1 is confirmed; it can no longer be changed as a whole").arg(importId)
        };
    return import;
}

Result<ImportRow> ImportRepository::editableRow(qint64 importId, int line, bool deletedToo) const
{
    Result<ImportRow> row = loadRow(importId, line);
    if (!row)
        return row;
    if (row->deleted && !deletedToo)
        return Error { Tr::tr("import %1: line %2 was deleted").arg(importId).arg(line) };
    if (row->duplicate)
        return Error { Tr::tr("import %1: line %2 is already in the ledger (%3) and is not "
                              "imported again")
                           .arg(importId)
                           .arg(line)
                           .arg(row->rule) };
    return row;
}

Status ImportRepository::saveRow(qint64 importId, const ImportRow &before, const ImportRow &row,
                                 const QString &action)
{
    QSqlQuery update(m_ledger.database());
    if (Status s
        = SqlUtil::prepare(update,
                           QStringLiteral("UPDATE statement_lines SET type = ?, colour = ?, "
                                          "counterparty_id = ?, rule = ?, allocated = ?, "
                                          "unallocated = ?, deleted = ?, annulled = ?, "
                                          "written = ?, written_at = CASE WHEN ? THEN "
                                          "COALESCE(written_at, ?) END WHERE id = ?"));
        !s)
        return s;
    update.bindValue(0, QString(documentTypeName(row.type)));
    update.bindValue(1, QString(rowColourName(row.colour)));
    update.bindValue(2,
                     row.counterpartyId == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                             : QVariant(row.counterpartyId));
    update.bindValue(3, SqlUtil::textValue(row.rule));
    update.bindValue(4, row.allocated.minorUnits());
    update.bindValue(5, row.unallocated.minorUnits());
    update.bindValue(6, row.deleted ? 1 : 0);
    update.bindValue(7, row.annulled ? 1 : 0);
    update.bindValue(8, row.written ? 1 : 0);
    update.bindValue(9, row.written ? 1 : 0);
    update.bindValue(10, SqlUtil::timestampText(QDateTime::currentDateTimeUtc()));
    update.bindValue(11, row.lineId);
    if (Status s = SqlUtil::exec(update, Tr::tr("updating line %1").arg(row.line)); !s)
        return s;
    QSqlQuery clear(m_ledger.database());
    if (Status s
        = SqlUtil::prepare(clear, QStringLiteral("DELETE FROM allocations WHERE line_id = ?"));
        !s)
        return s;
    clear.bindValue(0, row.lineId);
    if (Status s = SqlUtil::exec(clear, Tr::tr("updating line %1").arg(row.line)); !s)
        return s;
    if (Status s = insertAllocations(row); !s)
        return s;
    return AuditLog(m_ledger).record(QStringLiteral("statement_line"), row.lineId, action,
                                     rowAuditJson(importId, before), rowAuditJson(importId, row));
}

Status ImportRepository::editRow(qint64 importId, int line, const QString &action,
                                 const RowEdit &edit, bool deletedToo)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<StoredImport> import = loadHeader(importId);
    if (!import)
        return Error { import.error() };
    Result<ImportRow> found = editableRow(importId, line, deletedToo);
    if (!found)
        return Error { found.error() };
    ImportRow row = std::move(found).value();
    const ImportRow before = row;
    if (Status s = edit(*import, row); !s)
        return s;
    if (import->state == ImportState::Confirmed) {
        if (Status s = correctWrittenRow(before, row, row.deleted || row.annulled); !s)
            return s;
    }
    if (Status s = saveRow(importId, before, row, action); !s)
        return s;
    return guard.commit();
}

Status ImportRepository::allocate(qint64 importId, int line, const QString &number,
                                  const std::optional<Money> &amount)
{
    return editRow(
        importId, line, QStringLiteral("allocate"),
        [&](const StoredImport &import, ImportRow &row) -> Status {
            const Result<std::optional<Invoice>> invoice = invoicePaidByRow(m_ledger, row, number);
            if (!invoice)
                return Error { invoice.error() };
            if (!invoice->has_value())
                return Error { Tr::tr("no invoice with the number %1").arg(number) };
            const Invoice &target = invoice->value();
            const Currency currency = row.data.amount.currency();
            if (target.total.currency() != currency)
                return Error { Tr::tr("invoice %1 is in %2, line %3 in %4")
                                   .arg(number, target.total.currency().code())
                                   .arg(line)
                                   .arg(currency.code()) };
            // A fee or deposit becomes a payment of documents.
            if (row.type != DocumentType::InvoicePayment && row.type != DocumentType::Unallocated)
                row.allocated = Money(0, currency);
            row.type = DocumentType::InvoicePayment;
            recomputeRow(row);
            Money alreadyHere(0, currency);
            for (const ImportAllocation &allocation : std::as_const(row.allocations)) {
                if (allocation.invoiceId == target.id)
                    alreadyHere += allocation.amount;
            }
            // A written row's allocations are in the invoice's paid amount already; if this
            // edit changes them, they are taken back out before it is saved.
            const Result<Money> elsewhere
                = allocatedElsewhere(import.id, target.id, line, currency);
            if (!elsewhere)
                return Error { elsewhere.error() };
            const Money open = target.open().abs()
                - (row.written ? Money(0, currency) : alreadyHere) - *elsewhere;
            const Money wanted = amount.value_or(std::min(row.unallocated, open));
            if (!wanted.isPositive())
                return Error { Tr::tr(
                                   "line %1: nothing left to allocate to %2 (line unallocated %3, "
                                   "invoice open %4)")
                                   .arg(line)
                                   .arg(number, row.unallocated.toString(), open.toString()) };
            if (wanted > row.unallocated)
                return Error { Tr::tr("line %1: %2 is more than its unallocated %3")
                                   .arg(line)
                                   .arg(wanted.toString(), row.unallocated.toString()) };
            if (wanted > open)
                return Error { Tr::tr("line %1: %2 is more than what is open on %3 (%4)")
                                   .arg(line)
                                   .arg(wanted.toString(), number, open.toString()) };
            row.allocations.append({ target.id, target.number, wanted, true });
            if (row.counterpartyId == 0)
                row.counterpartyId = target.counterpartyId;
            row.rule = QStringLiteral("allocated by hand");
            recomputeRow(row);
            return {};
        });
}

Status ImportRepository::setCounterparty(qint64 importId, int line, const QString &name)
{
    return editRow(
        importId, line, QStringLiteral("set_counterparty"),
        [&](const StoredImport &, ImportRow &row) -> Status {
            CounterpartyRepository counterparties(m_ledger);
            Result<std::optional<qint64>> id = counterparties.idByName(name);
            if (!id)
                return Error { id.error() };
            if (!id->has_value()) {
                const Result<QList<Counterparty>> similar = counterparties.byNormalizedName(name);
                if (!similar)
                    return Error { similar.error() };
                if (similar->size() != 1)
                    return Error { similar->isEmpty()
                                       ? Tr::tr("no counterparty named %1").arg(name)
                                       : Tr::tr(
                                             "several counterparties are named like %1; give the "
                                             "exact name")
                                             .arg(name) };
                id = std::optional<qint64>(similar->constFirst().id);
            }
            row.counterpartyId = id->value();
            if (!row.data.counterpartyIban.isNull()) {
                const CounterpartyIban learned { row.data.counterpartyIban, IbanOrigin::Learned,
                                                 QDateTime::currentDateTimeUtc() };
                if (Status s = counterparties.addIban(row.counterpartyId, learned); !s)
                    return s;
            }
            row.rule = QStringLiteral("counterparty by hand");
            recomputeRow(row);
            return {};
        });
}

Status ImportRepository::setType(qint64 importId, int line, DocumentType type)
{
    return editRow(importId, line, QStringLiteral("set_type"),
                   [&](const StoredImport &, ImportRow &row) -> Status {
                       row.type = type;
                       row.rule = QStringLiteral("type by hand");
                       recomputeRow(row);
                       return {};
                   });
}

Status ImportRepository::deleteLine(qint64 importId, int line)
{
    return editRow(importId, line, QStringLiteral("delete"),
                   [&](const StoredImport &, ImportRow &row) -> Status {
                       row.deleted = true;
                       row.allocations.clear();
                       return {};
                   });
}

Result<ConfirmSummary> ImportRepository::confirm(qint64 importId, PaymentDateSource dateSource)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };
    const Result<StoredImport> import = loadDraft(importId);
    if (!import)
        return Error { import.error() };
    QStringList red;
    for (const ImportRow &row : import->rows) {
        if (isActiveRow(row) && row.colour == RowColour::Red)
            red.append(QString::number(row.line));
    }
    if (!red.isEmpty())
        return Error { Tr::tr("import %1 cannot be confirmed: %n red row(s) need processing: "
                              "line %2",
                              nullptr, int(red.size()))
                           .arg(importId)
                           .arg(red.join(QStringLiteral(", "))) };
    QList<ImportRow> paying;
    for (const ImportRow &row : import->rows) {
        if (isActiveRow(row) && !row.allocations.isEmpty())
            paying.append(row);
    }
    ConfirmSummary summary;
    summary.rowsWritten = int(paying.size());
    const Result<int> updated = bookPayments(paying, dateSource, +1);
    if (!updated)
        return Error { updated.error() };
    summary.invoicesUpdated = *updated;
    const QString now = SqlUtil::timestampText(QDateTime::currentDateTimeUtc());
    QSqlQuery written(m_ledger.database());
    if (Status s = SqlUtil::prepare(written,
                                    QStringLiteral("UPDATE statement_lines SET written = 1, "
                                                   "written_at = ? WHERE import_id = ? AND "
                                                   "deleted = 0 AND duplicate = 0 AND id IN "
                                                   "(SELECT line_id FROM allocations)"));
        !s)
        return Error { s.error() };
    written.bindValue(0, now);
    written.bindValue(1, importId);
    if (Status s = SqlUtil::exec(written, Tr::tr("confirming import %1").arg(importId)); !s)
        return Error { s.error() };
    QSqlQuery state(m_ledger.database());
    if (Status s = SqlUtil::prepare(state,
                                    QStringLiteral("UPDATE statement_imports SET state = "
                                                   "'confirmed', confirmed_by = ?, "
                                                   "confirmed_at = ? WHERE id = ?"));
        !s)
        return Error { s.error() };
    state.bindValue(0, SqlUtil::textValue(m_ledger.user()));
    state.bindValue(1, now);
    state.bindValue(2, importId);
    if (Status s = SqlUtil::exec(state, Tr::tr("confirming import %1").arg(importId)); !s)
        return Error { s.error() };
    const QJsonObject after { { QStringLiteral("state"), QStringLiteral("confirmed") },
                              { QStringLiteral("rows_written"), summary.rowsWritten },
                              { QStringLiteral("invoices_updated"), summary.invoicesUpdated } };
    if (Status s = AuditLog(m_ledger).record(
            QStringLiteral("statement_import"), importId, QStringLiteral("confirm"),
            { { QStringLiteral("state"), QStringLiteral("draft") } }, after);
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return summary;
}

} // namespace Saldo
