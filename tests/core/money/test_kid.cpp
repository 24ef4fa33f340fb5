// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "money/paymentreference.h"

using Saldo::Kid;

namespace {

QString created(QStringView base, Kid::Algorithm algorithm)
{
    const auto kid = Kid::create(base, algorithm);
    INFO(base.toString().toStdString() << " " << kid.error().toStdString());
    REQUIRE(kid.ok());
    CHECK(Kid::parse(kid->toString()).ok()); // whatever create makes, parse accepts
    return kid->toString();
}

} // namespace

TEST_CASE("Kid: MOD10 (Luhn) check digits", "[kid]")
{
    // The textbook Luhn example, and the usual 1234567890 test base.
    CHECK(created(u"7992739871", Kid::Algorithm::Mod10) == u"79927398713");
    CHECK(created(u"1234567890", Kid::Algorithm::Mod10) == u"12345678903");
    CHECK(created(u"123456789", Kid::Algorithm::Mod10) == u"1234567897");
    CHECK(created(u"0", Kid::Algorithm::Mod10) == u"00");
    CHECK(created(u"12", Kid::Algorithm::Mod10) == u"125");
}

TEST_CASE("Kid: MOD11 check digits, '-' for 10", "[kid]")
{
    // Norwegian account numbers carry the same MOD11 (weights 2..7 from the right): the
    // registry IBAN NO93 8601 1117 947 has account 8601.11.17947, check digit 7.
    CHECK(created(u"8601111794", Kid::Algorithm::Mod11) == u"86011117947");
    CHECK(created(u"123456789", Kid::Algorithm::Mod11) == u"1234567892");
    CHECK(created(u"1234", Kid::Algorithm::Mod11) == u"12343");
    CHECK(created(u"104", Kid::Algorithm::Mod11) == u"104-");
    CHECK(created(u"1003", Kid::Algorithm::Mod11) == u"10030"); // 11 - 0 = 11 becomes 0
    CHECK(created(u"2345678", Kid::Algorithm::Mod11) == u"23456788");
}

TEST_CASE("Kid: parse accepts either algorithm", "[kid]")
{
    CHECK(Kid::parse(u"79927398713").ok()); // MOD10 only (MOD11 would be 6)
    CHECK(Kid::parse(u"79927398716").ok()); // MOD11 only
    CHECK(Kid::parse(u"104-").ok());
    CHECK(Kid::parse(u" 86011117947 ")->toString() == u"86011117947");
    CHECK(Kid::parse(u"0000000000000000000000018").ok()); // 25 digits, MOD10
    CHECK(Kid::parse(u"0000000000000000000000019").ok()); // 25 digits, MOD11
    CHECK(Kid().isEmpty());
    CHECK(Kid::parse(u"12345678903").value()
          == Kid::create(u"1234567890", Kid::Algorithm::Mod10).value());
}

TEST_CASE("Kid: errors", "[kid]")
{
    const struct
    {
        const char16_t *text;
        const char16_t *expected;
    } rows[] = {
        { u"", u"2 to 25" },
        { u"7", u"2 to 25" },
        { u"00000000000000000000000018", u"2 to 25" },
        { u"79927398714", u"neither" },
        { u"79927398710", u"neither" },
        { u"105-", u"neither" },
        { u"1-04", u"only digits" },
        { u"7992 7398 713", u"only digits" },
        { u"7992739871a", u"only digits" },
        { u"-", u"2 to 25" },
    };
    for (const auto &row : rows) {
        INFO(QString::fromUtf16(row.text).toStdString());
        const auto kid = Kid::parse(QStringView(row.text));
        REQUIRE_FALSE(kid.ok());
        CHECK(kid.error().contains(QString::fromUtf16(row.expected)));
        CHECK(kid.error().contains(u"KID"));
    }
    CHECK_FALSE(Kid::create(u"", Kid::Algorithm::Mod10).ok());
    CHECK_FALSE(Kid::create(u"12a", Kid::Algorithm::Mod11).ok());
    CHECK_FALSE(Kid::create(u"1234567890123456789012345", Kid::Algorithm::Mod10).ok()); // 25
    CHECK(Kid::create(u"123456789012345678901234", Kid::Algorithm::Mod10).ok()); // 24
}
