// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "pairing/linepairing.h"
#include "pairing/pairingindex.h"
#include "pairing/pairingoptions.h"
#include "pairing/referencefinder.h"

#include <optional>

namespace Saldo {

/// Why an open invoice may not take a line's money.
enum class Eligibility { Eligible, OtherCurrency, Unposted, NotSearched, WrongDirection };

/// One line being paired and what it is paired against: the per-line state the rules share.
/// Internal to the pairing module; lives on one thread for one line.
class LineContext
{
public:
    LineContext(const StatementLine &line, const PairingIndex &index,
                const PairingOptions &options);

    const StatementLine &line;
    const PairingIndex &index;
    const PairingOptions &options;

    bool incoming() const { return line.amount.isPositive(); }
    /// |amount| in minor units of the line's currency.
    qint64 magnitude() const { return m_magnitude; }
    Money money(qint64 minorUnits) const { return Money(minorUnits, line.amount.currency()); }

    /// The line's reference candidates, found on first use.
    const LineReferences &references() const;

    /// Whether `invoice` can be settled by this line: same currency, posted (or unposted ones
    /// searched), its kind searched, and paid in the line's direction (incoming payments settle
    /// issued invoices and received credit notes, outgoing ones the other way round).
    Eligibility eligibility(const Invoice &invoice) const;
    /// |total - paid| in minor units.
    static qint64 openMagnitude(const Invoice &invoice);

private:
    qint64 m_magnitude = 0;
    mutable std::optional<LineReferences> m_references;
};

/// The evidence that a reference fits an invoice that this line cannot settle.
Evidence rejectedEvidence(Eligibility why, const QString &written, const Invoice &invoice);

} // namespace Saldo
