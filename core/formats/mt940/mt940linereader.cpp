// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940linereader.h"

#include "formats/common/heldbytes.h"

#include <algorithm>
#include <cstring>

namespace Saldo {

Mt940LineReader::Mt940LineReader(QIODevice &device)
    : m_device(device)
{
    if (const std::optional<QByteArrayView> held = takeHeldBytes(device)) {
        m_data = held->data();
        m_end = held->size();
        m_atEnd = true;
        return;
    }
    // A small file needs no more than its size (and small files are read often: tests,
    // fuzzing); fill() grows the buffer should the device hold more than it said.
    qsizetype capacity = kBlockSize + kMaxLineBytes;
    if (!device.isSequential())
        capacity = std::min<qsizetype>(capacity, qsizetype(device.size() - device.pos()) + 1);
    m_buffer.resize(std::max<qsizetype>(capacity, 1));
    m_data = m_buffer.constData();
}

bool Mt940LineReader::fill()
{
    if (m_atEnd)
        return false;
    // Keep the unfinished line and read behind it.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(m_end - m_begin));
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_end == m_buffer.size()) {
        m_buffer.resize(kBlockSize + kMaxLineBytes);
        m_data = m_buffer.constData();
    }
    const qint64 got = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0) {
        m_failed = true;
        m_atEnd = true;
        return false;
    }
    if (got == 0) {
        m_atEnd = true;
        return false;
    }
    m_end += got;
    return true;
}

QByteArrayView Mt940LineReader::start()
{
    if (m_end == 0)
        fill();
    // As much as the first block read holds, wherever the bytes are.
    return QByteArrayView(m_data, std::min(m_end, kBlockSize + kMaxLineBytes));
}

Mt940LineReader::Status Mt940LineReader::next(QByteArrayView &line)
{
    for (;;) {
        const char *begin = m_data + m_begin;
        const auto *newline
            = static_cast<const char *>(std::memchr(begin, '\n', size_t(m_end - m_begin)));
        if (newline || (m_atEnd && m_end > m_begin)) {
            const qsizetype length = newline ? newline - begin : m_end - m_begin;
            ++m_lineNumber;
            if (length > kMaxLineBytes)
                return Status::LineTooLong;
            m_begin += newline ? length + 1 : length;
            line = QByteArrayView(begin, length);
            if (!line.isEmpty() && line.back() == '\r')
                line.chop(1);
            return Status::Line;
        }
        if (m_atEnd)
            return m_failed ? Status::ReadFailed : Status::End;
        if (m_end - m_begin > kMaxLineBytes) {
            ++m_lineNumber;
            return Status::LineTooLong;
        }
        if (!fill() && m_failed)
            return Status::ReadFailed;
    }
}

} // namespace Saldo
