// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/csv/csvprofiles.h"

#include <QDir>
#include <QFile>

using namespace Saldo;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("CSV profiles: the built-in ones load from the core's resources", "[csv]")
{
    const CsvProfiles profiles = CsvProfiles::load({});
    CHECK(profiles.errors().isEmpty());
    for (const char *id : { "saldo-generic", "fio-cz", "ceska-sporitelna-cz", "raiffeisenbank-cz",
                            "csob-cz", "tatra-banka-sk", "slovenska-sporitelna-sk", "vub-sk",
                            "dsk-bank-bg", "dnb-no", "sparebank1-no", "jaeren-sparebank-no" }) {
        INFO(id);
        const CsvProfile *profile = profiles.find(QString::fromLatin1(id));
        REQUIRE(profile != nullptr);
        CHECK_FALSE(profile->bank.isEmpty());
        CHECK_FALSE(profile->notes.isEmpty());
        CHECK_FALSE(profile->column(CsvRole::BookingDate).isEmpty());
    }
    const CsvProfile *dsk = profiles.find(u"dsk-bank-bg");
    REQUIRE(dsk);
    CHECK(dsk->encoding == TextEncoding::Windows1251);
    CHECK(dsk->notes.contains(u"not from a real export")); // says how it was made
    CHECK_FALSE(profiles.find(u"vub-sk")->detect);
    CHECK(profiles.find(u"TATRA-BANKA-SK") != nullptr); // ids ignore case
}

TEST_CASE("CSV profiles: an extra folder adds and replaces profiles", "[csv]")
{
    const QString folder = SaldoTest::tempDir() + QStringLiteral("/profiles");
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/mybank.json"), R"({
        "id": "my-bank", "bank": "My bank", "country": "CZ", "encoding": "utf-8",
        "delimiter": ",", "decimal_separator": ".", "date_format": "YYYY-MM-DD",
        "currency": "CZK", "header": ["When", "How much"],
        "columns": { "booking_date": "When", "amount": "How much", "description": ["What"] } })");
    writeFile(folder + QStringLiteral("/generic.json"), R"({
        "id": "saldo-generic", "bank": "Replaced", "encoding": "utf-8", "delimiter": ";",
        "decimal_separator": ",", "date_format": "DD.MM.YYYY", "currency": "EUR",
        "header": ["Date", "Amount"], "columns": { "booking_date": "Date", "amount": "Amount" } })");
    writeFile(folder + QStringLiteral("/broken.json"),
              R"({ "id": "broken", "encoding": "klingon" })");
    writeFile(folder + QStringLiteral("/notjson.json"), "not json");

    const CsvProfiles profiles = CsvProfiles::load(folder);
    REQUIRE(profiles.find(u"my-bank") != nullptr);
    CHECK(profiles.find(u"my-bank")->delimiter == ',');
    CHECK(profiles.find(u"saldo-generic")->bank == u"Replaced");
    CHECK(profiles.find(u"broken") == nullptr);
    REQUIRE(profiles.errors().size() == 2);
    CHECK(profiles.errors().join(u'\n').contains(
        u"broken.json: encoding: unknown encoding \"klingon\""));
    CHECK(profiles.errors().join(u'\n').contains(u"notjson.json: not a CSV profile"));
}

TEST_CASE("CSV profiles: invalid profiles say what is wrong", "[csv]")
{
    const auto error = [](const char *json) {
        return CsvProfile::fromJson(json, QStringLiteral("p.json")).error();
    };
    const char *base
        = R"("id": "x", "encoding": "utf-8", "delimiter": ";", "decimal_separator": ",",
                         "date_format": "DD.MM.YYYY", "header": ["D"])";
    CHECK(error((QByteArray("{") + base + R"(, "columns": {"amount": "A"}})").constData())
          == u"p.json: columns: a booking_date column is required");
    CHECK(
        error(
            (QByteArray("{") + base
             + R"(, "columns": {"booking_date": "D", "amount": "A", "debit": "X", "credit": "Y"}})")
                .constData())
        == u"p.json: columns: expected either an amount column or debit and credit columns");
    CHECK(error(R"({"id": "x", "encoding": "utf-8", "delimiter": ";;", "decimal_separator": ",",
                   "date_format": "DD.MM.YYYY"})")
          == u"p.json: delimiter: expected one ASCII character such as \";\" or \",\"");
    CHECK(error(R"({"id": "x", "encoding": "utf-8", "delimiter": ";", "decimal_separator": ",",
                   "date_format": "DD.QQ.YYYY"})")
          == u"p.json: date_format: expected a pattern such as DD.MM.YYYY");
}
