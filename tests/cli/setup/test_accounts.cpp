// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "clirunner.h"
#include "ledger/auditlog.h"
#include "ledger/ledger.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace CliTest;

namespace {

const QString kSk = QStringLiteral("SK2411000000002612345678");
const QString kCz = QStringLiteral("CZ6508000000192000145399");

CliRun accountAdd(const QString &ledger, const QStringList &options)
{
    return runCli(ledger,
                  QStringList { QStringLiteral("account"), QStringLiteral("add") } + options);
}

} // namespace

TEST_CASE("account add stores own accounts that account list shows", "[cli][account]")
{
    const QString ledger = initLedger();
    const CliRun sk
        = accountAdd(ledger,
                     { QStringLiteral("--iban"), QStringLiteral("SK24 1100 0000 0026 1234 5678"),
                       QStringLiteral("--name"), QStringLiteral("Bežný účet") });
    INFO(sk.err.toStdString());
    REQUIRE(sk.exitCode == 0);
    CHECK(sk.out.contains(QStringLiteral("SK24 1100 0000 0026 1234 5678")));
    const CliRun cz = accountAdd(ledger,
                                 { QStringLiteral("--iban=") + kCz, QStringLiteral("--name"),
                                   QStringLiteral("Účet CZK"), QStringLiteral("--currency"),
                                   QStringLiteral("CZK") });
    REQUIRE(cz.exitCode == 0);

    const CliRun list = runCli(
        ledger, { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray accounts = list.json().array();
    REQUIRE(accounts.size() == 2);
    CHECK(accounts.at(0).toObject().value(QStringLiteral("iban")).toString() == kSk);
    CHECK(accounts.at(0).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Bežný účet"));
    CHECK(accounts.at(0).toObject().value(QStringLiteral("currency")).toString()
          == QStringLiteral("EUR"));
    CHECK(accounts.at(0).toObject().value(QStringLiteral("allowed")).toBool());
    CHECK(accounts.at(1).toObject().value(QStringLiteral("iban")).toString() == kCz);
    CHECK(accounts.at(1).toObject().value(QStringLiteral("currency")).toString()
          == QStringLiteral("CZK"));

    const CliRun table = runCli(ledger, { QStringLiteral("account"), QStringLiteral("list") });
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Účet CZK")));
    CHECK(table.out.count(QLatin1Char('\n')) == 2);

    // --user goes into the audit log.
    const Saldo::Result<std::unique_ptr<Saldo::Ledger>> opened = Saldo::Ledger::open(ledger);
    REQUIRE(opened);
    const Saldo::Result<QList<Saldo::AuditEntry>> entries = Saldo::AuditLog(**opened).latest(10);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).user == QStringLiteral("tester"));
    CHECK(entries->at(0).entity == QStringLiteral("own_account"));
}

TEST_CASE("account add refuses what is wrong and changes nothing", "[cli][account]")
{
    const QString ledger = initLedger();
    REQUIRE(accountAdd(
                ledger,
                { QStringLiteral("--iban"), kSk, QStringLiteral("--name"), QStringLiteral("Main") })
                .exitCode
            == 0);
    const LedgerFiles before = ledgerFiles(ledger);

    SECTION("a bad IBAN exits 1")
    {
        const CliRun run
            = accountAdd(ledger,
                         { QStringLiteral("--iban"), QStringLiteral("SK2411000000002612345679"),
                           QStringLiteral("--name"), QStringLiteral("Typo") });
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("--iban")));
        CHECK(run.out.isEmpty());
    }
    SECTION("an IBAN of an unknown country exits 1")
    {
        CHECK(accountAdd(ledger,
                         { QStringLiteral("--iban"), QStringLiteral("XX00123"),
                           QStringLiteral("--name"), QStringLiteral("x") })
                  .exitCode
              == 1);
    }
    SECTION("an unknown currency exits 1")
    {
        const CliRun run = accountAdd(ledger,
                                      { QStringLiteral("--iban"), kCz, QStringLiteral("--name"),
                                        QStringLiteral("x"), QStringLiteral("--currency"),
                                        QStringLiteral("EURO") });
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("--currency")));
    }
    SECTION("an empty name exits 1")
    {
        CHECK(accountAdd(
                  ledger,
                  { QStringLiteral("--iban"), kCz, QStringLiteral("--name"), QStringLiteral("  ") })
                  .exitCode
              == 1);
    }
    SECTION("an IBAN that is already an account exits 1")
    {
        const CliRun run = accountAdd(
            ledger,
            { QStringLiteral("--iban"), kSk, QStringLiteral("--name"), QStringLiteral("Again") });
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("already exists")));
    }
    SECTION("usage errors exit 2")
    {
        for (const QStringList &options :
             { QStringList { QStringLiteral("--iban"), kCz },
               QStringList { QStringLiteral("--name"), QStringLiteral("x") }, QStringList {},
               QStringList { QStringLiteral("--iban"), kCz, QStringLiteral("--name") },
               QStringList { QStringLiteral("--iban"), kCz, QStringLiteral("--name"),
                             QStringLiteral("x"), QStringLiteral("--colour"),
                             QStringLiteral("red") },
               QStringList { QStringLiteral("--iban"), kCz, QStringLiteral("--name"),
                             QStringLiteral("x"), QStringLiteral("extra") } }) {
            INFO(options.join(QLatin1Char(' ')).toStdString());
            const CliRun run = accountAdd(ledger, options);
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QStringLiteral("usage: saldo-cli account add")));
        }
    }
    CHECK(ledgerFiles(ledger) == before);
    const CliRun list = runCli(
        ledger, { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(list.json().array().size() == 1);
}
