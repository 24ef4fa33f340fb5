// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <span>

namespace Saldo {

/// What a search for invoices that add up to a payment found.
struct SubsetMatch
{
    enum class Outcome {
        None, ///< no subset adds up
        Unique, ///< exactly one subset adds up: `members`
        Ambiguous, ///< two or more subsets add up; none may be chosen
        GaveUp, ///< the search budget ran out before the answer was certain
    };
    Outcome outcome = Outcome::None;
    QList<int> members; ///< positions in the input, ascending; only for Unique
};

/// The subsets of `amounts` (positive minor units) with `minSize` to `maxSize` members whose sum
/// is exactly `target`. Stops at the second subset found (then the answer is Ambiguous) or
/// after `budget` search steps (GaveUp), so the cost is bounded whatever the input; callers
/// bound the input too (a few dozen amounts). Equal amounts make every choice among them
/// ambiguous, as they should. Pure and thread-safe.
SubsetMatch findExactSubset(std::span<const qint64> amounts, qint64 target, int minSize,
                            int maxSize, qint64 budget = 200000);

} // namespace Saldo
