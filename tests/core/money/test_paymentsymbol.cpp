// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "money/paymentreference.h"

#include <limits>

using Saldo::ConstantSymbol;
using Saldo::SpecificSymbol;
using Saldo::VariableSymbol;

TEST_CASE("PaymentSymbol: digits, canonical without leading zeros", "[symbol]")
{
    CHECK(VariableSymbol::parse(u"1234567890")->toString() == u"1234567890");
    CHECK(VariableSymbol::parse(u"0012345")->toString() == u"12345");
    CHECK(VariableSymbol::parse(u" 2026001 ")->toString() == u"2026001");
    CHECK(VariableSymbol::parse(u"0000")->toString() == u"0");
    CHECK(VariableSymbol::parse(u"0")->toString() == u"0");
    CHECK(ConstantSymbol::parse(u"0308")->toString() == u"308");
    CHECK(ConstantSymbol::parse(u"9999")->toString() == u"9999");
    CHECK(SpecificSymbol::parse(u"9876543210")->toString() == u"9876543210");
    CHECK(VariableSymbol::parse(u"0012345").value() == VariableSymbol::parse(u"12345").value());
    CHECK(qHash(VariableSymbol::parse(u"0012345").value())
          == qHash(VariableSymbol::parse(u"12345").value()));
    CHECK(VariableSymbol::parse(u"1").value() != VariableSymbol::parse(u"10").value());
    CHECK(VariableSymbol().isEmpty());
    CHECK_FALSE(VariableSymbol::parse(u"1")->isEmpty());
}

TEST_CASE("PaymentSymbol: the digit limits count significant digits", "[symbol]")
{
    CHECK(VariableSymbol::maxDigits == 10);
    CHECK(ConstantSymbol::maxDigits == 4);
    CHECK(SpecificSymbol::maxDigits == 10);
    CHECK(VariableSymbol::parse(u"00001234567890")->toString() == u"1234567890");
    CHECK(ConstantSymbol::parse(u"00558")->toString() == u"558");

    const auto vs = VariableSymbol::parse(u"12345678901");
    REQUIRE_FALSE(vs.ok());
    CHECK(vs.error().contains(u"variable symbol"));
    CHECK(vs.error().contains(u"10"));
    const auto ks = ConstantSymbol::parse(u"12345");
    REQUIRE_FALSE(ks.ok());
    CHECK(ks.error().contains(u"constant symbol"));
    CHECK(ks.error().contains(u"4"));
    const auto ss = SpecificSymbol::parse(u"99999999999");
    REQUIRE_FALSE(ss.ok());
    CHECK(ss.error().contains(u"specific symbol"));
}

TEST_CASE("PaymentSymbol: anything but digits is an error", "[symbol]")
{
    for (const char16_t *bad :
         { u"", u"  ", u"12a4", u"12 34", u"-12", u"+12", u"1.5", u"VS123", u"١٢٣", u"１２" }) {
        INFO(QString::fromUtf16(bad).toStdString());
        const auto vs = VariableSymbol::parse(QStringView(bad));
        REQUIRE_FALSE(vs.ok());
        CHECK(vs.error().contains(u"variable symbol"));
    }
    CHECK(VariableSymbol::parse(u"").error().contains(u"empty"));
    CHECK(VariableSymbol::parse(u"12a4").error().contains(u"only digits"));
}

TEST_CASE("PaymentSymbol: from digits, as parse() gives them, without an error text", "[symbol]")
{
    CHECK(VariableSymbol::fromDigits(u"000123").toString() == u"123");
    CHECK(VariableSymbol::fromDigits(u"0").toString() == u"0");
    CHECK(VariableSymbol::fromDigits(u"0000").toString() == u"0");
    CHECK(VariableSymbol::fromDigits(u"00000000000001").toString() == u"1");
    CHECK(VariableSymbol::fromDigits(u"9999999999").toString() == u"9999999999");
    CHECK(VariableSymbol::fromDigits(u"12345678901").isEmpty());
    CHECK(ConstantSymbol::fromDigits(u"0308").toString() == u"308");
    CHECK(ConstantSymbol::fromDigits(u"12345").isEmpty());
    CHECK(VariableSymbol::fromDigits(u"12a").isEmpty());
    CHECK(VariableSymbol::fromDigits(u"").isEmpty());
    CHECK(VariableSymbol::fromDigits(u" 12").isEmpty()); // digits only: nothing is trimmed
    // Whatever parse() accepts of digit strings, fromDigits() gives the same symbol.
    quint32 seed = 99;
    for (int round = 0; round < 2000; ++round) {
        QString digits;
        seed = seed * 1103515245u + 12345u;
        const int length = 1 + int(seed >> 16) % 14;
        for (int i = 0; i < length; ++i) {
            seed = seed * 1103515245u + 12345u;
            digits += QChar(u'0' + ((seed >> 16) % 3 == 0 ? 0 : (seed >> 8) % 10));
        }
        INFO(digits.toStdString());
        const auto parsed = VariableSymbol::parse(digits);
        CHECK(VariableSymbol::fromDigits(digits) == (parsed ? *parsed : VariableSymbol()));
    }
}

TEST_CASE("PaymentSymbol: from a number, as digit fields give it", "[symbol]")
{
    CHECK(VariableSymbol::fromNumber(2026001) == VariableSymbol::parse(u"0002026001").value());
    CHECK(VariableSymbol::fromNumber(9999999999ULL).toString() == u"9999999999");
    CHECK(VariableSymbol::fromNumber(0).toString() == u"0");
    CHECK(ConstantSymbol::fromNumber(308).toString() == u"308");
    CHECK(SpecificSymbol::fromNumber(1234567890).toString() == u"1234567890");
    // Too many digits for the symbol: none, as parse() refuses them.
    CHECK(VariableSymbol::fromNumber(10000000000ULL).isEmpty());
    CHECK(ConstantSymbol::fromNumber(10000).isEmpty());
    CHECK(VariableSymbol::fromNumber(std::numeric_limits<quint64>::max()).isEmpty());
    // Every length from 1 to 10 digits, against the decimal text of the number.
    quint64 value = 7;
    for (int length = 1; length <= 10; ++length, value = value * 10 + quint64(length % 10)) {
        INFO(value);
        CHECK(VariableSymbol::fromNumber(value).toString() == QString::number(value));
    }
}
