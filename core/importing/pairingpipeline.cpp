// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/pairingpipeline.h"

#include "importing/importrowbuilder.h"
#include "pairing/pairlines.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>

namespace Saldo {

namespace {

// Rows per task when handing the pairings to their rows.
constexpr qsizetype kTaskLines = 1024;

} // namespace

PairingPipeline::PairingPipeline(ImportRowStream &rows, QHash<QString, StoredLineRef> stored,
                                 PairingIndex index, PairingOptions options, Iban importAccount,
                                 qsizetype partLines)
    : m_rows(rows)
    , m_stored(std::move(stored))
    , m_index(std::move(index))
    , m_options(std::move(options))
    , m_account(std::move(importAccount))
    , m_partLines(std::max<qsizetype>(1, partLines))
{
    m_thread = std::thread([this] { pairAll(); });
}

PairingPipeline::~PairingPipeline()
{
    m_stop = true;
    m_thread.join();
    // A pipeline stopped early leaves lines lent: give them back so the rows stay whole.
    for (qsizetype i = m_pairedLines.load(); i < m_lines.size(); ++i)
        m_rows[m_rowOfLine[i]].data = std::move(m_lines[i]);
}

qsizetype PairingPipeline::waitForRows(qsizetype wanted, const std::function<bool()> &waiting)
{
    std::unique_lock lock(m_mutex);
    while (m_finalRows < wanted && !m_ended) {
        m_changed.wait_for(lock, std::chrono::milliseconds(20));
        lock.unlock();
        const bool goOn = !waiting || waiting();
        lock.lock();
        if (!goOn) {
            m_stop = true;
            return std::min(m_finalRows, wanted - 1);
        }
    }
    return m_finalRows;
}

void PairingPipeline::pairAll()
{
    BatchReconciler reconciler;
    qsizetype taken = 0; // rows of the stream looked at
    qsizetype begin = 0; // the first line not paired yet
    while (!m_stop) {
        taken = takeRows(taken, begin);
        const qsizetype end = std::min(m_lines.size(), begin + m_partLines);
        if (end > begin) {
            pairLineRange(m_lines, begin, end, m_pairings.data(), *m_index, m_options, m_account);
            // In file order, part after part: a later line sees what the earlier ones settled.
            reconciler.reconcile(m_lines, m_pairings.data(), begin, end);
            finishRows(begin, end);
            begin = end;
        }
        const bool allTaken = m_rows.closed() && taken == m_rows.size();
        const bool done = allTaken && begin == m_lines.size();
        publish(begin < m_lines.size() ? m_rowOfLine[begin] : taken, begin, done);
        if (done)
            break;
    }
    m_index.reset(); // the invoices and their index: memory back while storing goes on
    const std::lock_guard lock(m_mutex);
    m_ended = true;
    m_changed.notify_all();
}

// Takes the rows the stream has beyond `taken` until a part's worth of lines after
// `pairedEnd` waits, or the stream ends (or the pipeline stops); returns the rows taken.
// Duplicates are final as they come: while no line waits they are published at once, so that
// a file imported again is stored as fast as it is read.
qsizetype PairingPipeline::takeRows(qsizetype taken, qsizetype pairedEnd)
{
    while (m_lines.size() < pairedEnd + m_partLines && !m_stop) {
        const qsizetype visible = m_rows.waitFor(taken + 1, [this] { return !m_stop.load(); });
        if (visible <= taken)
            break; // closed
        for (; taken < visible; ++taken) {
            ImportRow &row = m_rows[taken];
            if (!row.duplicate) {
                const auto earlier = m_stored.constFind(row.fingerprint);
                if (earlier != m_stored.cend())
                    markDuplicate(row, earlier->importId, earlier->line);
            }
            if (row.duplicate)
                continue;
            // Lent to the pairing, not copied: a copy of 200,000 lines costs time and memory.
            m_lines.append(std::move(row.data));
            m_rowOfLine.append(taken);
            m_pairings.append(LinePairing());
        }
        m_lineCount = m_lines.size();
        if (m_lines.size() == pairedEnd)
            publish(taken, pairedEnd, false);
    }
    return taken;
}

// Hands lines [begin, end) and their pairings to their rows on all cores: formatting the
// evidence and suggestion texts is a third of the pairing's work. Each pairing is dropped once
// its row has it: this is the import's peak of memory.
void PairingPipeline::finishRows(qsizetype begin, qsizetype end)
{
    QList<qsizetype> taskStarts;
    for (qsizetype task = begin; task < end; task += kTaskLines)
        taskStarts.append(task);
    LinePairing *const pairings = m_pairings.data();
    StatementLine *const lines = m_lines.data();
    const qsizetype *const rowOf = m_rowOfLine.constData();
    QtConcurrent::blockingMap(taskStarts, [&](qsizetype task) {
        for (qsizetype i = task; i < std::min(end, task + kTaskLines); ++i) {
            ImportRow &row = m_rows[rowOf[i]];
            row.data = std::move(lines[i]);
            applyPairing(row, pairings[i]);
            pairings[i] = LinePairing();
        }
    });
}

void PairingPipeline::publish(qsizetype finalRows, qsizetype pairedLines, bool finished)
{
    const std::lock_guard lock(m_mutex);
    m_finalRows = finalRows;
    m_pairedLines = pairedLines;
    m_finished = finished;
    m_changed.notify_all();
}

} // namespace Saldo
