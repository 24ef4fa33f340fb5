// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include "ledger/ledgerbackup.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "ledger/writebehind.h"
#include "util/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

#include <sqlite3.h>

namespace Saldo {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return QStringLiteral("saldo-ledger-%1").arg(++counter);
}

// Reads the single value a PRAGMA returns.
Result<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next())
        return SqlUtil::queryError(query, QStringLiteral("PRAGMA %1").arg(pragma));
    return query.value(0);
}

} // namespace

Ledger::Ledger(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName())
    , m_thread(QThread::currentThread())
{ }

Ledger::~Ledger()
{
    Q_ASSERT_X(m_transactionDepth == 0, "Ledger", "destroyed inside a transaction");
    if (m_backgroundCheckpoint.joinable())
        m_backgroundCheckpoint.join();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Ledger::currentSchemaVersion()
{
    return standardMigrations().constLast().version;
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, OpenMode mode,
                                             const QList<Migration> &migrations)
{
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return Error { Tr::tr("cannot open the ledger: the Qt SQLite driver (QSQLITE) is not "
                              "installed") };
    const QFileInfo info(path);
    if (info.isDir())
        return Error { Tr::tr("%1 is a folder, not a ledger file").arg(path) };
    const bool exists = info.exists();
    if (!exists) {
        if (mode == OpenMode::Existing)
            return Error { Tr::tr("no ledger at %1").arg(path) };
        if (!QDir().mkpath(info.absolutePath()))
            return Error { Tr::tr("cannot create the folder %1").arg(info.absolutePath()) };
    }

    std::unique_ptr<Ledger> ledger(new Ledger(path));
    ledger->m_db = QSqlDatabase::addDatabase(kDriver, ledger->m_connectionName);
    ledger->m_db.setDatabaseName(path);
    // Another process (the GUI, a second saldo-cli) may hold the write lock for a moment.
    ledger->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!ledger->m_db.open())
        return Error {
            Tr::tr("cannot open the ledger %1: %2").arg(path, ledger->m_db.lastError().text())
        };
    const int target = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (Status s = ledger->configure(!exists || info.size() == 0, target); !s)
        return Error { s.error() };
    if (Status s = ledger->runMigrations(migrations); !s)
        return Error { s.error() };
    return ledger;
}

