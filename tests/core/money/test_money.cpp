// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "money/money.h"

#include <limits>

using Saldo::Currency;
using Saldo::Money;

namespace {

Currency cur(const char16_t *code)
{
    return Currency::fromCode(QStringView(code)).value();
}

// The minor units `text` parses to, or fails the test with the parser's error.
qint64 minor(const char16_t *text, const char16_t *code = u"EUR")
{
    const auto result = Money::parse(QStringView(text), cur(code));
    INFO(QString::fromUtf16(text).toStdString() << " -> " << result.error().toStdString());
    REQUIRE(result.ok());
    CHECK(result->currency() == cur(code));
    return result->minorUnits();
}

// The error `text` gives; fails the test when it parses.
QString parseError(const char16_t *text, const char16_t *code = u"EUR")
{
    const auto result = Money::parse(QStringView(text), cur(code));
    INFO(QString::fromUtf16(text).toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().isEmpty());
    return result.error();
}

} // namespace

TEST_CASE("Money::parse: the forms of the header", "[money]")
{
    CHECK(minor(u"1234.50") == 123450);
    CHECK(minor(u"1 234,50") == 123450);
    CHECK(minor(u"1.234,50") == 123450);
    CHECK(minor(u"1,234.50") == 123450);
    CHECK(minor(u"-12") == -1200);
    CHECK(minor(u"+12,5") == 1250);
    CHECK(minor(u"12.") == 1200);
    CHECK(minor(u"0") == 0);
    CHECK(minor(u"0,01") == 1);
    CHECK(minor(u".5") == 50);
    CHECK(minor(u"007") == 700);
}

TEST_CASE("Money::parse: thousands separators", "[money]")
{
    CHECK(minor(u"1.234.567") == 123456700);
    CHECK(minor(u"1,234,567") == 123456700);
    CHECK(minor(u"1.234.567,89") == 123456789);
    CHECK(minor(u"1,234,567.89") == 123456789);
    CHECK(minor(u"1 234 567,89") == 123456789);
    CHECK(minor(u"1\u00A0234\u00A0567,89") == 123456789);
    CHECK(minor(u"1\u202F234,50") == 123450);
    CHECK(minor(u"1'234.50", u"CHF") == 123450);
    CHECK(minor(u"1\u2019234.50", u"CHF") == 123450);
    CHECK(minor(u"1 234.567", u"KWD") == 1234567); // space groups, so '.' is the decimal point
}

TEST_CASE("Money::parse: surrounding space and signs", "[money]")
{
    CHECK(minor(u"  12,50 ") == 1250);
    CHECK(minor(u" 1 234 ") == 123400);
    CHECK(minor(u"\t-12,50\u00A0") == -1250);
    CHECK(minor(u"\u221212,50") == -1250); // U+2212 MINUS SIGN
    CHECK(minor(u"- 12,50") == -1250);
    CHECK(minor(u"+0,01") == 1);
}

TEST_CASE("Money::parse: negative zero is zero", "[money]")
{
    for (const char16_t *text : { u"-0", u"-0,00", u"-0.0", u"\u22120", u"-.00" }) {
        INFO(QString::fromUtf16(text).toStdString());
        const Money m = Money::parse(QStringView(text), cur(u"EUR")).value();
        CHECK(m.isZero());
        CHECK_FALSE(m.isNegative());
        CHECK(m == Money(0, cur(u"EUR")));
        CHECK(m.toString() == u"0.00");
    }
}

TEST_CASE("Money::parse: too many decimals is an error that says so", "[money]")
{
    const QString error = parseError(u"12.345");
    CHECK(error.contains(u"12.345"));
    CHECK(error.contains(u"too many decimals"));
    CHECK(error.contains(u"EUR"));
    CHECK(parseError(u"12.3456").contains(u"too many decimals"));
    CHECK(parseError(u"0,001").contains(u"too many decimals"));
    CHECK(parseError(u"1.234,567").contains(u"too many decimals"));
    CHECK(parseError(u"12.5", u"JPY").contains(u"too many decimals"));
    CHECK(parseError(u"1.0001", u"KWD").contains(u"too many decimals"));
}

TEST_CASE("Money::parse: extra decimals that are zeros are exact and accepted", "[money]")
{
    CHECK(minor(u"12.3400") == 1234);
    CHECK(minor(u"0,500") == 50); // a leading zero cannot start a thousands group
    CHECK(minor(u"1500.0", u"JPY") == 1500);
    CHECK(minor(u"1,2300", u"KWD") == 1230);
}

