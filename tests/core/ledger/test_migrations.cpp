// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/ledgerbackup.h"
#include "ledgertestsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Saldo;
using namespace LedgerTest;

namespace {

// The schema as a later Saldo would have it: the published steps plus one more.
QList<Migration> withNextStep(const QStringList &statements)
{
    QList<Migration> migrations = standardMigrations();
    migrations.append({ int(migrations.size()) + 1, QStringLiteral("invoice notes"), statements });
    return migrations;
}

QList<Migration> withNotes()
{
    return withNextStep(
        { QStringLiteral("ALTER TABLE invoices ADD COLUMN note TEXT NOT NULL DEFAULT ''") });
}

std::unique_ptr<Ledger> open(const QString &path, const QList<Migration> &migrations)
{
    Result<std::unique_ptr<Ledger>> opened
        = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade, migrations);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    return std::move(opened).value();
}

// Reads a value from a SQLite file without Saldo (the backup is a plain copy).
QVariant scalarInFile(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("backup-reader");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST_CASE("A newer migration backs the existing ledger up first", "[ledger][migration]")
{
    const QString path = freshLedgerPath();
    const int published = Ledger::currentSchemaVersion();
    {
        const std::unique_ptr<Ledger> ledger = open(path, standardMigrations());
        addCounterparty(*ledger, QStringLiteral("Tatra Stav s.r.o."),
                        { QStringLiteral("SK2411000000002612345678") });
        CHECK(ledger->backupPath().isEmpty());
    }

    const std::unique_ptr<Ledger> upgraded = open(path, withNotes());
    CHECK(upgraded->schemaVersion() == published + 1);
    CHECK(scalar(*upgraded, QStringLiteral("PRAGMA user_version")).toInt() == published + 1);
    CHECK(scalar(*upgraded, QStringLiteral("SELECT count(*) FROM counterparties")).toInt() == 1);
    CHECK(scalar(*upgraded,
                 QStringLiteral(
                     "SELECT count(*) FROM pragma_table_info('invoices') WHERE name = 'note'"))
              .toInt()
          == 1);

    const QString backup = upgraded->backupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo::exists(backup));
    CHECK(QRegularExpression(QRegularExpression::escape(path)
                             + QStringLiteral("\\.bak-v%1-\\d{8}T\\d{6}$").arg(published))
              .match(backup)
              .hasMatch());
    // The backup is the ledger as it was: the old version with everything that was committed,
    // including what still sat in the WAL.
    CHECK(scalarInFile(backup, QStringLiteral("PRAGMA user_version")).toInt() == published);
    CHECK(scalarInFile(backup, QStringLiteral("SELECT name FROM counterparties")).toString()
          == QStringLiteral("Tatra Stav s.r.o."));
    CHECK(
        scalarInFile(backup,
                     QStringLiteral(
                         "SELECT count(*) FROM pragma_table_info('invoices') WHERE name = 'note'"))
            .toInt()
        == 0);
}

TEST_CASE("A fresh file runs every migration without a backup", "[ledger][migration]")
{
    const QString path = freshLedgerPath();
    const std::unique_ptr<Ledger> ledger = open(path, withNotes());
    CHECK(ledger->schemaVersion() == Ledger::currentSchemaVersion() + 1);
    CHECK(ledger->backupPath().isEmpty());
}

TEST_CASE("A ledger of a newer Saldo is refused and left alone", "[ledger][migration]")
{
    const QString path = freshLedgerPath();
    open(path, withNotes());
    const QByteArray before = fileBytes(path);
    const Result<std::unique_ptr<Ledger>> opened = Ledger::open(path, Ledger::OpenMode::Existing);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().contains(QStringLiteral("newer Saldo")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A failing migration step changes nothing in the ledger", "[ledger][migration]")
{
    const QString path = freshLedgerPath();
    {
        const std::unique_ptr<Ledger> ledger = open(path, standardMigrations());
        addCounterparty(*ledger, QStringLiteral("Morava Obchod a.s."));
    }
    // The first statement succeeds, the second fails: the step's transaction undoes both.
    const QList<Migration> broken
        = withNextStep({ QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                         QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT") });
    const Result<std::unique_ptr<Ledger>> failed
        = Ledger::open(path, Ledger::OpenMode::Existing, broken);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains(
        QStringLiteral("schema version %1").arg(Ledger::currentSchemaVersion() + 1)));
    CHECK(failed.error().contains(QStringLiteral("invoice notes")));

    const std::unique_ptr<Ledger> ledger = open(path, standardMigrations());
    CHECK(ledger->schemaVersion() == Ledger::currentSchemaVersion());
    CHECK(scalar(*ledger,
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"))
              .toInt()
          == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT name FROM counterparties")).toString()
          == QStringLiteral("Morava Obchod a.s."));
}

TEST_CASE("Backups never overwrite each other", "[ledger][migration]")
{
    const QString path = freshLedgerPath();
    open(path, standardMigrations());
    const QDateTime when(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
    CHECK(LedgerBackup::backupName(path, 1, when)
          == path + QStringLiteral(".bak-v1-20261123T101500"));
    const Result<QString> first = LedgerBackup::write(path, 1, when);
    const Result<QString> second = LedgerBackup::write(path, 1, when);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == path + QStringLiteral(".bak-v1-20261123T101500"));
    CHECK(*second == path + QStringLiteral(".bak-v1-20261123T101500-2"));
    CHECK(fileBytes(*first) == fileBytes(path));
    CHECK(fileBytes(*second) == fileBytes(path));
}
