// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Setting a row's state as a whole (edit dialog, undo, redo) and the corrections of a confirmed
// import: taking a written payment back, annulling a row and writing it again.
#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/importrepository.h"
#include "ledger/invoicerepository.h"
#include "ledger/ledger.h"
#include "ledger/settingsrepository.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QMap>

namespace Saldo {

namespace {

QDate paymentDate(const ImportRow &row, PaymentDateSource source)
{
    return source == PaymentDateSource::Statement && row.statementDate.isValid() ? row.statementDate
                                                                                 : row.date();
}

// Sums per invoice, in minor units of the row's currency.
QMap<qint64, Money> sumsByInvoice(const QList<ImportAllocation> &allocations, Currency currency)
{
    QMap<qint64, Money> sums;
    for (const ImportAllocation &allocation : allocations)
        sums.insert(allocation.invoiceId,
                    sums.value(allocation.invoiceId, Money(0, currency)) + allocation.amount);
    return sums;
}

bool paysTheSame(const ImportRow &before, const ImportRow &after)
{
    return before.type == after.type && RowState::of(before).sameAllocations(RowState::of(after));
}

} // namespace

bool ImportRepository::propagatesCorrections() const
{
    const Result<bool> on
        = SettingsRepository(m_ledger).boolValue(QStringLiteral("pairing.propagate_corrections"));
    return !on || *on;
}

Result<int> ImportRepository::bookPayments(const QList<ImportRow> &rows,
                                           PaymentDateSource dateSource, int sign)
{
    // Payments per invoice, with the date of the latest one.
    struct Payment
    {
        Money amount;
        QDate date;
    };
    QMap<qint64, Payment> payments;
    for (const ImportRow &row : rows) {
        const QDate date = paymentDate(row, dateSource);
        for (const ImportAllocation &allocation : row.allocations) {
            Payment &payment = payments[allocation.invoiceId];
            payment.amount = payment.amount + allocation.amount;
            if (!payment.date.isValid() || date > payment.date)
                payment.date = date;
        }
    }
    InvoiceRepository invoices(m_ledger);
    for (auto it = payments.cbegin(); it != payments.cend(); ++it) {
        const Result<std::optional<Invoice>> invoice = invoices.byId(it.key());
        if (!invoice)
            return Error { invoice.error() };
        if (!invoice->has_value())
            return Error { Tr::tr("no invoice with id %1").arg(it.key()) };
        const Invoice &before = invoice->value();
        const Money change = sign > 0 ? it->amount : -it->amount;
        // Allocations are magnitudes: a credit note (negative total) is paid towards its total.
        const Money paid = before.total.isNegative() ? before.paid - change : before.paid + change;
        // Taking a payment back cannot know the date of the one before: the invoice keeps its
        // date while anything is still paid.
        const QDate date = sign > 0 ? it->date : (paid.isZero() ? QDate() : before.paidDate);
        if (Status s = invoices.setPayment(before.id, paid, date); !s)
            return Error { s.error() };
    }
    return int(payments.size());
}

Status ImportRepository::correctWrittenRow(const ImportRow &before, ImportRow &row, bool always)
{
    if (!before.written || (!always && paysTheSame(before, row)))
        return {};
    if (!always && !propagatesCorrections())
        return Error { Tr::tr("line %1 is written into the invoices %2; with \"Undo the payment "
                              "when a written row changes\" off in the settings its payment "
                              "cannot change "
                              "(annul the line instead)")
                           .arg(before.line)
                           .arg(before.documents().join(QStringLiteral(", "))) };
    const Result<int> takenBack = bookPayments({ before }, PaymentDateSource::Line, -1);
    if (!takenBack)
        return Error { takenBack.error() };
    row.written = false;
    return {};
}

Result<RowChangeOutcome> ImportRepository::changeRow(qint64 importId, int line,
                                                     const RowState &state,
                                                     const RowChangeOptions &options)
{
    RowChangeOutcome outcome;
    bool wasWritten = false;
    const Status status = editRow(
        importId, line, options.action,
        [&](const StoredImport &import, ImportRow &row) -> Status {
            const Currency currency = row.data.amount.currency();
            wasWritten = row.written;
            CounterpartyRepository counterparties(m_ledger);
            const bool learns = !row.data.counterpartyIban.isNull();
            if (options.forgetLearnedIban && learns && row.counterpartyId != 0) {
                if (Status s = counterparties.removeLearnedIban(row.counterpartyId,
                                                                row.data.counterpartyIban);
                    !s)
                    return s;
            }
            if (state.counterpartyId != 0 && state.counterpartyId != row.counterpartyId && learns) {
                const Result<std::optional<qint64>> owner
                    = counterparties.ownerOfIban(row.data.counterpartyIban);
                if (!owner)
                    return Error { owner.error() };
                const CounterpartyIban learned { row.data.counterpartyIban, IbanOrigin::Learned,
                                                 QDateTime::currentDateTimeUtc() };
                if (Status s = counterparties.addIban(state.counterpartyId, learned); !s)
                    return s;
                outcome.learnedIban = !owner->has_value();
            }
            // What this row paid and has written is in the invoices' paid amounts already.
            const QMap<qint64, Money> writtenHere
                = row.written ? sumsByInvoice(row.allocations, currency) : QMap<qint64, Money>();
            InvoiceRepository invoices(m_ledger);
            QList<ImportAllocation> allocations;
            Money total(0, currency);
            const QMap<qint64, Money> wanted = sumsByInvoice(state.allocations, currency);
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                const Result<std::optional<Invoice>> invoice = invoices.byId(it.key());
                if (!invoice)
                    return Error { invoice.error() };
                if (!invoice->has_value())
                    return Error { Tr::tr("no invoice with id %1").arg(it.key()) };
                const Invoice &target = invoice->value();
                if (target.total.currency() != currency)
                    return Error { Tr::tr("invoice %1 is in %2, line %3 in %4")
                                       .arg(target.number, target.total.currency().code())
                                       .arg(line)
                                       .arg(currency.code()) };
                if (!it->isPositive())
                    return Error { Tr::tr("line %1: the amount for %2 must be more than zero")
                                       .arg(line)
                                       .arg(target.number) };
                const Result<Money> elsewhere
                    = allocatedElsewhere(import.id, target.id, line, currency);
                if (!elsewhere)
                    return Error { elsewhere.error() };
                const Money open = target.open().abs()
                    + writtenHere.value(target.id, Money(0, currency)) - *elsewhere;
                if (*it > open)
                    return Error { Tr::tr("line %1: %2 is more than what is open on %3 (%4)")
                                       .arg(line)
                                       .arg(it->toString(), target.number, open.toString()) };
                total += *it;
            }
            if (total > row.data.amount.abs())
                return Error { Tr::tr("line %1: the allocations (%2) are more than the line's "
                                      "amount (%3)")
                                   .arg(line)
                                   .arg(total.toString(), row.data.amount.abs().toString()) };
            for (const ImportAllocation &allocation : state.allocations) {
                ImportAllocation stored = allocation;
                if (stored.number.isEmpty()) {
                    const Result<std::optional<Invoice>> invoice = invoices.byId(stored.invoiceId);
                    if (invoice && invoice->has_value())
                        stored.number = invoice->value().number;
                }
                allocations.append(stored);
            }
            row.type = state.type;
            row.counterpartyId = state.counterpartyId;
            row.allocations = allocations;
            row.rule = state.rule;
            row.deleted = state.deleted;
            recomputeRow(row);
            return {};
        },
        /*deletedToo=*/true);
    if (!status)
        return Error { status.error() };
    if (wasWritten) {
        QSqlQuery written(m_ledger.database());
        if (Status s = SqlUtil::prepare(written,
                                        QStringLiteral("SELECT written FROM statement_lines "
                                                       "WHERE import_id = ? AND line_number = ?"));
            !s)
            return Error { s.error() };
        written.bindValue(0, importId);
        written.bindValue(1, line);
        if (Status s = SqlUtil::exec(written, Tr::tr("reading line %1").arg(line)); !s)
            return Error { s.error() };
        outcome.unwritten = written.next() && written.value(0).toInt() == 0;
    }
    return outcome;
}

