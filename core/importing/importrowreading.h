// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementformat.h"
#include "importing/importrowstream.h"
#include "importing/statementimport.h"
#include "ledger/importrow.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Saldo {

/// The statement of rows [firstRow, endRow) as its end gave it, where it differs from what its
/// start said when the rows were made.
struct StatementRelabel
{
    qsizetype firstRow = 0, endRow = 0;
    QString statementId;
    QDate statementDate;
};

/// What readRows() gives besides the rows.
struct FileReading
{
    QList<ImportStatement> statements;
    QList<StatementRelabel> relabels;
    QStringList warnings;
    StatementFormat format = StatementFormat::Auto;
};

/// Reads the statement file at `path` into `rows` for StatementImport (on a pool thread while
/// the import's thread loads the ledger and then pairs and stores the rows): rows numbered
/// across the file's statements, fingerprinted, card lines dropped after numbering when
/// `options.ignorePos`; touches no ledger. `rows` is closed however the reading ends; the
/// reading stops when `stopped()` says so. The rows of a statement whose date only its end
/// gives are handed on at its end.
Result<FileReading> readRows(const QString &path, const StatementImportOptions &options,
                             ImportRowStream &rows, const std::function<bool()> &stopped);

/// "the import was canceled; nothing was stored".
Error importCanceledError();

} // namespace Saldo
