// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Statement continuity: sequence numbers and balances against the previous statement stored.
#include "catchqt.h"

#include "fixtureledger.h"

using namespace Saldo;
using namespace ImportFixture;

namespace {

QString fee(const QString &id, const QString &sequence, const QString &opening,
            const QString &closing)
{
    return mt940(id, sequence, opening, closing,
                 { { QStringLiteral("-5,00"), QString(), QString(), QString(),
                     QStringLiteral("Poplatok %1").arg(id), QStringLiteral("NCHG") } });
}

} // namespace

TEST_CASE("Consecutive statements give no warning", "[importing][continuity]")
{
    FixtureLedger fixture;
    REQUIRE(fixture
                .import(QStringLiteral("1.sta"),
                        fee(QStringLiteral("S1"), QStringLiteral("1/1"), QStringLiteral("100,00"),
                            QStringLiteral("95,00")))
                .ok());
    const Result<StatementImportResult> second
        = fixture.import(QStringLiteral("2.sta"),
                         fee(QStringLiteral("S2"), QStringLiteral("2/1"), QStringLiteral("95,00"),
                             QStringLiteral("90,00")));
    REQUIRE(second.ok());
    CHECK(second->warnings.isEmpty());
}

TEST_CASE("A gap, an overlap and a balance that does not carry over are warned",
          "[importing][continuity]")
{
    FixtureLedger fixture;
    REQUIRE(fixture
                .import(QStringLiteral("1.sta"),
                        fee(QStringLiteral("S1"), QStringLiteral("1"), QStringLiteral("100,00"),
                            QStringLiteral("95,00")))
                .ok());
    const Result<StatementImportResult> gap
        = fixture.import(QStringLiteral("3.sta"),
                         fee(QStringLiteral("S3"), QStringLiteral("3"), QStringLiteral("80,00"),
                             QStringLiteral("75,00")));
    REQUIRE(gap.ok());
    REQUIRE(gap->warnings.size() == 2);
    CHECK(gap->warnings[0].startsWith(QStringLiteral("gap")));
    CHECK(gap->warnings[0].contains(QStringLiteral("S3")));
    CHECK(gap->warnings[0].contains(QStringLiteral("S1")));
    CHECK(gap->warnings[1].contains(QStringLiteral("80.00")));
    CHECK(gap->warnings[1].contains(QStringLiteral("95.00")));

    const Result<StatementImportResult> overlap
        = fixture.import(QStringLiteral("2.sta"),
                         fee(QStringLiteral("S2"), QStringLiteral("2"), QStringLiteral("75,00"),
                             QStringLiteral("70,00")));
    REQUIRE(overlap.ok());
    REQUIRE(overlap->warnings.size() == 1);
    CHECK(overlap->warnings[0].startsWith(QStringLiteral("overlap")));
    CHECK(overlap->warnings[0].contains(QStringLiteral("S2")));
    CHECK(overlap->warnings[0].contains(QStringLiteral("S3")));
}
