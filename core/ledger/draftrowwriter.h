// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace Saldo {

/// Writes the rows of a new draft import (statement_lines and allocations) with two prepared
/// statements of the sqlite3 C API on the ledger's connection (SqliteStatement: UTF-8 and no
/// QVariant per value). Internal to core/ledger, used by ImportRepository::storeDraft inside its
/// transaction.
///
/// Threads: the ledger's thread only.
class DraftRowWriter
{
public:
    /// Called every few thousand rows with the number stored so far; false cancels.
    using Progress = std::function<bool(qint64 done)>;
    /// ImportRepository::RowsReady: blocks until `wanted` rows are final, returns how many are.
    using RowsReady = std::function<qsizetype(qsizetype wanted)>;

    DraftRowWriter(const QSqlDatabase &db, qint64 importId);

    /// Inserts `rows` (in line order) and their allocations and sets each row's lineId. With
    /// `ready`, waits for each row to be final before writing it.
    Status write(QList<ImportRow> &rows, const Progress &progress, const RowsReady &ready = {});

private:
    QSqlDatabase m_db;
    qint64 m_importId;
};

} // namespace Saldo
