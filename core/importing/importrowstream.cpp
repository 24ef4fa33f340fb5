// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importrowstream.h"

#include <chrono>

namespace Saldo {

ImportRowStream::ImportRowStream()
    : m_chunks(std::make_unique<std::unique_ptr<ImportRow[]>[]>(kMaxChunks))
{ }

ImportRowStream::~ImportRowStream() = default;

bool ImportRowStream::append(ImportRow &&row)
{
    if (m_appended == kMaxRows)
        return false;
    const qsizetype chunk = m_appended / kChunkRows;
    if (m_appended % kChunkRows == 0)
        m_chunks[chunk] = std::make_unique<ImportRow[]>(kChunkRows);
    m_chunks[chunk][m_appended % kChunkRows] = std::move(row);
    ++m_appended;
    return true;
}

void ImportRowStream::publish()
{
    const std::lock_guard lock(m_mutex);
    m_visible.store(m_appended, std::memory_order_release);
    m_changed.notify_all();
}

void ImportRowStream::close()
{
    const std::lock_guard lock(m_mutex);
    m_visible.store(m_appended, std::memory_order_release);
    m_closed.store(true, std::memory_order_release);
    m_changed.notify_all();
}

qsizetype ImportRowStream::waitFor(qsizetype wanted, const std::function<bool()> &waiting)
{
    std::unique_lock lock(m_mutex);
    while (m_visible.load() < wanted && !m_closed.load()) {
        m_changed.wait_for(lock, std::chrono::milliseconds(20));
        if (waiting) {
            lock.unlock();
            const bool goOn = waiting();
            lock.lock();
            if (!goOn)
                break;
        }
    }
    return m_visible.load();
}

QList<ImportRow> ImportRowStream::takeRows()
{
    QList<ImportRow> rows;
    const qsizetype count = m_visible.load();
    rows.reserve(count);
    for (qsizetype chunk = 0; chunk * kChunkRows < count; ++chunk) {
        ImportRow *const first = m_chunks[chunk].get();
        for (qsizetype i = 0; i < kChunkRows && chunk * kChunkRows + i < count; ++i)
            rows.append(std::move(first[i]));
        m_chunks[chunk].reset();
    }
    m_appended = 0;
    m_visible = 0;
    return rows;
}

} // namespace Saldo
