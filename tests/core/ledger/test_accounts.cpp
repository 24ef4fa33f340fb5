// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/accountrepository.h"
#include "ledger/auditlog.h"
#include "ledgertestsupport.h"

using namespace Saldo;
using namespace LedgerTest;

namespace {

OwnAccount account(const QString &ibanText, const QString &name,
                   const QString &currency = QStringLiteral("EUR"))
{
    OwnAccount result;
    result.iban = iban(ibanText);
    result.name = name;
    result.currency = *Currency::fromCode(currency);
    return result;
}

} // namespace

TEST_CASE("Own accounts are stored, listed in order and found by IBAN", "[ledger][accounts]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    AccountRepository accounts(*ledger);

    const Result<OwnAccount> current = accounts.add(
        account(QStringLiteral("SK24 1100 0000 0026 1234 5678"), QStringLiteral("  Bežný účet  ")));
    INFO(current.error().toStdString());
    REQUIRE(current);
    CHECK(current->id > 0);
    CHECK(current->name == QStringLiteral("Bežný účet"));
    const Result<OwnAccount> czk
        = accounts.add(account(QStringLiteral("CZ6508000000192000145399"),
                               QStringLiteral("Účet CZK"), QStringLiteral("CZK")));
    REQUIRE(czk);

    const Result<QList<OwnAccount>> all = accounts.all();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).iban.toString() == QStringLiteral("SK2411000000002612345678"));
    CHECK(all->at(0).currency.code() == QStringLiteral("EUR"));
    CHECK(all->at(0).allowed);
    CHECK_FALSE(all->at(0).linkActivationDate.isValid());
    CHECK(all->at(1).name == QStringLiteral("Účet CZK"));
    CHECK(all->at(1).currency.code() == QStringLiteral("CZK"));

    const Result<std::optional<OwnAccount>> found
        = accounts.byIban(iban(QStringLiteral("CZ6508000000192000145399")));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(found->value().id == czk->id);
    const Result<std::optional<OwnAccount>> missing
        = accounts.byIban(iban(QStringLiteral("NO9386011117947")));
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("Faulty own accounts are refused with the reason", "[ledger][accounts]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    AccountRepository accounts(*ledger);
    REQUIRE(
        accounts.add(account(QStringLiteral("SK2411000000002612345678"), QStringLiteral("Main"))));

    const Result<OwnAccount> twice = accounts.add(
        account(QStringLiteral("SK2411000000002612345678"), QStringLiteral("Again")));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("already exists")));
    CHECK(twice.error().contains(QStringLiteral("Main")));

    OwnAccount noIban = account(QStringLiteral("CZ6508000000192000145399"), QStringLiteral("x"));
    noIban.iban = Iban();
    CHECK(accounts.add(noIban).error().contains(QStringLiteral("IBAN")));
    CHECK(accounts.add(account(QStringLiteral("CZ6508000000192000145399"), QStringLiteral("   ")))
              .error()
              .contains(QStringLiteral("name")));
    OwnAccount noCurrency
        = account(QStringLiteral("CZ6508000000192000145399"), QStringLiteral("x"));
    noCurrency.currency = Currency();
    CHECK(accounts.add(noCurrency).error().contains(QStringLiteral("currency")));

    CHECK(accounts.all()->size() == 1);
}

TEST_CASE("Own accounts can leave the allowed list and get a link date", "[ledger][accounts]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    AccountRepository accounts(*ledger);
    const Result<OwnAccount> added
        = accounts.add(account(QStringLiteral("SK2411000000002612345678"), QStringLiteral("Main")));
    REQUIRE(added);

    REQUIRE(accounts.setAllowed(added->id, false));
    REQUIRE(accounts.setLinkActivationDate(added->id, QDate(2026, 2, 1)));
    OwnAccount stored = accounts.all()->constFirst();
    CHECK_FALSE(stored.allowed);
    CHECK(stored.linkActivationDate == QDate(2026, 2, 1));

    REQUIRE(accounts.setAllowed(added->id, true));
    REQUIRE(accounts.setLinkActivationDate(added->id, QDate()));
    stored = accounts.all()->constFirst();
    CHECK(stored.allowed);
    CHECK_FALSE(stored.linkActivationDate.isValid());

    CHECK_FALSE(accounts.setAllowed(added->id + 100, false));
}

TEST_CASE("Adding an own account is written to the audit log", "[ledger][accounts][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    ledger->setUser(QStringLiteral("eva"));
    const Result<OwnAccount> added = AccountRepository(*ledger).add(
        account(QStringLiteral("SK2411000000002612345678"), QStringLiteral("Main")));
    REQUIRE(added);
    const Result<QList<AuditEntry>> entries
        = AuditLog(*ledger).entriesFor(QStringLiteral("own_account"), added->id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->at(0).user == QStringLiteral("eva"));
    CHECK(entries->at(0).action == QStringLiteral("create"));
    CHECK(entries->at(0).before.isEmpty());
    CHECK(entries->at(0).after.value(QStringLiteral("iban")).toString()
          == QStringLiteral("SK2411000000002612345678"));
    CHECK(entries->at(0).after.value(QStringLiteral("currency")).toString()
          == QStringLiteral("EUR"));
}
