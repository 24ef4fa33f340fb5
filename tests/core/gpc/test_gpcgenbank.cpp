// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// genbank.py's GPC files against its truth.jsonl, line by line.
#include "catchqt.h"
#include "genbanktruth.h"
#include "gpctestsupport.h"

#include "formats/common/textdecoder.h"

using namespace Saldo;

namespace {

/// Whether windows-1250 has every character of `text` (else GPC carries a transliteration).
bool fitsWindows1250(const QString &text)
{
    static QString alphabet;
    if (alphabet.isEmpty()) {
        QByteArray all;
        for (int b = 0x20; b <= 0xFF; ++b)
            all.append(char(b));
        alphabet = decodeText(all, TextEncoding::Windows1250);
    }
    return std::all_of(text.begin(), text.end(), [](QChar c) { return alphabet.contains(c); });
}

void compareWithTruth(const QString &dir)
{
    const GpcTest::Outcome outcome = GpcTest::readFile(dir + QStringLiteral("/statement.gpc"));
    REQUIRE(outcome.result.ok());
    const QList<StatementLine> lines = outcome.lines();
    const QList<GenbankTruth::Line> truth = GenbankTruth::read(dir);
    REQUIRE(lines.size() == truth.size());
    int compared = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const StatementLine &line = lines[i];
        const GenbankTruth::Line &expected = truth[i];
        INFO("line " << i + 1 << " (" << expected.scenario.toStdString() << ")");
        CHECK(line.amount.toString() == expected.amount);
        CHECK(line.bookingDate.toString(Qt::ISODate) == expected.date);
        if (!expected.gpcExact)
            continue; // GPC cannot carry a foreign IBAN or a long name
        ++compared;
        CHECK(line.counterpartyIban.toString() == expected.counterIban);
        const Result<VariableSymbol> vs = VariableSymbol::parse(expected.vs);
        CHECK(line.variableSymbol.toString() == (vs ? vs->toString() : QString()));
        const QString name = expected.counterpartyInStatement.left(20).trimmed();
        if (fitsWindows1250(name))
            CHECK(line.counterpartyName == name);
    }
    CHECK(compared > lines.size() / 2);
    for (const Statement &statement : outcome.statements)
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
}

} // namespace

TEST_CASE("GPC genbank: samples/small", "[gpc][genbank]")
{
    SALDO_REQUIRE_SHARED();
    compareWithTruth(SaldoTest::sharedDir() + QStringLiteral("/samples/small"));
}

TEST_CASE("GPC genbank: other seeds - EUR and CZK accounts", "[gpc][genbank]")
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
