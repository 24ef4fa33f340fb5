// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace Saldo {

/// The rows of an import while its file is read: appended on the reading thread, paired and
/// stored on others as more come. Rows live in chunks that never move, so a row handed out stays
/// where it is while later rows are appended.
///
/// Threads: append(), publish() and close() on one thread (the reading one); the rest on any.
/// A row may be used once waitFor() or size() has counted it.
class ImportRowStream
{
public:
    static constexpr qsizetype kChunkRows = 4096;
    static constexpr qsizetype kMaxRows = 16384 * kChunkRows;

    ImportRowStream();
    ~ImportRowStream();
    ImportRowStream(const ImportRowStream &) = delete;
    ImportRowStream &operator=(const ImportRowStream &) = delete;

    /// Adds a row; other threads see it from the next publish() on. False when the stream is
    /// full (kMaxRows: more than memory would hold anyway).
    bool append(ImportRow &&row);
    /// Makes the rows appended so far visible to the other threads.
    void publish();
    /// No more rows come (the file was read, or the reading stopped): publishes the rest.
    void close();
    /// The rows appended, visible or not (the appending thread's view).
    qsizetype appended() const { return m_appended; }

    /// Blocks until `wanted` rows are visible or the stream is closed; returns how many are.
    /// `waiting` is called about every 20 ms while it blocks; false gives up (returns what is
    /// visible then).
    qsizetype waitFor(qsizetype wanted, const std::function<bool()> &waiting = {});
    /// The rows visible now.
    qsizetype size() const { return m_visible.load(std::memory_order_acquire); }
    bool closed() const { return m_closed.load(std::memory_order_acquire); }
    /// Row `i`: below size() on any thread, below appended() on the appending one.
    ImportRow &operator[](qsizetype i) { return m_chunks[i / kChunkRows][i % kChunkRows]; }

    /// All rows, moved into one list, chunks freed as they are emptied. Only once closed and no
    /// other thread uses the stream.
    QList<ImportRow> takeRows();

private:
    /// Chunk slots, allocated once: a growing table would move under the threads that index
    /// it.
    static constexpr qsizetype kMaxChunks = kMaxRows / kChunkRows;

    std::unique_ptr<std::unique_ptr<ImportRow[]>[]> m_chunks;
    qsizetype m_appended = 0; ///< the reading thread's count
    std::atomic<qsizetype> m_visible { 0 };
    std::atomic_bool m_closed { false };
    std::mutex m_mutex;
    std::condition_variable m_changed;
};

} // namespace Saldo
