// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/linepairing.h"

#include <QList>

namespace Saldo {

class LineContext;

/// Documents a line without a matched document may have meant. Offered, never applied here.
struct NearMisses
{
    QList<Suggestion> suggestions;
    /// The one eligible open invoice of the counterparty whose open amount is exactly the
    /// line's amount, or -1 (none, or several).
    int uniqueAmountMatch = -1;
    /// The one set of 2+ eligible open invoices of the counterparty that together equal the
    /// amount (invoice indexes), or empty.
    QList<int> uniqueSum;
};

/// Looks for near misses of a line among the open invoices of `counterparty` (an index of
/// `context.index`), or among all invoices for kNone (then only VS near misses count):
/// a VS one digit off or with two neighbouring digits swapped from an invoice whose open amount
/// is within the tolerance; an open amount equal or within the tolerance; a set of invoices
/// that together equal the amount.
NearMisses findNearMisses(const LineContext &context, int counterparty);

/// A suggestion of one invoice.
Suggestion suggestInvoice(const LineContext &context, SuggestionReason reason, int invoice,
                          const QString &written = QString());

} // namespace Saldo
