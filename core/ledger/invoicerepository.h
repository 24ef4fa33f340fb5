// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/invoice.h"
#include "util/result.h"

#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace Saldo {

class Ledger;

/// Which invoices InvoiceRepository::forEach() visits.
struct InvoiceFilter
{
    bool openOnly = false; ///< total != paid
    std::optional<InvoiceKind> kind;
    qint64 counterpartyId = 0; ///< 0 = any
};

/// Issued and received invoices (table invoices). The number is unique per kind; money is
/// stored as minor units with the invoice's currency.
///
/// add() and setPayment() check, run in their own transaction and write the audit log. insert()
/// is for bulk loads (InvoiceImporter): no checks beyond the schema's, no audit entry (the
/// caller writes one summary entry), one prepared query reused for every row; call it inside a
/// TransactionGuard.
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class InvoiceRepository
{
public:
    explicit InvoiceRepository(Ledger &ledger);

    /// Stores a new invoice and returns its id. Refused when the number is empty or already
    /// used by an invoice of the same kind, the counterparty does not exist, or total and paid
    /// are in different currencies.
    Result<qint64> add(const Invoice &invoice);
    /// Bulk insert (see the class comment). `invoice.counterpartyId` must exist.
    Result<qint64> insert(const Invoice &invoice);

    Result<std::optional<Invoice>> byId(qint64 id) const;
    Result<std::optional<Invoice>> byNumber(InvoiceKind kind, const QString &number) const;
    /// Invoices with this variable symbol, any kind, in id order.
    Result<QList<Invoice>> byVariableSymbol(const VariableSymbol &symbol) const;

    /// Visits the invoices that pass `filter` in id order, with the counterparty name filled,
    /// streaming (one row in memory at a time). `visit` returns false to stop early.
    Status forEach(const InvoiceFilter &filter,
                   const std::function<bool(const Invoice &)> &visit) const;
    /// The number of invoices in the ledger.
    Result<qint64> count() const;

    /// Records what has been paid on an invoice so far (`paid` in the invoice's currency) and the
    /// payment date (invalid = none). Written to the audit log with the values before and after.
    Status setPayment(qint64 invoiceId, const Money &paid, const QDate &paidDate);

private:
    Result<QList<Invoice>> select(const QString &where, const QVariantList &values) const;

    Ledger &m_ledger;
    QSqlQuery m_insert;
};

} // namespace Saldo
