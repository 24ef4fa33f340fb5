// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-made exports in tests/data/csv, one per built-in bank profile, and broken files.
#include "catchqt.h"
#include "csvtestsupport.h"

using namespace Saldo;
using CsvTest::readFixture;

TEST_CASE("CSV: RFC 4180 quoting in the generic layout", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("generic-rfc4180.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 3); // the line of separators only is skipped
    const StatementLine &first = s.lines[0];
    CHECK(first.sourceLine == 2);
    CHECK(first.amount.toString() == u"1234.50"); // "1 234,50"
    CHECK(first.bookingDate == QDate(2026, 1, 5));
    CHECK(first.valueDate == QDate(2026, 1, 6));
    CHECK(first.counterpartyName == u"Firma; a \"syn\" s.r.o.");
    CHECK(first.counterpartyIban.toString() == u"SK3112000000198742637541");
    CHECK(first.constantSymbol.toString() == u"308");
    CHECK(first.reference == u"/VS2026000012/SS/KS0308");
    // A line break inside quotes: one line of text.
    CHECK(first.description == u"Faktura FV2026-000012 druhý riadok");
    CHECK(first.bankReference == u"B1");
    // The quoted line break moved the next record's line.
    CHECK(s.lines[1].sourceLine == 4);
    CHECK(s.lines[1].valueDate == s.lines[1].bookingDate); // empty value date
    CHECK(s.lines[2].sourceLine == 6);
    CHECK(s.periodStart == QDate(2026, 1, 5));
    CHECK(s.periodEnd == QDate(2026, 1, 7));
    CHECK(s.date == QDate(2026, 1, 7));
    CHECK_FALSE(s.openingBalance.has_value());
    CHECK(s.balanceCheck() == BalanceCheck::Unknown);
}

TEST_CASE("CSV: Tatra banka - unsigned amounts with Kredit/Debet", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("tatra-banka.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 3);
    CHECK(s.lines[0].amount.toString() == u"1250.00");
    CHECK(s.lines[0].bookingDate == QDate(2026, 3, 3));
    CHECK(s.lines[0].valueDate == QDate(2026, 3, 2));
    CHECK(s.lines[0].variableSymbol.toString() == u"2026000031");
    CHECK(s.lines[0].reference == u"/VS2026000031/SS/KS0308");
    CHECK(s.lines[1].amount.toString() == u"-73.71");
    CHECK(s.lines[1].transactionCode == u"GP NÁKUP POS"); // windows-1250
    // Prefix, number and a Czech bank code: a CZ IBAN, the local form without zeros.
    CHECK(s.lines[2].amount.toString() == u"-12.00");
    CHECK(s.lines[2].counterpartyAccount == u"19-2000145399/0800");
    CHECK(s.lines[2].counterpartyIban.toString() == u"CZ6508000000192000145399");
}

TEST_CASE("CSV: George (Slovenska sporitelna) - decimal comma inside quotes", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("slsp-george.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    CHECK(s.accountIban.toString() == u"SK1609000000005123456780");
    CHECK(s.accountNumber.isEmpty());
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].amount.toString() == u"-17.85");
    CHECK(s.lines[0].counterpartyName == u"Orange Slovensko");
    CHECK(s.lines[0].counterpartyBic == u"CEKOSKBX");
    CHECK(s.lines[1].amount.toString() == u"2400.00");
    CHECK(s.lines[1].variableSymbol.toString() == u"2026000040");
}

TEST_CASE("CSV: DSK Bank - windows-1251 and money-in/money-out columns", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("dsk-bank.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    CHECK(s.currency.code() == u"BGN");
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].amount.toString() == u"1250.00");
    CHECK(s.lines[0].description == u"Плащане по фактура 0000001234 ДОБРУДЖА КОНСУЛТ ЕООД");
    CHECK(s.lines[1].amount.toString() == u"-4.50");
}

TEST_CASE("CSV: DNB - Latin-1 and decimal points or commas", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("dnb.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].amount.toString() == u"-35.80");
    CHECK(s.lines[0].amount.currency().code() == u"NOK");
    CHECK(s.lines[0].description == u"Varekjøp REMA 1000 Tønsberg");
    CHECK(s.lines[0].valueDate == QDate(2026, 8, 10));
    CHECK(s.lines[1].amount.toString() == u"25000.00");
}

TEST_CASE("CSV: CSOB - a title line before the header", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("csob-cz.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    CHECK(s.accountNumber == u"123456789/0300");
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].sourceLine == 3);
    CHECK(s.lines[0].amount.toString() == u"-1500.00");
    CHECK(s.lines[0].counterpartyIban.toString() == u"CZ6508000000192000145399");
    CHECK(s.lines[0].counterpartyName == u"Dodavatel s.r.o.");
    CHECK(s.lines[0].variableSymbol.toString() == u"20260005");
    CHECK(s.lines[1].amount.toString() == u"250.50");
}

