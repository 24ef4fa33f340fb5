// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "pairing/subsetsum.h"

#include <vector>

using Saldo::findExactSubset;
using Saldo::SubsetMatch;
using Outcome = SubsetMatch::Outcome;

TEST_CASE("One set of amounts adds up: that set", "[subsetsum]")
{
    const std::vector<qint64> amounts { 1000, 250, 400, 100 };
    const SubsetMatch m = findExactSubset(amounts, 650, 2, 4);
    CHECK(m.outcome == Outcome::Unique);
    CHECK(m.members == QList<int> { 1, 2 });
    CHECK(findExactSubset(amounts, 1750, 2, 4).members == QList<int> { 0, 1, 2, 3 });
}

TEST_CASE("Two sets add up, or none: nothing is chosen", "[subsetsum]")
{
    const std::vector<qint64> equal { 100, 100, 300 };
    CHECK(findExactSubset(equal, 400, 1, 3).outcome == Outcome::Ambiguous);
    CHECK(findExactSubset(equal, 400, 1, 3).members.isEmpty());
    const std::vector<qint64> two { 100, 200, 300 };
    CHECK(findExactSubset(two, 300, 1, 3).outcome == Outcome::Ambiguous); // {300} and {100,200}
    CHECK(findExactSubset(two, 300, 2, 3).outcome == Outcome::Unique);
    CHECK(findExactSubset(two, 700, 1, 3).outcome == Outcome::None);
}

TEST_CASE("Size limits, budget and bad input", "[subsetsum]")
{
    const std::vector<qint64> five { 1, 2, 3, 4, 5 };
    CHECK(findExactSubset(five, 15, 1, 4).outcome == Outcome::None); // needs all five
    CHECK(findExactSubset(five, 15, 1, 5).outcome == Outcome::Unique);
    const std::vector<qint64> many(30, 7);
    CHECK(findExactSubset(many, 1000, 1, 10, 50).outcome == Outcome::GaveUp);
    const std::vector<qint64> credit { 100, -50, 150 };
    CHECK(findExactSubset(credit, 100, 1, 3).outcome == Outcome::None);
    CHECK(findExactSubset(five, 0, 1, 3).outcome == Outcome::None);
    CHECK(findExactSubset({}, 10, 1, 3).outcome == Outcome::None);
}
