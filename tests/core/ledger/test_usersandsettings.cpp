// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/auditlog.h"
#include "ledger/settingsrepository.h"
#include "ledger/userrepository.h"
#include "ledgertestsupport.h"

using namespace Saldo;
using namespace LedgerTest;

TEST_CASE("Users are added once and listed by name with their rights", "[ledger][users]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    UserRepository users(*ledger);
    const Result<qint64> zuzana = users.add(QStringLiteral(" zuzana "));
    REQUIRE(zuzana);
    REQUIRE(users.add(QStringLiteral("andrej")));
    CHECK(users.add(QStringLiteral("zuzana")).error().contains(QStringLiteral("already exists")));
    CHECK_FALSE(users.add(QStringLiteral("")));

    REQUIRE(
        users.setRight(QStringLiteral("zuzana"), QStringLiteral("invoicing"), RightsLevel::Write));
    REQUIRE(users.setRight(QStringLiteral("zuzana"), QStringLiteral("bank"), RightsLevel::Read));
    // Setting a module again replaces the level.
    REQUIRE(
        users.setRight(QStringLiteral("zuzana"), QStringLiteral("invoicing"), RightsLevel::Manage));

    CHECK(users.right(QStringLiteral("zuzana"), QStringLiteral("invoicing")).value()
          == RightsLevel::Manage);
    CHECK(users.right(QStringLiteral("zuzana"), QStringLiteral("bank")).value()
          == RightsLevel::Read);
    CHECK(users.right(QStringLiteral("zuzana"), QStringLiteral("settings")).value()
          == RightsLevel::None);
    CHECK(users.right(QStringLiteral("nobody"), QStringLiteral("bank")).value()
          == RightsLevel::None);

    const Result<QList<User>> all = users.all();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == QStringLiteral("andrej"));
    CHECK(all->at(0).rights.isEmpty());
    CHECK(all->at(1).id == *zuzana);
    CHECK(all->at(1).name == QStringLiteral("zuzana"));
    CHECK(all->at(1).rights.size() == 2);
    CHECK(all->at(1).rights.value(QStringLiteral("bank")) == RightsLevel::Read);
}

TEST_CASE("Rights need a known user and a plain module name", "[ledger][users]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    UserRepository users(*ledger);
    REQUIRE(users.add(QStringLiteral("zuzana")));
    CHECK(users.setRight(QStringLiteral("ghost"), QStringLiteral("bank"), RightsLevel::Read)
              .error()
              .contains(QStringLiteral("ghost")));
    CHECK_FALSE(
        users.setRight(QStringLiteral("zuzana"), QStringLiteral("Bank Module"), RightsLevel::Read));
    CHECK_FALSE(users.setRight(QStringLiteral("zuzana"), QString(), RightsLevel::Read));
    CHECK(users.all()->constFirst().rights.isEmpty());

    CHECK(rightsLevelFromName(u"manage") == RightsLevel::Manage);
    CHECK_FALSE(rightsLevelFromName(u"admin").has_value());
}

TEST_CASE("A change of rights is audited with the level before and after", "[ledger][users][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    ledger->setUser(QStringLiteral("admin"));
    UserRepository users(*ledger);
    const qint64 id = users.add(QStringLiteral("zuzana")).value();
    REQUIRE(
        users.setRight(QStringLiteral("zuzana"), QStringLiteral("invoicing"), RightsLevel::Write));

    const Result<QList<AuditEntry>> entries
        = AuditLog(*ledger).entriesFor(QStringLiteral("user_rights"), id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->at(0).user == QStringLiteral("admin"));
    CHECK(entries->at(0).before.value(QStringLiteral("invoicing")).toString()
          == QStringLiteral("none"));
    CHECK(entries->at(0).after.value(QStringLiteral("invoicing")).toString()
          == QStringLiteral("write"));
    CHECK(AuditLog(*ledger).entriesFor(QStringLiteral("user"), id)->size() == 1);
}

TEST_CASE("Settings read their defaults until set", "[ledger][settings]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    SettingsRepository settings(*ledger);
    CHECK(settings.value(QStringLiteral("pairing.search_unposted")).value()
          == QStringLiteral("false"));
    CHECK(settings.boolValue(QStringLiteral("pairing.match_issued")).value());
    CHECK(settings.value(QStringLiteral("import.default_format")).value()
          == QStringLiteral("auto"));

    REQUIRE(settings.setValue(QStringLiteral("pairing.search_unposted"), QStringLiteral("true")));
    REQUIRE(settings.setValue(QStringLiteral("import.default_format"), QStringLiteral("mt940")));
    REQUIRE(settings.setValue(QStringLiteral("accountant.receipts_address"),
                              QStringLiteral("uctovnik@example.sk")));
    REQUIRE(settings.setValue(QStringLiteral("import.default_format"), QStringLiteral("gpc")));
    CHECK(settings.boolValue(QStringLiteral("pairing.search_unposted")).value());
    CHECK(settings.value(QStringLiteral("import.default_format")).value() == QStringLiteral("gpc"));

    const Result<QList<QPair<QString, QString>>> all = settings.all();
    REQUIRE(all);
    REQUIRE(all->size() == SettingsRepository::definitions().size());
    for (qsizetype i = 0; i < all->size(); ++i)
        CHECK(all->at(i).first == SettingsRepository::definitions().at(i).key);
    const auto valueIn = [&](const char *key) {
        for (const auto &pair : *all) {
            if (pair.first == QLatin1String(key))
                return pair.second;
        }
        return QStringLiteral("(missing)");
    };
    CHECK(valueIn("accountant.receipts_address") == QStringLiteral("uctovnik@example.sk"));
    CHECK(valueIn("pairing.correct_vs") == QStringLiteral("true"));
}

TEST_CASE("Settings refuse unknown keys and values of the wrong kind", "[ledger][settings]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    SettingsRepository settings(*ledger);
    CHECK(settings.setValue(QStringLiteral("pairing.nonsense"), QStringLiteral("true"))
              .error()
              .contains(QStringLiteral("pairing.nonsense")));
    CHECK_FALSE(settings.value(QStringLiteral("pairing.nonsense")));
    CHECK_FALSE(settings.setValue(QStringLiteral("pairing.correct_vs"), QStringLiteral("yes")));
    CHECK(settings.setValue(QStringLiteral("pairing.payment_date"), QStringLiteral("today"))
              .error()
              .contains(QStringLiteral("line|statement")));
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM settings")).toInt() == 0);
    CHECK(AuditLog(*ledger).latest(10)->isEmpty());
}

TEST_CASE("A changed setting is audited with the value before and after",
          "[ledger][settings][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    ledger->setUser(QStringLiteral("jana"));
    SettingsRepository settings(*ledger);
    REQUIRE(settings.setValue(QStringLiteral("pairing.payment_date"), QStringLiteral("statement")));
    const Result<QList<AuditEntry>> entries
        = AuditLog(*ledger).entriesFor(QStringLiteral("setting"), 0);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->at(0).entityId == 0);
    CHECK(entries->at(0).user == QStringLiteral("jana"));
    CHECK(entries->at(0).before.value(QStringLiteral("pairing.payment_date")).toString()
          == QStringLiteral("line"));
    CHECK(entries->at(0).after.value(QStringLiteral("pairing.payment_date")).toString()
          == QStringLiteral("statement"));
}