TEST_CASE("Money::parse: \"1,234\" is ambiguous unless three decimals fit", "[money]")
{
    CHECK(parseError(u"1,234").contains(u"ambiguous"));
    CHECK(parseError(u"1.234").contains(u"ambiguous"));
    CHECK(parseError(u"-999.000").contains(u"ambiguous"));
    CHECK(parseError(u"1,234", u"JPY").contains(u"ambiguous"));
    CHECK(parseError(u"12.500").contains(u"ambiguous")); // not silently 12.50
    CHECK(minor(u"1,234", u"KWD") == 1234);
    CHECK(minor(u"1.234", u"BHD") == 1234);
    CHECK(minor(u"1,234", u"CLF") == 12340);
    // Not ambiguous: four head digits or other grouping rule out the thousands reading.
    CHECK(parseError(u"1234,567").contains(u"too many decimals"));
    CHECK(minor(u"1234,567", u"KWD") == 1234567);
    CHECK(minor(u"1,234,567", u"KWD") == 1234567000);
}

TEST_CASE("Money::parse: 0- and 3-digit currencies", "[money]")
{
    CHECK(minor(u"1500", u"JPY") == 1500);
    CHECK(minor(u"1 500", u"JPY") == 1500);
    CHECK(minor(u"-1.500.000", u"JPY") == -1500000);
    CHECK(minor(u"1500.", u"JPY") == 1500);
    CHECK(minor(u"0.001", u"KWD") == 1);
    CHECK(minor(u"1.5", u"KWD") == 1500);
    CHECK(minor(u"12", u"BHD") == 12000);
    CHECK(minor(u"1 234,567", u"BHD") == 1234567);
}

TEST_CASE("Money::parse: malformed text is an error", "[money]")
{
    const char16_t *bad[] = {
        u"",       u"   ",    u"-",         u"+",           u".",          u",",
        u"--5",    u"+-5",    u"5-",        u"1234,50 EUR", u"EUR 12",     u"1e3",
        u"0x10",   u"12,50,", u"1.234,5.6", u"1,234.56,7",  u"1,23,456",   u"12 34",
        u"1 2345", u"1  234", u"1.234 567", u"1,2.3",       u"1,234.56 7", u"(12.50)",
        u"١٢",     u"１２",   u"12..5",     u"1.2.3,4,5",   u"1_000",
    };
    for (const char16_t *text : bad) {
        const auto result = Money::parse(QStringView(text), cur(u"EUR"));
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error().isEmpty());
    }
    CHECK(parseError(u"").contains(u"empty"));
    CHECK(parseError(u"12 EUR").contains(u"\"E\""));
    CHECK(parseError(u"1,23,456").contains(u"thousands separator"));
}

TEST_CASE("Money::parse: an invalid currency is an error", "[money]")
{
    const auto result = Money::parse(u"12.50", Currency());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(u"currency"));
}

TEST_CASE("Money::parse: the int64 limits", "[money]")
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    CHECK(minor(u"92233720368547758.07") == max);
    CHECK(minor(u"92 233 720 368 547 758,07") == max);
    CHECK(minor(u"-92233720368547758.07") == -max);
    CHECK(minor(u"9223372036854775807", u"JPY") == max);
    CHECK(minor(u"9223372036854775.807", u"KWD") == max);
    CHECK(parseError(u"92233720368547758.08").contains(u"too large"));
    // The most negative int64 is refused too: its negation would overflow.
    CHECK(parseError(u"-92233720368547758.08").contains(u"too large"));
    CHECK(parseError(u"9223372036854775808", u"JPY").contains(u"too large"));
    CHECK(parseError(u"92233720368547759").contains(u"too large"));
    CHECK(parseError(u"18446744073709551616").contains(u"too large"));
    CHECK(parseError(u"99999999999999999999999999999999,99").contains(u"too large"));
    CHECK(minor(u"00000000000000000000000000000000012,50") == 1250);
}

