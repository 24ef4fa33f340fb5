// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "clirunner.h"
#include "ledger/ledger.h"

#include <QDir>
#include <QFileInfo>

using namespace CliTest;

TEST_CASE("init creates the ledger, then finds it up to date", "[cli][init]")
{
    const QString path = freshLedgerPath();
    const CliRun created = runCli(path, { QStringLiteral("init") });
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Created the ledger")));
    CHECK(created.out.contains(
        QStringLiteral("schema version %1").arg(Saldo::Ledger::currentSchemaVersion())));
    CHECK(created.err.isEmpty());
    REQUIRE(QFileInfo::exists(path));
    // The CLI closed the ledger: the WAL is folded into the file and gone.
    const LedgerFiles afterInit = ledgerFiles(path);
    CHECK_FALSE(afterInit.wal);
    CHECK_FALSE(afterInit.shm);

    const CliRun again = runCli(path, { QStringLiteral("init") });
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("up to date")));
    CHECK(ledgerFiles(path) == afterInit);
    CHECK(QDir(QFileInfo(path).absolutePath())
              .entryList({ QFileInfo(path).fileName() + QStringLiteral(".bak*") })
              .isEmpty());

    const Saldo::Result<std::unique_ptr<Saldo::Ledger>> opened = Saldo::Ledger::open(path);
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == Saldo::Ledger::currentSchemaVersion());
}

TEST_CASE("init makes a ledger of an empty file", "[cli][init]")
{
    const QString path = writeFile(QStringLiteral("empty.saldo"), QByteArray());
    const CliRun init = runCli(path, { QStringLiteral("init") });
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created the ledger")));
    CHECK(runCli(path, { QStringLiteral("account"), QStringLiteral("list") }).exitCode == 0);
}

TEST_CASE("init refuses a file that is not a ledger", "[cli][init]")
{
    const QString path
        = writeFile(QStringLiteral("notes.txt"), "not a ledger at all, only some text\n");
    const CliRun init = runCli(path, { QStringLiteral("init") });
    CHECK(init.exitCode == 1);
    CHECK(init.err.startsWith(QStringLiteral("saldo-cli: ")));
    CHECK(init.err.contains(QStringLiteral("not a Saldo ledger")));
}

TEST_CASE("Commands other than init need an existing ledger", "[cli][init]")
{
    const QString path = freshLedgerPath();
    for (const QStringList &command :
         { QStringList { QStringLiteral("account"), QStringLiteral("list") },
           QStringList { QStringLiteral("invoices"), QStringLiteral("list") } }) {
        const CliRun run = runCli(path, command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("no ledger at %1").arg(path)));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Bad usage exits with 2", "[cli][usage]")
{
    const QString path = freshLedgerPath();
    CHECK(runCliRaw({}).exitCode == 2);
    CHECK(runCli(path, { QStringLiteral("frobnicate") }).exitCode == 2);
    CHECK(runCli(path, { QStringLiteral("init"), QStringLiteral("extra") }).exitCode == 2);
    CHECK(runCli(path, { QStringLiteral("init"), QStringLiteral("--force") }).exitCode == 2);
    CHECK(runCliRaw({ QStringLiteral("--ledger") }).exitCode == 2);
    CHECK(runCliRaw({ QStringLiteral("--colour"), QStringLiteral("init") }).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(path));

    const CliRun help = runCliRaw({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char *usage : { "init", "account add", "account list", "invoices import",
                               "invoices list", "statement read" })
        CHECK(help.err.contains(QLatin1String(usage)));
}

TEST_CASE("init upgrades a ledger of an older schema and keeps a backup", "[cli][init]")
{
    const QList<Saldo::Migration> &all = Saldo::standardMigrations();
    if (all.size() < 2) {
        WARN("skipped: there is only one schema version");
        return;
    }
    const QString path = freshLedgerPath();
    {
        // The ledger as the previous Saldo left it.
        const Saldo::Result<std::unique_ptr<Saldo::Ledger>> old = Saldo::Ledger::open(
            path, Saldo::Ledger::OpenMode::CreateOrUpgrade, all.mid(0, all.size() - 1));
        REQUIRE(old);
    }
    const QByteArray oldBytes = ledgerFiles(path).main;

    const CliRun init = runCli(path, { QStringLiteral("init") });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Upgraded the ledger")));
    const QStringList backups
        = QDir(QFileInfo(path).absolutePath())
              .entryList({ QFileInfo(path).fileName() + QStringLiteral(".bak-v*") });
    REQUIRE(backups.size() == 1);
    CHECK(init.out.contains(backups.constFirst()));
    CHECK(backups.constFirst().startsWith(QFileInfo(path).fileName()
                                          + QStringLiteral(".bak-v%1-").arg(all.size() - 1)));
    const QString backup = QFileInfo(path).absoluteDir().filePath(backups.constFirst());
    CHECK(ledgerFiles(backup).main == oldBytes);

    const Saldo::Result<std::unique_ptr<Saldo::Ledger>> opened = Saldo::Ledger::open(path);
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == Saldo::Ledger::currentSchemaVersion());
}
