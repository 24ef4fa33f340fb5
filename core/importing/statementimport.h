// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementformat.h"
#include "ledger/importrow.h"
#include "money/iban.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Saldo {

class Ledger;

struct StatementImportOptions
{
    /// The own account the statement is imported into (must be in the ledger).
    Iban account;
    /// Drop card/POS/ATM lines before pairing ("Ignore POS payments"); their line numbers stay
    /// unused.
    bool ignorePos = false;
    /// Auto = detect.
    StatementFormat format = StatementFormat::Auto;
    /// CSV only: the bank profile; empty = detect from the header.
    QString csvProfile;
    /// The file's name in messages and in the ledger; empty = the path as given.
    QString fileName;
};

/// What the pipeline is doing, for a progress bar.
enum class ImportStage { Reading, LoadingLedger, Pairing, Storing };

/// `done` of `total` lines of the stage (`total` 0 while unknown). Called on the thread that
/// runs the import.
using ImportProgress = std::function<void(ImportStage stage, qint64 done, qint64 total)>;

struct StatementImportResult
{
    qint64 importId = 0;
    StatementFormat format = StatementFormat::Auto;
    QList<ImportRow> rows; ///< in file order, as stored
    /// The reader's warnings, statements for another account, and continuity warnings (gaps,
    /// overlaps, balances that do not carry over).
    QStringList warnings;
};

/// The statement import pipeline: read the file (format detected), load the ledger's pairing
/// data, mark lines already stored as duplicates, pair the others, and store everything as one
/// draft import (ImportRepository::storeDraft, one transaction). The file is read and hashed on
/// QtConcurrent's global pool while the calling thread loads the ledger; then the rows read so
/// far are paired on a thread of their own (PairingPipeline, which uses the pool too) and the
/// calling thread stores the rows already paired, while the reading goes on (a long camt or
/// CSV statement comes in parts). Progress reports "reading", "loading the ledger", then
/// "pairing" (its total 0 until the file is read) until the last line is paired, then
/// "storing".
///
/// Threads: runs on the thread that opened `ledger`, blocking it. The GUI runs it on a worker
/// thread with a Ledger opened there (Ledger::open on the same path), watches `progress` and
/// sets `cancel` to stop: a canceled import stores nothing and returns an Error.
class StatementImport
{
public:
    static Result<StatementImportResult> run(Ledger &ledger, const QString &path,
                                             const StatementImportOptions &options,
                                             const ImportProgress &progress = {},
                                             const std::atomic_bool *cancel = nullptr);
};

} // namespace Saldo
