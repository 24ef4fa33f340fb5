// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "money/paymentreference.h"

using Saldo::CreditorReference;

TEST_CASE("CreditorReference: the ISO 11649 example", "[rf]")
{
    for (const char16_t *text : { u"RF18539007547034", u"RF18 5390 0754 7034",
                                  u"rf18 5390 0754 7034", u" RF 18539007547034 " }) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto rf = CreditorReference::parse(QStringView(text));
        REQUIRE(rf.ok());
        CHECK(rf->toString() == u"RF18539007547034");
        CHECK(rf->toGroupedString() == u"RF18 5390 0754 7034");
    }
    const auto created = CreditorReference::create(u"539007547034");
    REQUIRE(created.ok());
    CHECK(created->toString() == u"RF18539007547034");
    CHECK(created.value() == CreditorReference::parse(u"RF18 5390 0754 7034").value());
}

TEST_CASE("CreditorReference: letters, short and maximal references", "[rf]")
{
    // Check digits computed independently (ISO 7064 MOD 97-10).
    CHECK(CreditorReference::create(u"H1232")->toString() == u"RF51H1232");
    CHECK(CreditorReference::create(u"h 1232")->toString() == u"RF51H1232");
    CHECK(CreditorReference::create(u"2348231")->toString() == u"RF712348231");
    CHECK(CreditorReference::create(u"A")->toString() == u"RF25A");
    CHECK(CreditorReference::create(u"0")->toString() == u"RF040");
    CHECK(CreditorReference::create(u"ZZZZZZZZZZZZZZZZZZZZZ")->toString()
          == u"RF09ZZZZZZZZZZZZZZZZZZZZZ");
    CHECK(CreditorReference::parse(u"RF45G72UUR").ok());
    CHECK(CreditorReference::parse(u"RF09ZZZZZZZZZZZZZZZZZZZZZ").ok());
    CHECK(CreditorReference::parse(u"RF712348231")->toGroupedString() == u"RF71 2348 231");
    CHECK(CreditorReference().isEmpty());
}

TEST_CASE("CreditorReference: errors", "[rf]")
{
    const struct
    {
        const char16_t *text;
        const char16_t *expected;
    } rows[] = {
        { u"", u"RF" },
        { u"RX18539007547034", u"RF" },
        { u"18539007547034", u"RF" },
        { u"RF18", u"too short" },
        { u"RF1", u"too short" },
        { u"RFAB539007547034", u"check digits after" },
        { u"RF19539007547034", u"do not match" },
        { u"RF18539007547043", u"do not match" },
        { u"RF18-5390-0754-7034", u"\"-\"" },
        { u"RF09ZZZZZZZZZZZZZZZZZZZZZZ", u"too long" },
    };
    for (const auto &row : rows) {
        INFO(QString::fromUtf16(row.text).toStdString());
        const auto rf = CreditorReference::parse(QStringView(row.text));
        REQUIRE_FALSE(rf.ok());
        CHECK(rf.error().contains(QString::fromUtf16(row.expected)));
        CHECK(rf.error().contains(u"creditor reference"));
    }
    CHECK_FALSE(CreditorReference::create(u"").ok());
    CHECK_FALSE(CreditorReference::create(u"  ").ok());
    CHECK_FALSE(CreditorReference::create(u"ZZZZZZZZZZZZZZZZZZZZZZ").ok()); // 22
    CHECK_FALSE(CreditorReference::create(u"12-34").ok());
}