TEST_CASE("Money::toString: plain decimal with the currency's digits", "[money]")
{
    CHECK(Money(123450, cur(u"EUR")).toString() == u"1234.50");
    CHECK(Money(-1200, cur(u"EUR")).toString() == u"-12.00");
    CHECK(Money(-5, cur(u"CZK")).toString() == u"-0.05");
    CHECK(Money(0, cur(u"EUR")).toString() == u"0.00");
    CHECK(Money(1500, cur(u"JPY")).toString() == u"1500");
    CHECK(Money(-1500, cur(u"JPY")).toString() == u"-1500");
    CHECK(Money(0, cur(u"JPY")).toString() == u"0");
    CHECK(Money(1, cur(u"KWD")).toString() == u"0.001");
    CHECK(Money(1234567, cur(u"BHD")).toString() == u"1234.567");
    CHECK(Money(12340, cur(u"CLF")).toString() == u"1.2340");
    CHECK(Money().toString() == u"0.00");
    CHECK(Money(std::numeric_limits<qint64>::max(), cur(u"EUR")).toString()
          == u"92233720368547758.07");
    CHECK(Money(std::numeric_limits<qint64>::min(), cur(u"EUR")).toString()
          == u"-92233720368547758.08");
}

TEST_CASE("Money: toString and parse round-trip", "[money]")
{
    const qint64 values[] = { 0,
                              1,
                              -1,
                              9,
                              10,
                              99,
                              100,
                              101,
                              -123456789,
                              4200000000000,
                              std::numeric_limits<qint64>::max(),
                              -std::numeric_limits<qint64>::max() };
    for (const char16_t *code : { u"EUR", u"JPY", u"KWD", u"CLF" }) {
        for (const qint64 value : values) {
            const Money m(value, cur(code));
            INFO(m.toString().toStdString());
            const auto back = Money::parse(m.toString(), cur(code));
            REQUIRE(back.ok());
            CHECK(back.value() == m);
        }
    }
}

TEST_CASE("Money: sums are exact", "[money]")
{
    const Currency eur = cur(u"EUR");
    const Money tenCents = Money::parse(u"0.10", eur).value();
    const Money twentyCents = Money::parse(u"0.20", eur).value();
    CHECK(tenCents + twentyCents == Money::parse(u"0.30", eur).value());

    Money total;
    for (int i = 0; i < 100000; ++i)
        total += Money(1, eur);
    CHECK(total == Money(100000, eur));
    CHECK(total.toString() == u"1000.00");
    total -= Money::parse(u"1000", eur).value();
    CHECK(total.isZero());
    CHECK(total.currency() == eur);
}

TEST_CASE("Money: checked arithmetic reports overflow and mixed currencies", "[money]")
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    const Currency eur = cur(u"EUR");
    const Currency czk = cur(u"CZK");
    CHECK(Money(2, eur).checkedAdd(Money(3, eur)) == Money(5, eur));
    CHECK(Money(2, eur).checkedSubtract(Money(3, eur)) == Money(-1, eur));
    CHECK_FALSE(Money(max, eur).checkedAdd(Money(1, eur)).has_value());
    CHECK_FALSE(Money(min, eur).checkedSubtract(Money(1, eur)).has_value());
    CHECK_FALSE(Money(-max, eur).checkedSubtract(Money(max, eur)).has_value());
    CHECK(Money(max, eur).checkedAdd(Money(-1, eur)) == Money(max - 1, eur));
    CHECK_FALSE(Money(1, eur).checkedAdd(Money(1, czk)).has_value());
    CHECK_FALSE(Money(1, eur).checkedSubtract(Money(0, czk)).has_value());
    // A currency-less zero (a fresh running total) takes the other operand's currency.
    CHECK(Money().checkedAdd(Money(5, czk)) == Money(5, czk));
    CHECK(Money(5, czk).checkedSubtract(Money()) == Money(5, czk));
    CHECK(Money().checkedSubtract(Money(5, czk)) == Money(-5, czk));
}

TEST_CASE("Money: comparisons, sign and abs", "[money]")
{
    const Currency eur = cur(u"EUR");
    CHECK(Money(1, eur) < Money(2, eur));
    CHECK(Money(-2, eur) < Money(-1, eur));
    CHECK(Money(2, eur) > Money(1, eur));
    CHECK(Money(2, eur) >= Money(2, eur));
    CHECK(Money(2, eur) <= Money(2, eur));
    CHECK(Money(2, eur) != Money(2, cur(u"CZK")));
    CHECK(Money(-250, eur).abs() == Money(250, eur));
    CHECK(-Money(250, eur) == Money(-250, eur));
    CHECK(Money(-1, eur).isNegative());
    CHECK(Money(1, eur).isPositive());
    CHECK(Money(0, eur).isZero());
    CHECK(Money() < Money(1, eur));
}
