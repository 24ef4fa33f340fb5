// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/importrow.h"

#include <QMap>

namespace Saldo {

QStringList ImportRow::documents() const
{
    QStringList numbers;
    numbers.reserve(allocations.size());
    for (const ImportAllocation &allocation : allocations)
        numbers.append(allocation.number);
    return numbers;
}

QDate ImportRow::date() const
{
    return data.bookingDate.isValid() ? data.bookingDate : data.valueDate;
}

QString ImportRow::reference() const
{
    if (!data.variableSymbol.toString().isEmpty())
        return data.variableSymbol.toString();
    if (!data.creditorReference.toString().isEmpty())
        return data.creditorReference.toString();
    if (!data.kid.toString().isEmpty())
        return data.kid.toString();
    return data.reference;
}

QString ImportRow::counterAccount() const
{
    return data.counterpartyIban.isNull() ? data.counterpartyAccount
                                          : data.counterpartyIban.toString();
}

RowState RowState::of(const ImportRow &row)
{
    return { row.type, row.counterpartyId, row.allocations, row.rule, row.deleted };
}

bool RowState::sameAllocations(const RowState &other) const
{
    const auto byInvoice = [](const QList<ImportAllocation> &allocations) {
        QMap<qint64, qint64> sums;
        for (const ImportAllocation &allocation : allocations)
            sums[allocation.invoiceId] += allocation.amount.minorUnits();
        return sums;
    };
    return byInvoice(allocations) == byInvoice(other.allocations);
}

void recomputeRow(ImportRow &row)
{
    const Money whole = row.data.amount.abs();
    const Money zero(0, whole.currency());
    if (row.duplicate || row.type == DocumentType::OwnTransfer) {
        row.allocations.clear();
        row.allocated = zero;
        row.unallocated = zero;
        row.colour = RowColour::Grey;
        return;
    }
    const bool postedWhole = row.type == DocumentType::BankFee || row.type == DocumentType::Deposit
        || row.type == DocumentType::NoDocument;
    if (postedWhole) {
        row.allocations.clear();
        row.allocated = whole;
    } else {
        row.allocated = zero;
        for (const ImportAllocation &allocation : row.allocations)
            row.allocated += allocation.amount;
    }
    row.unallocated = whole - row.allocated;
    if (row.unallocated.isZero() && !whole.isZero())
        row.colour = RowColour::Green;
    else if (row.counterpartyId != 0 || !row.allocations.isEmpty())
        row.colour = RowColour::Black;
    else
        row.colour = RowColour::Red;
}

} // namespace Saldo
