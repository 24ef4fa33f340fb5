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

PairingPipeline::PairingPipeline(QList<ImportRow> &rows, PairingIndex index, PairingOptions options,
                                 Iban importAccount, qsizetype partLines)
    : m_rows(rows)
    , m_row(rows.data())
    , m_index(std::move(index))
    , m_options(std::move(options))
    , m_account(std::move(importAccount))
    , m_partLines(std::max<qsizetype>(1, partLines))
{
    m_lines.reserve(rows.size());
    m_rowOfLine.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (m_row[i].duplicate)
            continue;
        // Lent to the pairing, not copied: a copy of 200,000 lines costs time and memory.
        m_lines.append(std::move(m_row[i].data));
        m_rowOfLine.append(i);
    }
    m_pairings.resize(m_lines.size());
    // The duplicates before the first paired row are final already.
    m_finalRows = m_lines.isEmpty() ? rows.size() : m_rowOfLine.constFirst();
    m_thread = std::thread([this] { pairAll(); });
}

PairingPipeline::~PairingPipeline()
{
    m_stop = true;
    m_thread.join();
    // A pipeline stopped early leaves lines lent: give them back so the rows stay whole.
    for (qsizetype i = m_pairedLines.load(); i < m_lines.size(); ++i)
        m_row[m_rowOfLine[i]].data = std::move(m_lines[i]);
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
    LinePairing *const pairings = m_pairings.data();
    const qsizetype count = m_lines.size();
    for (qsizetype begin = 0; begin < count && !m_stop; begin += m_partLines) {
        const qsizetype end = std::min(count, begin + m_partLines);
        pairLineRange(m_lines, begin, end, pairings, *m_index, m_options, m_account);
        // In file order, part after part: a later line sees what the earlier ones settled.
        reconciler.reconcile(m_lines, pairings, begin, end);
        finishRows(begin, end);
        publish(end < count ? m_rowOfLine[end] : m_rows.size(), end);
    }
    m_index.reset(); // the invoices and their index: memory back while storing goes on
    const std::lock_guard lock(m_mutex);
    m_ended = true;
    m_changed.notify_all();
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
            ImportRow &row = m_row[rowOf[i]];
            row.data = std::move(lines[i]);
            applyPairing(row, pairings[i]);
            pairings[i] = LinePairing();
        }
    });
}

void PairingPipeline::publish(qsizetype finalRows, qsizetype pairedLines)
{
    const std::lock_guard lock(m_mutex);
    m_finalRows = finalRows;
    m_pairedLines = pairedLines;
    m_finished = finalRows == m_rows.size();
    m_changed.notify_all();
}

} // namespace Saldo
