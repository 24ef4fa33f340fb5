// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/invoice.h"

#include <QDate>
#include <QList>

namespace Saldo {

/// Sums of a set of invoices, per kind and per currency (amounts of different currencies are
/// never added together). Exact: Money in minor units.
struct InvoiceTotals
{
    /// The sums of one currency.
    struct Sums
    {
        Money total;
        Money open;
        Money overdue; ///< open amount of the overdue invoices
    };
    /// The figures of one kind (issued = receivables, received = payables).
    struct Side
    {
        int count = 0;
        int openCount = 0;
        int overdueCount = 0;
        QList<Sums> perCurrency; ///< in order of first appearance; a handful of currencies

        /// The sums of `currency`, added when missing.
        Sums &sums(const Currency &currency);
    };

    Side issued;
    Side received;
    int count() const { return issued.count + received.count; }

    void add(const Invoice &invoice, const QDate &today);
    static InvoiceTotals of(const QList<Invoice> &invoices, const QDate &today);
};

} // namespace Saldo
