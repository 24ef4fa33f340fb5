// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace Saldo {

/// Splits a device into lines without decoding them: reads blocks, finds line ends with memchr
/// and hands out views into its buffer. Memory stays at one block plus the longest line, which
/// is capped so that a file without line ends cannot make it grow without bound. A device that
/// holds its bytes in memory (a piece of a file) is split where the bytes are, unread.
class Mt940LineReader
{
public:
    static constexpr qsizetype kBlockSize = 1 << 20;
    static constexpr qsizetype kMaxLineBytes = 1 << 16;

    enum class Status { Line, End, LineTooLong, ReadFailed };

    explicit Mt940LineReader(QIODevice &device);

    /// The next line without its line end ("\n" or "\r\n"); the view stays valid until the next
    /// call. LineTooLong and ReadFailed refer to lineNumber().
    Status next(QByteArrayView &line);
    /// 1-based number of the line next() returned last.
    qint64 lineNumber() const { return m_lineNumber; }
    /// The device starts at line `number` of a file (a FilePiece), not at its first line.
    void setFirstLineNumber(qint64 number) { m_lineNumber = number - 1; }
    /// The first bytes of the device (up to a block), for guessing the encoding. Call before
    /// the first next().
    QByteArrayView start();

private:
    bool fill();

    QIODevice &m_device;
    QByteArray m_buffer;
    const char *m_data = nullptr; ///< the bytes: m_buffer's, or the device's held in memory
    qsizetype m_begin = 0; ///< start of unread data in m_data
    qsizetype m_end = 0; ///< end of valid data in m_data
    qint64 m_lineNumber = 0;
    bool m_atEnd = false;
    bool m_failed = false;
};

} // namespace Saldo
