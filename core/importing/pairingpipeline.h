// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/importrowstream.h"
#include "ledger/importrepository.h"
#include "pairing/linepairing.h"
#include "pairing/pairingindex.h"
#include "pairing/pairingoptions.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace Saldo {

/// Pairs the rows of an import in parts, in file order, on a thread of its own (each part on
/// all cores, as pairLines()) while the file is still read into `rows` and the import's thread
/// stores the rows already final (ImportRepository::storeDraft with waitForRows()): storing
/// runs on one core, so the reading and pairing of the later parts cost it little wall time.
/// The rows come out as pairLines() + reconcileBatch() + applyPairing() over the whole import
/// would make them.
///
/// A row whose fingerprint is in `stored` is marked as a duplicate of that earlier line; such
/// rows, and rows marked before, are final as they come and not paired. The index is freed by
/// the pairing thread once the last part is paired. The rows are only touched once `rows`
/// counts them.
class PairingPipeline
{
public:
    /// Lines per part: small enough that storing starts soon and waits little for the last
    /// part, large enough to keep all cores busy within a part.
    static constexpr qsizetype kPartLines = 8192;

    PairingPipeline(ImportRowStream &rows, QHash<QString, StoredLineRef> stored, PairingIndex index,
                    PairingOptions options, Iban importAccount, qsizetype partLines = kPartLines);
    /// Stops the pairing after its current part and waits for it.
    ~PairingPipeline();
    PairingPipeline(const PairingPipeline &) = delete;
    PairingPipeline &operator=(const PairingPipeline &) = delete;

    /// Blocks until `wanted` rows from the start are final, or the pairing ended; returns how
    /// many are. `waiting` is called about every 20 ms while it blocks (on the caller's thread:
    /// progress and cancel); false stops the pairing (then fewer than `wanted` come back).
    qsizetype waitForRows(qsizetype wanted, const std::function<bool()> &waiting);
    /// The lines (rows that are not duplicates) paired so far, and their number so far.
    qsizetype pairedLines() const { return m_pairedLines.load(); }
    qsizetype lineCount() const { return m_lineCount.load(); }
    /// True once the stream is closed and every row in it is final.
    bool finished() const { return m_finished.load(); }

private:
    void pairAll();
    qsizetype takeRows(qsizetype taken, qsizetype pairedEnd);
    void finishRows(qsizetype begin, qsizetype end);
    void publish(qsizetype finalRows, qsizetype pairedLines, bool finished);

    ImportRowStream &m_rows;
    QHash<QString, StoredLineRef> m_stored;
    QList<StatementLine> m_lines; ///< lent by the rows that are paired, given back part by part
    QList<qsizetype> m_rowOfLine;
    QList<LinePairing> m_pairings;
    std::optional<PairingIndex> m_index;
    PairingOptions m_options;
    Iban m_account;
    qsizetype m_partLines;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_finalRows = 0; ///< guarded by m_mutex
    bool m_ended = false; ///< the pairing thread is done (finished or stopped); by m_mutex
    std::atomic<qsizetype> m_pairedLines { 0 };
    std::atomic<qsizetype> m_lineCount { 0 };
    std::atomic_bool m_finished { false };
    std::atomic_bool m_stop { false };
    std::thread m_thread; ///< last: started once everything above is set
};

} // namespace Saldo
