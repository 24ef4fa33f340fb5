// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace CliTest {

/// What one saldo-cli invocation gave.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    /// stdout as JSON (fails the test case when it is not JSON).
    QJsonDocument json() const;
};

/// Runs saldo-cli in-process (Saldo::Cli::run) with `--ledger ledgerPath --user tester` before
/// `arguments`.
CliRun runCli(const QString &ledgerPath, const QStringList &arguments);
/// Runs saldo-cli with exactly these arguments (no global options added).
CliRun runCliRaw(const QStringList &arguments);

/// A path for a new ledger in the test binary's temporary folder (fresh on every call).
QString freshLedgerPath();
/// A new ledger made with `saldo-cli init` (fails the test case otherwise).
QString initLedger();
/// Writes `content` to a file `name` in the temporary folder; returns its path.
QString writeFile(const QString &name, const QByteArray &content);

/// The ledger as files: the main file's bytes and whether a WAL or shared-memory file is left
/// beside it. Taken after saldo-cli returned, i.e. after it closed the ledger.
struct LedgerFiles
{
    QByteArray main;
    bool wal = false;
    bool shm = false;
    friend bool operator==(const LedgerFiles &a, const LedgerFiles &b)
    {
        return a.main == b.main && a.wal == b.wal && a.shm == b.shm;
    }
};
LedgerFiles ledgerFiles(const QString &ledgerPath);

} // namespace CliTest
