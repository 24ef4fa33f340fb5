// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// genbank.py's CSV files against its truth.jsonl, line by line (profile saldo-generic).
#include "catchqt.h"
#include "csvtestsupport.h"
#include "genbanktruth.h"

using namespace Saldo;

namespace {

void compareWithTruth(const QString &dir)
{
    const CsvTest::Outcome outcome = CsvTest::readFile(dir + QStringLiteral("/statement.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &statement = outcome.statement();
    const QList<GenbankTruth::Line> truth = GenbankTruth::read(dir);
    REQUIRE(statement.lines.size() == truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        const StatementLine &line = statement.lines[i];
        const GenbankTruth::Line &expected = truth[i];
        INFO("line " << i + 1 << " (" << expected.scenario.toStdString() << ")");
        CHECK(line.amount.toString() == expected.amount);
        CHECK(line.bookingDate.toString(Qt::ISODate) == expected.date);
        CHECK(line.counterpartyIban.toString() == expected.counterIban);
        CHECK(line.counterpartyName == expected.counterpartyInStatement);
        const Result<VariableSymbol> vs = VariableSymbol::parse(expected.vs);
        CHECK(line.variableSymbol.toString() == (vs ? vs->toString() : QString()));
        CHECK(line.reference == expected.reference);
    }
    CHECK(statement.currency == statement.lines.first().amount.currency());
    CHECK(statement.periodStart.toString(Qt::ISODate) == truth.first().date);
    CHECK(statement.periodEnd.toString(Qt::ISODate) == truth.last().date);
}

} // namespace

TEST_CASE("CSV genbank: samples/small", "[csv][genbank]")
{
    SALDO_REQUIRE_SHARED();
    compareWithTruth(SaldoTest::sharedDir() + QStringLiteral("/samples/small"));
}

TEST_CASE("CSV genbank: other seeds - EUR and CZK accounts", "[csv][genbank]")
{
    SALDO_REQUIRE_SHARED();
    const QString eur = GenbankTruth::generate(
        QStringLiteral("seed42"),
        { QStringLiteral("--invoices"), QStringLiteral("3000"), QStringLiteral("--lines"),
          QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("42"),
          QStringLiteral("--formats"), QStringLiteral("gpc,csv") });
    const QString czk = GenbankTruth::generate(
        QStringLiteral("seed5-czk"),
        { QStringLiteral("--invoices"), QStringLiteral("2400"), QStringLiteral("--lines"),
          QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5"),
          QStringLiteral("--statement-account"), QStringLiteral("3"), QStringLiteral("--formats"),
          QStringLiteral("gpc,csv") });
    if (eur.isEmpty() || czk.isEmpty()) {
        WARN("skipped: python3 could not run genbank.py");
        return;
    }
    compareWithTruth(eur);
    compareWithTruth(czk);
}
