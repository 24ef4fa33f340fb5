// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "money/currency.h"

using Saldo::Currency;

namespace {

Currency currency(const char16_t *code)
{
    const auto result = Currency::fromCode(QStringView(code));
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("Currency: a default-constructed currency is invalid", "[currency]")
{
    const Currency none;
    CHECK_FALSE(none.isValid());
    CHECK(none.code().isEmpty());
    CHECK(none.codeView().isEmpty());
    CHECK(none.numericCode() == 0);
    CHECK(none != currency(u"EUR"));
}

TEST_CASE("Currency: minor digits of the table", "[currency]")
{
    struct Row
    {
        const char16_t *code;
        int digits;
    };
    const Row rows[] = {
        { u"EUR", 2 }, { u"CZK", 2 }, { u"BGN", 2 }, { u"NOK", 2 }, { u"HUF", 2 },
        { u"PLN", 2 }, { u"RON", 2 }, { u"CHF", 2 }, { u"GBP", 2 }, { u"USD", 2 },
        { u"SEK", 2 }, { u"DKK", 2 }, { u"JPY", 0 }, { u"KRW", 0 }, { u"ISK", 0 },
        { u"KWD", 3 }, { u"BHD", 3 }, { u"TND", 3 }, { u"OMR", 3 }, { u"CLF", 4 },
    };
    for (const Row &row : rows) {
        INFO(QString::fromUtf16(row.code).toStdString());
        const Currency c = currency(row.code);
        CHECK(c.isValid());
        CHECK(c.code() == QString::fromUtf16(row.code));
        CHECK(c.codeView() == QString::fromUtf16(row.code));
        CHECK(c.minorDigits() == row.digits);
    }
}

TEST_CASE("Currency: fromCode normalises case and spaces", "[currency]")
{
    CHECK(currency(u"eur") == currency(u"EUR"));
    CHECK(currency(u" Czk\t") == currency(u"CZK"));
    CHECK(currency(u"jpy").minorDigits() == 0);
}

TEST_CASE("Currency: unknown but well-formed codes get two minor digits", "[currency]")
{
    const Currency xyz = currency(u"XYZ");
    CHECK(xyz.isValid());
    CHECK(xyz.code() == u"XYZ");
    CHECK(xyz.minorDigits() == 2);
    CHECK(xyz.numericCode() == 0);
}

TEST_CASE("Currency: malformed codes are errors", "[currency]")
{
    for (const char16_t *bad : { u"", u"EU", u"EURO", u"E1R", u"€", u"E R", u"ÄUR" }) {
        const auto result = Currency::fromCode(QStringView(bad));
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(result.ok());
        CHECK(result.error().contains(u"ISO 4217"));
    }
}

TEST_CASE("Currency: numeric codes", "[currency]")
{
    struct Row
    {
        const char16_t *numeric;
        const char16_t *code;
    };
    const Row rows[] = {
        { u"978", u"EUR" },   { u"203", u"CZK" }, { u"840", u"USD" }, { u"826", u"GBP" },
        { u"756", u"CHF" },   { u"985", u"PLN" }, { u"348", u"HUF" }, { u"975", u"BGN" },
        { u"578", u"NOK" },   { u"752", u"SEK" }, { u"208", u"DKK" }, { u"946", u"RON" },
        { u"392", u"JPY" },   { u"414", u"KWD" }, { u"048", u"BHD" }, { u"48", u"BHD" },
        { u" 978 ", u"EUR" }, { u"008", u"ALL" },
    };
    for (const Row &row : rows) {
        INFO(QString::fromUtf16(row.numeric).toStdString());
        const auto result = Currency::fromNumericCode(QStringView(row.numeric));
        REQUIRE(result.ok());
        CHECK(result->code() == QString::fromUtf16(row.code));
        CHECK(result.value() == currency(row.code));
        CHECK(result->minorDigits() == currency(row.code).minorDigits());
    }
    CHECK(currency(u"EUR").numericCode() == 978);
    CHECK(currency(u"CZK").numericCode() == 203);
    CHECK(currency(u"BHD").numericCode() == 48);
}

TEST_CASE("Currency: bad numeric codes are errors", "[currency]")
{
    for (const char16_t *bad : { u"", u"9780", u"97a", u"-97", u"000", u"999", u"1" }) {
        INFO(QString::fromUtf16(bad).toStdString());
        const auto result = Currency::fromNumericCode(QStringView(bad));
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error().isEmpty());
    }
}

TEST_CASE("Currency: equality and hashing follow the code", "[currency]")
{
    CHECK(currency(u"EUR") == currency(u"eur"));
    CHECK(currency(u"EUR") != currency(u"CZK"));
    CHECK(qHash(currency(u"EUR")) == qHash(currency(u"eur")));
}
