// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsummary.h"

#include "ledger/importcontinuity.h"
#include "ledger/invoicerepository.h"
#include "localeformat.h"
#include "rowstates.h"

#include <QHash>

namespace Saldo {

namespace {

void addTo(ImportSummary::ColourTotal &total, const Money &amount)
{
    ++total.count;
    if (!total.sum.currency().isValid())
        total.sum = amount;
    else if (amount.currency() == total.sum.currency())
        total.sum += amount;
}

} // namespace

Result<ImportSummary> ImportSummary::of(Ledger &ledger, qint64 importId,
                                        const QList<ImportRow> &rows)
{
    ImportSummary summary;
    QHash<qint64, Money> paying; // what this import pays into each invoice
    for (const ImportRow &row : rows) {
        if (row.deleted)
            continue;
        if (row.duplicate)
            ++summary.duplicates;
        addTo(summary.colours[row.colour], row.data.amount.abs());
        for (const ImportAllocation &allocation : row.allocations) {
            auto it = paying.find(allocation.invoiceId);
            if (it == paying.end())
                paying.insert(allocation.invoiceId, allocation.amount);
            else if (it->currency() == allocation.amount.currency())
                *it += allocation.amount;
        }
    }
    InvoiceRepository invoices(ledger);
    for (auto it = paying.cbegin(); it != paying.cend(); ++it) {
        const auto invoice = invoices.byId(it.key());
        if (!invoice)
            return Error { invoice.error() };
        if (!*invoice || (*invoice)->open().currency() != it->currency())
            continue;
        if (*it >= (*invoice)->open())
            ++summary.invoicesPaid;
        else
            ++summary.invoicesPartlyPaid;
    }
    const auto warnings = continuityWarnings(ledger, importId);
    if (!warnings)
        return Error { warnings.error() };
    summary.warnings = *warnings;
    return summary;
}

QString ImportSummary::text() const
{
    QStringList lines;
    for (RowColour colour : RowStates::colours()) {
        const ColourTotal total = colours.value(colour);
        if (total.count == 0)
            continue;
        lines.append(tr("%1: %n row(s), %2", nullptr, total.count)
                         .arg(RowStates::text(colour), formatMoney(total.sum)));
    }
    lines.append(tr("Invoices becoming paid: %1; partly paid: %2")
                     .arg(invoicesPaid)
                     .arg(invoicesPartlyPaid));
    if (duplicates > 0)
        lines.append(tr("Already imported, skipped: %n row(s)", nullptr, duplicates));
    for (const QString &warning : warnings)
        lines.append(tr("⚠ %1").arg(warning));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Saldo
