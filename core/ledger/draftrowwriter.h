// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrepository.h"
#include "ledger/importrow.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

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

    /// The rows to write, in line order, as they become final.
    using Source = ImportRepository::RowSource;

    /// What the rows written refer to outside the import, as they were written: for the check
    /// that none of it went meanwhile (ImportRepository::checkReferences).
    struct References
    {
        std::vector<qint64> counterparties;
        std::vector<qint64> invoices;
        qsizetype rows = 0; ///< the rows written
    };

    DraftRowWriter(const QSqlDatabase &db, qint64 importId);

    /// Inserts the rows and their allocations, sets each row's lineId and fills `references`.
    Status write(const Source &rows, const Progress &progress, References &references);

private:
    QSqlDatabase m_db;
    qint64 m_importId;
};

} // namespace Saldo
