// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledgertestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Saldo;
using namespace LedgerTest;

namespace {

QStringList tableNames(const Ledger &ledger)
{
    QSqlQuery query(ledger.database());
    REQUIRE(query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace

TEST_CASE("A new ledger file gets the current schema, WAL and foreign keys", "[ledger][open]")
{
    const QString path = freshLedgerPath();
    REQUIRE_FALSE(QFileInfo::exists(path));
    const Result<std::unique_ptr<Ledger>> opened
        = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    const Ledger &ledger = **opened;

    CHECK(QFileInfo::exists(path));
    CHECK(ledger.path() == path);
    CHECK(Ledger::currentSchemaVersion() == standardMigrations().constLast().version);
    CHECK(ledger.schemaVersion() == Ledger::currentSchemaVersion());
    CHECK(scalar(ledger, QStringLiteral("PRAGMA user_version")).toInt()
          == Ledger::currentSchemaVersion());
    CHECK(scalar(ledger, QStringLiteral("PRAGMA journal_mode")).toString()
          == QStringLiteral("wal"));
    CHECK(scalar(ledger, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(ledger, QStringLiteral("PRAGMA page_size")).toInt() == 16384);
    // A fresh file has nothing worth keeping: no backup.
    CHECK(ledger.backupPath().isEmpty());
    CHECK(QDir(QFileInfo(path).absolutePath())
              .entryList({ QFileInfo(path).fileName() + QStringLiteral(".bak*") })
              .isEmpty());

    const QStringList tables = tableNames(ledger);
    for (const char *table :
         { "own_accounts", "counterparties", "counterparty_ibans", "invoices", "statement_imports",
           "statement_lines", "allocations", "users", "user_rights", "settings", "audit_log" })
        CHECK(tables.contains(QLatin1String(table)));
}

TEST_CASE("A ledger made with 4 KB pages keeps them and opens as any other", "[ledger][open]")
{
    // What Saldo made before new ledgers had 16 KB pages: SQLite's default of 4 KB.
    const QString path = freshLedgerPath();
    {
        const Result<std::unique_ptr<Ledger>> made
            = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
        REQUIRE(made);
        QSqlQuery query((*made)->database());
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size = 4096")));
        REQUIRE(query.exec(QStringLiteral("VACUUM")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    }
    const Result<std::unique_ptr<Ledger>> opened = Ledger::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    CHECK(scalar(**opened, QStringLiteral("PRAGMA page_size")).toInt() == 4096);
    CHECK(scalar(**opened, QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
}

TEST_CASE("The folder of a new ledger is created", "[ledger][open]")
{
    const QString path
        = QDir(SaldoTest::tempDir()).filePath(QStringLiteral("new/folder/books.saldo"));
    const Result<std::unique_ptr<Ledger>> opened
        = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("Opening an existing ledger needs the file", "[ledger][open]")
{
    const QString path = freshLedgerPath();
    const Result<std::unique_ptr<Ledger>> opened = Ledger::open(path, Ledger::OpenMode::Existing);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Opening a current ledger again leaves the file as it was", "[ledger][open]")
{
    const QString path = freshLedgerPath();
    Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    {
        const Result<std::unique_ptr<Ledger>> again
            = Ledger::open(path, Ledger::OpenMode::Existing);
        REQUIRE(again);
        CHECK((*again)->schemaVersion() == Ledger::currentSchemaVersion());
        CHECK((*again)->backupPath().isEmpty());
        // Reading through the connection must not change the file either.
        CHECK(scalar(**again, QStringLiteral("SELECT count(*) FROM invoices")).toInt() == 0);
    }
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Files that are not Saldo ledgers are refused and left alone", "[ledger][open]")
{
    SECTION("a folder")
    {
        const Result<std::unique_ptr<Ledger>> opened
            = Ledger::open(SaldoTest::tempDir(), Ledger::OpenMode::CreateOrUpgrade);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().contains(QStringLiteral("folder")));
    }
    SECTION("a text file")
    {
        const QString path = freshLedgerPath();
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("kind,number\nthis is no database, just text\n").repeated(20));
        file.close();
        const QByteArray before = fileBytes(path);
        const Result<std::unique_ptr<Ledger>> opened
            = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().contains(QStringLiteral("not a Saldo ledger")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("another application's SQLite database")
    {
        const QString path = freshLedgerPath();
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            REQUIRE(query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ján')")));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
        const QByteArray before = fileBytes(path);
        const Result<std::unique_ptr<Ledger>> opened
            = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().contains(QStringLiteral("other tables")));
        CHECK(fileBytes(path) == before);
    }
}

TEST_CASE("Two ledgers can be open at once, each on its own connection", "[ledger][open]")
{
    const std::unique_ptr<Ledger> first = freshLedger();
    const std::unique_ptr<Ledger> second = freshLedger();
    CHECK(first->database().connectionName() != second->database().connectionName());
    addCounterparty(*first, QStringLiteral("Only in the first"));
    CHECK(scalar(*first, QStringLiteral("SELECT count(*) FROM counterparties")).toInt() == 1);
    CHECK(scalar(*second, QStringLiteral("SELECT count(*) FROM counterparties")).toInt() == 0);
}

TEST_CASE("The user defaults to unknown and is settable", "[ledger][open]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    CHECK(ledger->user() == QStringLiteral("unknown"));
    ledger->setUser(QStringLiteral("jana"));
    CHECK(ledger->user() == QStringLiteral("jana"));
}
