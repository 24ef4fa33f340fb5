// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/invoice.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

namespace Saldo {

/// How an invoice row is read from a query, shared by InvoiceRepository and PairingDataLoader
/// so both decode the same columns the same way. Internal to core/ledger. Not thread-safe (one
/// reader per query).
class InvoiceRowReader
{
public:
    /// The select list the reader expects, table alias i, counterparty alias c:
    /// "i.id, i.kind, ..., c.name, ...". `withName` false reads no counterparty name (no join
    /// needed).
    static QString columns(bool withName);

    /// The invoice of the query's current row.
    Invoice read(const QSqlQuery &query);

    /// The invoice as the audit log records it (amounts as decimal strings).
    static QJsonObject auditJson(const Invoice &invoice);

private:
    // Rows of one ledger use few currencies: remember the last one instead of parsing each code.
    QString m_lastCode;
    Currency m_lastCurrency;
};

} // namespace Saldo
