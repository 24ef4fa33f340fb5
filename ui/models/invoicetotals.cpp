// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicetotals.h"

#include "invoicestate.h"

namespace Saldo {

InvoiceTotals::Sums &InvoiceTotals::Side::sums(const Currency &currency)
{
    for (Sums &s : perCurrency) {
        if (s.total.currency() == currency)
            return s;
    }
    perCurrency.append({ Money(0, currency), Money(0, currency), Money(0, currency) });
    return perCurrency.last();
}

void InvoiceTotals::add(const Invoice &invoice, const QDate &today)
{
    Side &side = invoice.kind == InvoiceKind::Issued ? issued : received;
    Sums &sums = side.sums(invoice.total.currency());
    const InvoiceState state = InvoiceStates::of(invoice, today);
    ++side.count;
    sums.total += invoice.total;
    if (InvoiceStates::isOpen(state)) {
        ++side.openCount;
        sums.open += invoice.open();
    }
    if (InvoiceStates::isOverdue(state)) {
        ++side.overdueCount;
        sums.overdue += invoice.open();
    }
}

InvoiceTotals InvoiceTotals::of(const QList<Invoice> &invoices, const QDate &today)
{
    InvoiceTotals totals;
    for (const Invoice &invoice : invoices)
        totals.add(invoice, today);
    return totals;
}

} // namespace Saldo
