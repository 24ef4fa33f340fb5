// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The public CSV exports of ../shared/corpus, against the values their projects' tests assert.
#include "catchqt.h"
#include "csvtestsupport.h"
#include "formats/csv/csvreader.h"

#include <QFile>

using namespace Saldo;
using CsvTest::readShared;

TEST_CASE("CSV corpus: janlemon Fio layout - metadata block and a repeated column", "[csv][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const CsvTest::Outcome outcome = readShared(
        QStringLiteral("csv/janlemon__czech-bank-statements/fio-layout-anonymized.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    // From the lines before the header.
    CHECK(s.accountNumber == u"1234567890/2010");
    CHECK(s.openingBalance.has_value());
    CHECK(s.openingBalance->toString() == u"1000.00");
    CHECK(s.periodStart == QDate(2025, 10, 1));
    CHECK(s.periodEnd == QDate(2025, 10, 31));
    REQUIRE(s.lines.size() == 2);
    const StatementLine &in = s.lines[0];
    CHECK(in.amount.toString() == u"5000.00");
    CHECK(in.amount.currency().code() == u"CZK");
    CHECK(in.variableSymbol.toString() == u"20250009");
    CHECK(in.counterpartyAccount == u"68536004/2700");
    CHECK(in.counterpartyIban.toString() == u"CZ8727000000000068536004");
    CHECK(in.counterpartyName == u"Ezpada s.r.o.");
    CHECK(in.bankReference == u"111");
    CHECK(in.bookingDate == QDate(2025, 10, 15));
    CHECK(in.transactionCode == u"Bezhotovostní příjem");
    const StatementLine &out = s.lines[1];
    CHECK(out.amount.toString() == u"-3000.00");
    CHECK(out.variableSymbol.toString() == u"9407153030");
    CHECK(out.constantSymbol.toString() == u"558");
}

TEST_CASE("CSV corpus: janlemon Raiffeisenbank layout - separators inside quotes", "[csv][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const CsvTest::Outcome outcome = readShared(QStringLiteral(
        "csv/janlemon__czech-bank-statements/raiffeisenbank-cz-layout-anonymized.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    CHECK(s.accountNumber == u"7614519001/5500");
    CHECK(s.accountIban.toString() == u"CZ3455000000007614519001");
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].amount.toString() == u"20000.00");
    CHECK(s.lines[0].counterpartyAccount == u"1448367016/3030");
    CHECK(s.lines[0].counterpartyName == u"Nikola Z.");
    CHECK(s.lines[0].bookingDate == QDate(2026, 6, 8)); // "08.06.2026 14:23"
    CHECK(s.lines[1].amount.toString() == u"-1000.00");
    CHECK(s.lines[1].constantSymbol.toString() == u"1178");
    CHECK(s.lines[1].description.startsWith(u"CSOB 4134; Praha 8; CZE"));
    // A masked card number is no account: kept as written, no IBAN.
    CHECK(s.lines[1].counterpartyAccount == u"516872XXXXXX8556");
    CHECK(s.lines[1].counterpartyIban.isNull());
}

TEST_CASE("CSV corpus: bank2ynab Raiffeisenbank - stray comma and duplicate header",
          "[csv][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const CsvTest::Outcome outcome = readShared(QStringLiteral(
        "csv/bank2ynab__bank2ynab/test/test-data/Movements_1234512345_201805271848.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 1);
    CHECK(s.lines[0].amount.toString() == u"-1.00");
    CHECK(s.lines[0].bookingDate == QDate(2018, 5, 27));
    CHECK(s.lines[0].counterpartyName == u"Name Surname");
    // "Id transakce," with the stray comma is still the bank reference column.
    CHECK(s.lines[0].bankReference == u"3228446118");
    CHECK(s.lines[0].description == u"Memo for me test");
}

TEST_CASE("CSV corpus: bank2ynab Ceska sporitelna - anonymised dates are refused clearly",
          "[csv][corpus]")
{
    SALDO_REQUIRE_SHARED();
    struct Case
    {
        const char *file;
        const char *column;
    };
    const Case cases[] = {
        { "TH_20180101-20180523_page_1.csv", "Posting date (column 2)" },
        { "TH_20180101-20180523_strana_1.csv", "Datum zaúčtování (column 2)" },
        { "TH_20180521-20180523.csv", "Posting date (column 2)" },
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const CsvTest::Outcome outcome = readShared(
            QStringLiteral("csv/bank2ynab__bank2ynab/test/test-data/") + QLatin1StringView(c.file));
        REQUIRE(outcome.result.error.has_value());
        const ReadError &error = *outcome.result.error;
        CHECK(error.file == QLatin1StringView(c.file));
        CHECK(error.line == 2);
        CHECK(error.field == QString::fromUtf8(c.column));
        CHECK(error.message == u"expected a date YYYY/MM/DD (years 1900-2100), found '1111/11/11'");
        CHECK(outcome.statements.isEmpty());
    }
}

TEST_CASE("CSV corpus: SpareBank 1 export - trailing separators", "[csv][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const CsvTest::Outcome outcome = readShared(
        QStringLiteral("regional/no/staticaland__beancount-no-sparebank1/test_data/sb1.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 15);
    qint64 in = 0, out = 0;
    for (const StatementLine &line : s.lines)
        (line.amount.isPositive() ? in : out) += line.amount.minorUnits();
    CHECK(in == 3343734);
    CHECK(out == -2947669);
    CHECK(s.currency.code() == u"NOK");
    CHECK(s.lines[0].description == u"KIWI MAJORSTUEN");
}

TEST_CASE("CSV corpus: Jaeren Sparebank export without a header (elv)", "[csv][corpus]")
{
    SALDO_REQUIRE_SHARED();
    SECTION("detected by its rows, Latin-1 and CRLF")
    {
        const QString path = SaldoTest::sharedDir()
            + QStringLiteral("/corpus/regional/no/cslarsen__elv/tests/iso-8859-1-dos-crlf.csv");
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(CsvReader::detectProfile(file.peek(4096)) == u"jaeren-sparebank-no");
        const CsvTest::Outcome outcome
            = readShared(QStringLiteral("regional/no/cslarsen__elv/tests/iso-8859-1-dos-crlf.csv"));
        REQUIRE(outcome.result.ok());
        const Statement &s = outcome.statement();
        REQUIRE(s.lines.size() == 2);
        CHECK(s.currency.code() == u"NOK");
        CHECK(s.lines[0].bookingDate == QDate(2015, 9, 2));
        CHECK(s.lines[0].amount.toString() == u"300.00");
        CHECK(s.lines[0].description == u"Overførsel - Melding - Foo Betalingsdato: 02.09.2015");
        CHECK(s.lines[0].sourceLine == 1); // no header: the first row is a line
    }
    SECTION("negative amounts, Norwegian letters, no final line end")
    {
        const CsvTest::Outcome outcome = readShared(
            QStringLiteral("regional/no/cslarsen__elv/tests/elv_test.py.inline-csv.csv"));
        REQUIRE(outcome.result.ok());
        const Statement &s = outcome.statement();
        REQUIRE(s.lines.size() == 5);
        CHECK(s.periodStart == QDate(2014, 12, 29));
        CHECK(s.periodEnd == QDate(2014, 12, 31));
        CHECK(s.lines[0].amount.toString() == u"-497.78");
        CHECK(s.lines[2].description == u"Test 3 --æøåÆØÅ--");
        CHECK(s.lines[2].valueDate == QDate(2014, 12, 31));
    }
}