Status ImportRepository::annulLine(qint64 importId, int line)
{
    return editRow(
        importId, line, QStringLiteral("annul"),
        [&](const StoredImport &import, ImportRow &row) -> Status {
            if (import.state != ImportState::Confirmed)
                return Error { Tr::tr("import %1 is a draft: delete the line "
                                      "instead of annulling it")
                                   .arg(importId) };
            if (row.annulled)
                return Error {
                    Tr::tr("line %1 of import %2 is annulled already").arg(line).arg(importId)
                };
            row.annulled = true;
            return {};
        });
}

Status ImportRepository::writeLine(qint64 importId, int line, PaymentDateSource dateSource)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<StoredImport> import = loadHeader(importId);
    if (!import)
        return Error { import.error() };
    if (import->state != ImportState::Confirmed)
        return Error { Tr::tr("import %1 is a draft: confirm it to write its rows").arg(importId) };
    Result<ImportRow> found = editableRow(importId, line);
    if (!found)
        return Error { found.error() };
    ImportRow row = std::move(found).value();
    const ImportRow before = row;
    if (row.written)
        return Error { Tr::tr("line %1 of import %2 is written already").arg(line).arg(importId) };
    if (row.colour == RowColour::Red)
        return Error {
            Tr::tr("line %1 is red: give it a counterparty or a document first").arg(line)
        };
    if (row.allocations.isEmpty())
        return Error { Tr::tr("line %1 pays no invoice: there is nothing to write").arg(line) };
    InvoiceRepository invoices(m_ledger);
    const Currency currency = row.data.amount.currency();
    const QMap<qint64, Money> sums = sumsByInvoice(row.allocations, currency);
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const Result<std::optional<Invoice>> invoice = invoices.byId(it.key());
        if (!invoice)
            return Error { invoice.error() };
        if (!invoice->has_value())
            return Error { Tr::tr("no invoice with id %1").arg(it.key()) };
        const Money open = invoice->value().open().abs();
        if (*it > open)
            return Error { Tr::tr("line %1: %2 is more than what is open on %3 (%4)")
                               .arg(line)
                               .arg(it->toString(), invoice->value().number, open.toString()) };
    }
    row.annulled = false;
    const Result<int> booked = bookPayments({ row }, dateSource, +1);
    if (!booked)
        return Error { booked.error() };
    row.written = true;
    if (Status s = saveRow(importId, before, row, QStringLiteral("write")); !s)
        return s;
    return guard.commit();
}

} // namespace Saldo
