// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace Saldo {

/// The copy of a ledger file taken before a migration changes it: next to the ledger, named
/// after the schema version it holds and the time (UTC) it was taken:
/// "ledger.saldo.bak-v1-20261123T101500" (a "-2", "-3" ... suffix when that name is taken).
/// The caller checkpoints the WAL first so the main file is the whole ledger.
class LedgerBackup
{
public:
    /// The name a backup of `ledgerPath` at `schemaVersion` taken at `when` gets.
    static QString backupName(const QString &ledgerPath, int schemaVersion, const QDateTime &when);

    /// Copies `ledgerPath` to a fresh backup name and returns that path. Thread-safe (touches only
    /// files).
    static Result<QString> write(const QString &ledgerPath, int schemaVersion,
                                 const QDateTime &when = QDateTime::currentDateTimeUtc());
};

} // namespace Saldo
