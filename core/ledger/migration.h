// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Saldo {

/// One step of the ledger schema. Steps run in order of `version` (1, 2, 3 ... without gaps);
/// after a step ran, the file's `PRAGMA user_version` is `version`. Each step runs in its own
/// transaction together with the version update, so a step either happens completely or not at
/// all. Published steps are never edited: a change to the schema is a new step.
struct Migration
{
    int version = 0;
    QString summary; ///< one line for logs and the backup's reason
    QStringList statements; ///< SQL, run in order
};

/// The steps of this version of Saldo, in order. The last one's version is the schema version
/// the code reads and writes.
const QList<Migration> &standardMigrations();

} // namespace Saldo