TEST_CASE("CSV: VUB - columns by position - chosen by id only", "[csv]")
{
    const CsvTest::Outcome detected = readFixture(QStringLiteral("vub-positional.csv"));
    CHECK(detected.result.error.has_value()); // never picked automatically
    const CsvTest::Outcome outcome
        = readFixture(QStringLiteral("vub-positional.csv"), QStringLiteral("vub-sk"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 1);
    CHECK(s.lines[0].bookingDate == QDate(2026, 3, 15)); // YYYYMMDD
    CHECK(s.lines[0].amount.toString() == u"-99.90");
    CHECK(s.lines[0].description == u"Dodavatel s.r.o. Najomne marec");
}

TEST_CASE("CSV: Fio metadata - account - period and balances", "[csv]")
{
    const CsvTest::Outcome outcome = readFixture(QStringLiteral("fio-metadata.csv"));
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    CHECK(s.accountNumber == u"2600113745/2010");
    CHECK(s.accountIban.toString() == u"CZ5720100000002600113745");
    CHECK(s.periodStart == QDate(2026, 3, 1));
    CHECK(s.periodEnd == QDate(2026, 3, 31));
    CHECK(s.date == QDate(2026, 3, 31));
    CHECK(s.openingBalance->toString() == u"1000.00");
    CHECK(s.closingBalance->toString() == u"5500.00");
    CHECK(s.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].sourceLine == 8);
    CHECK(s.lines[0].counterpartyIban.toString() == u"CZ7908000000002000145399");
    CHECK(s.lines[1].description == u"Výběr z bankomatu");
}

TEST_CASE("CSV: errors name the file - line - column and value", "[csv]")
{
    SECTION("a bad amount")
    {
        const CsvTest::Outcome outcome = readFixture(QStringLiteral("error-bad-amount.csv"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.errorText()
              == u"error-bad-amount.csv:3: Amount (column 3): expected an amount such as -1234,50, "
                 "found '12x50'");
        CHECK(outcome.statements.isEmpty());
    }
    SECTION("a bad currency")
    {
        const CsvTest::Outcome outcome = readFixture(QStringLiteral("error-bad-currency.csv"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->line == 2);
        CHECK(outcome.result.error->field == u"Currency (column 4)");
        CHECK(outcome.result.error->message.contains(u"EURO"));
    }
    SECTION("neither Kredit nor Debet")
    {
        const CsvTest::Outcome outcome = readFixture(QStringLiteral("error-bad-direction.csv"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->field == u"Typ (column 5)");
        CHECK(outcome.result.error->message == u"expected Kredit or Debet, found 'Neviem'");
    }
    SECTION("a quote that is never closed")
    {
        const CsvTest::Outcome outcome
            = readFixture(QStringLiteral("error-unterminated-quote.csv"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.errorText()
              == u"error-unterminated-quote.csv:2: a quoted field is never closed");
    }
    SECTION("a layout no profile knows")
    {
        const CsvTest::Outcome outcome = readFixture(QStringLiteral("unknown-layout.csv"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->message.startsWith(u"no CSV profile fits this file's header"));
        CHECK(outcome.result.error->message.contains(u"saldo-generic"));
    }
    SECTION("an unknown profile id and a profile whose header is not there")
    {
        const CsvTest::Outcome unknown
            = readFixture(QStringLiteral("dnb.csv"), QStringLiteral("no-such-bank"));
        REQUIRE(unknown.result.error.has_value());
        CHECK(unknown.result.error->message.startsWith(u"unknown CSV profile \"no-such-bank\""));
        const CsvTest::Outcome wrong
            = readFixture(QStringLiteral("dnb.csv"), QStringLiteral("fio-cz"));
        REQUIRE(wrong.result.error.has_value());
        CHECK(
            wrong.result.error->message.startsWith(u"profile fio-cz: no header with the columns"));
    }
    SECTION("binary garbage and an empty file")
    {
        QByteArray garbage;
        for (int i = 0; i < 20000; ++i)
            garbage.append(char((i * 7919) % 251));
        CHECK(CsvTest::readBytes(garbage).result.error.has_value());
        CHECK(CsvTest::readBytes(QByteArray()).result.error.has_value());
        CHECK(
            CsvTest::readBytes(garbage, QStringLiteral("saldo-generic")).result.error.has_value());
    }
}