Status Ledger::configure(bool newFile, int targetVersion)
{
    // Switching to WAL rewrites the file header, so a file that is not ours must be refused
    // before: another application's database stays as it was.
    if (Status s = checkIsOurs(targetVersion); !s)
        return s;
    if (Status s = SqlUtil::execStatement(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    // A new file gets 16 KB pages (SQLite's default is 4 KB): a quarter of the reads and writes
    // for the bulk work a ledger sees (loading a million invoices, storing and copying a big
    // import: 200,000 camt lines 6.1-6.6 s -> 4.7-6.0 s, docs/performance.md). Only possible
    // before the file is written; existing ledgers keep theirs.
    if (newFile) {
        if (Status s = SqlUtil::execStatement(
                m_db, QStringLiteral("PRAGMA page_size = %1").arg(kNewLedgerPageSize));
            !s)
            return s;
    }
    // WAL is a property of the file. Setting it again on a WAL file writes nothing, but ask
    // first so that opening a current ledger provably leaves the file as it was.
    const Result<QVariant> journal = pragmaValue(m_db, QStringLiteral("journal_mode"));
    if (!journal)
        return Error { journal.error() };
    if (journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 || newFile) {
        const Result<QVariant> set = pragmaValue(m_db, QStringLiteral("journal_mode = WAL"));
        if (!set)
            return Error { set.error() };
        if (set->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error { Tr::tr("ledger %1: the file system does not allow SQLite's WAL journal "
                                  "(journal mode is %2)")
                               .arg(m_path, set->toString()) };
    }
    // NORMAL is durable across application crashes in WAL mode; the cache keeps the indexes of
    // a million invoices in memory during bulk imports.
    for (const QString &pragma : { QStringLiteral("PRAGMA synchronous = NORMAL"),
                                   QStringLiteral("PRAGMA cache_size = -65536") }) {
        if (Status s = SqlUtil::execStatement(m_db, pragma); !s)
            return s;
    }
    return {};
}

Status Ledger::checkIsOurs(int targetVersion) const
{
    // The first read fails for a file that is not an SQLite database.
    const Result<int> version = readSchemaVersion();
    if (!version)
        return Error { Tr::tr("%1 is not a Saldo ledger: %2").arg(m_path, version.error()) };
    if (*version > targetVersion)
        return Error { Tr::tr("the ledger %1 has schema version %2, which this version of Saldo "
                              "does not know (it knows up to %3): use a newer Saldo")
                           .arg(m_path)
                           .arg(*version)
                           .arg(targetVersion) };
    if (*version == 0) {
        const Result<bool> tables = hasTables();
        if (!tables)
            return Error { tables.error() };
        if (*tables)
            return Error { Tr::tr("%1 is not a Saldo ledger (an SQLite database with other tables)")
                               .arg(m_path) };
    }
    return {};
}

Result<int> Ledger::readSchemaVersion() const
{
    const Result<QVariant> value = pragmaValue(m_db, QStringLiteral("user_version"));
    if (!value)
        return Error { value.error() };
    return value->toInt();
}

Result<bool> Ledger::hasTables() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"))
        || !query.next())
        return SqlUtil::queryError(query, QStringLiteral("sqlite_master"));
    return query.value(0).toInt() > 0;
}

Status Ledger::runMigrations(const QList<Migration> &migrations)
{
    for (qsizetype i = 0; i < migrations.size(); ++i)
        Q_ASSERT_X(migrations.at(i).version == i + 1, "Ledger",
                   "migrations must be numbered 1, 2, 3 ...");
    const int target = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const Result<int> found = readSchemaVersion();
    if (!found)
        return Error { found.error() };
    m_schemaVersion = *found; // checkIsOurs() refused versions above the target
    if (m_schemaVersion == target)
        return {};
    if (m_schemaVersion > 0) {
        // An existing ledger is about to change: keep a copy of it as it is.
        if (Status s = checkpoint(); !s)
            return s;
        const Result<QString> backup = LedgerBackup::write(m_path, m_schemaVersion);
        if (!backup)
            return Error { backup.error() };
        m_backupPath = *backup;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        const auto failed = [&](const QString &why) {
            return Error { Tr::tr("cannot upgrade the ledger %1 to schema version %2 (%3): %4")
                               .arg(m_path)
                               .arg(migration.version)
                               .arg(migration.summary, why) };
        };
        TransactionGuard guard(*this);
        if (!guard.status())
            return failed(guard.status().error());
        for (const QString &sql : migration.statements) {
            if (Status s = SqlUtil::execStatement(m_db, sql); !s)
                return failed(s.error());
        }
        if (Status s = SqlUtil::execStatement(
                m_db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !s)
            return failed(s.error());
        if (Status s = guard.commit(); !s)
            return failed(s.error());
        m_schemaVersion = migration.version;
    }
    return {};
}

Status Ledger::checkpoint()
{
    if (m_backgroundCheckpoint.joinable()) // its lock would make this one fail
        m_backgroundCheckpoint.join();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return SqlUtil::queryError(query, QStringLiteral("checkpoint"));
    if (query.value(0).toInt() != 0)
        return Error {
            Tr::tr("ledger %1: cannot checkpoint, another connection is writing").arg(m_path)
        };
    return {};
}

void Ledger::checkpointInBackground()
{
    if (m_backgroundCheckpoint.joinable())
        m_backgroundCheckpoint.join();
    m_backgroundCheckpoint = std::thread([path = m_path.toUtf8()] {
        // Passive: it waits for no reader or writer and copies what it can; the ledger's own
        // connection stays usable meanwhile. Failures are left to the checkpoint SQLite runs
        // when the last connection closes.
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 5000);
            // A fresh connection learns that the file is in WAL mode from its first read.
            sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
            // The main file's pages go to disk while the rest are copied, not all at the end.
            const WriteBehind mainFileWriteBehind(path);
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close(db);
    });
}

} // namespace Saldo
