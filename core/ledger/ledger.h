// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/migration.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <thread>

class QThread;

namespace Saldo {

/// The ledger file: one SQLite database (WAL journal, foreign keys on) opened through QtSql.
/// A Ledger owns one connection under a name unique to the instance. The repositories
/// (AccountRepository, InvoiceRepository ...) take a Ledger& and must not outlive it; they are
/// the only code that writes SQL, so the UI and the CLI never do.
///
/// Threads: a connection belongs to the thread that opened it (Qt 6.4). A Ledger, its
/// repositories and its queries are used only on the thread that called open(); background
/// work opens its own Ledger on the same path.
class Ledger
{
public:
    enum class OpenMode {
        /// Creates the file (and its folder) when missing, then brings the schema up to date:
        /// what `saldo-cli init` does.
        CreateOrUpgrade,
        /// The file must exist (an Error otherwise, nothing is created); an out-of-date schema is
        /// upgraded.
        Existing,
    };

    /// Opens the ledger at `path` and runs the pending `migrations` in order. Before a migration
    /// changes an existing ledger, a copy of the file is written next to it
    /// ("ledger.saldo.bak-v1-20261123T101500"); see backupPath(). Opening a ledger whose schema
    /// is already current writes nothing to the file. A file written by a newer Saldo (higher
    /// schema version) or that is not a Saldo ledger is refused and left as it was.
    static Result<std::unique_ptr<Ledger>>
    open(const QString &path, OpenMode mode = OpenMode::Existing,
         const QList<Migration> &migrations = standardMigrations());

    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    /// The schema version this build of Saldo reads and writes.
    static int currentSchemaVersion();
    /// The page size of a ledger file open() creates (bytes).
    static constexpr int kNewLedgerPageSize = 16384;

    const QString &path() const { return m_path; }
    /// The connection, for repositories. Same thread only.
    QSqlDatabase database() const { return m_db; }
    /// The file's schema version (PRAGMA user_version) after open().
    int schemaVersion() const { return m_schemaVersion; }
    /// The backup written by open() before migrating, or empty when none was needed.
    const QString &backupPath() const { return m_backupPath; }

    /// Who makes the changes: written into the audit log. Defaults to "unknown".
    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    /// Copies everything committed from the WAL into the main file and truncates the WAL, so the
    /// main file alone is the whole ledger (before a file copy or a hash).
    Status checkpoint();

    /// Copies what the WAL holds into the main file on a thread of its own (a second connection,
    /// a passive checkpoint) while the caller goes on. After a big commit (a statement import
    /// of 200,000 lines writes some 300 MB of WAL) the copy and its sync take about a second,
    /// which SQLite would otherwise spend inside the COMMIT. The commit is durable before it
    /// (WAL with synchronous=NORMAL); if the copy fails, closing the last connection does it.
    /// A second call, and the destructor, wait for the one before.
    void checkpointInBackground();

    /// The thread that opened the ledger; repositories assert that they run on it.
    QThread *thread() const { return m_thread; }

private:
    friend class TransactionGuard;

    explicit Ledger(QString path);
    Status configure(bool newFile, int targetVersion);
    /// Refuses a file that is not a Saldo ledger or is of a newer schema; reads only.
    Status checkIsOurs(int targetVersion) const;
    Status runMigrations(const QList<Migration> &migrations);
    Result<int> readSchemaVersion() const;
    Result<bool> hasTables() const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    QString m_backupPath;
    QString m_user = QStringLiteral("unknown");
    int m_transactionDepth = 0; ///< open TransactionGuards (nesting uses savepoints)
    std::thread m_backgroundCheckpoint; ///< checkpointInBackground()'s copy, joined before close
};

} // namespace Saldo
