// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecordreader.h"

#include "formats/common/textdecoder.h"
#include "util/tr.h"

#include <algorithm>
#include <cstring>

namespace Saldo {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 MinChunkSize = 4096;
// A record longer than this is not a bank statement row (an unclosed quote, a binary file);
// stopping there keeps memory bounded.
constexpr qsizetype MaxRecordBytes = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

CsvRecordReader::CsvRecordReader(QIODevice &device, char delimiter, char quote)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_quote(quote)
{ }

bool CsvRecordReader::fill()
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    // Read straight into the buffer, no more than the device has: small files stay cheap.
    const qint64 wanted = std::clamp<qint64>(m_device.bytesAvailable(), MinChunkSize, ChunkSize);
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + qsizetype(wanted));
    const qint64 got = m_device.read(m_buffer.data() + kept, wanted);
    m_buffer.resize(kept + qsizetype(std::max<qint64>(got, 0)));
    if (got <= 0) {
        m_atEnd = true;
        return false;
    }
    if (!m_started && (m_buffer.size() >= 3 || m_atEnd)) {
        m_started = true;
        m_buffer.remove(0, utf8BomLength(m_buffer));
    }
    return true;
}

QByteArrayView CsvRecordReader::field(int index) const
{
    if (index < 0 || index >= m_fields.size())
        return {};
    const Field &f = m_fields[index];
    return QByteArrayView(m_record.constData() + f.begin, f.end - f.begin);
}

bool CsvRecordReader::isBlank() const
{
    return std::all_of(m_fields.begin(), m_fields.end(),
                       [](const Field &f) { return f.begin == f.end; });
}

bool CsvRecordReader::next()
{
    if (!m_error.isEmpty())
        return false;
    while (true) {
        if (m_position >= m_buffer.size() && !m_atEnd)
            fill();
        if (m_position >= m_buffer.size() && m_atEnd)
            return false;
        if (parseRecord())
            return true;
        if (!m_error.isEmpty())
            return false;
        if (m_buffer.size() - m_position > MaxRecordBytes) {
            m_errorLine = m_line;
            m_error = Tr::tr("a record longer than %1 bytes (a quoted field that is never "
                             "closed?)")
                          .arg(MaxRecordBytes);
            return false;
        }
        if (!fill() && m_atEnd) {
            // The input ended inside the record: parse it once more knowing that.
            if (parseRecord())
                return true;
            return false;
        }
    }
}

// Parses one record starting at m_position. False when the buffer ends first (more input
// needed) or on an error.
bool CsvRecordReader::parseRecord()
{
    const char *const start = m_buffer.constData() + m_position;
    const char *p = start;
    const char *const end = m_buffer.constData() + m_buffer.size();
    m_record.clear();
    m_fields.clear();
    qint64 lines = 0;
    while (true) {
        Field field;
        field.begin = m_record.size();
        while (p < end && isSpace(*p) && *p != m_delimiter)
            ++p;
        if (p < end && *p == m_quote) {
            const qint64 quoteLine = m_line + lines;
            ++p;
            while (true) {
                const auto *closing
                    = static_cast<const char *>(std::memchr(p, m_quote, size_t(end - p)));
                if (!closing) {
                    if (m_atEnd) {
                        m_errorLine = quoteLine;
                        m_error = Tr::tr("a quoted field is never closed");
                    }
                    return false;
                }
                lines += std::count(p, closing, '\n');
                m_record.append(p, closing - p);
                p = closing + 1;
                if (p == end && !m_atEnd)
                    return false; // a doubled quote may follow
                if (p < end && *p == m_quote) {
                    m_record.append(m_quote);
                    ++p;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or anything after a closing quote, up to the separator.
        const char *text = p;
        while (p < end && *p != m_delimiter && *p != '\n' && *p != '\r')
            ++p;
        m_record.append(text, p - text);
        field.end = m_record.size();
        while (field.end > field.begin && isSpace(m_record[field.end - 1]))
            --field.end;
        while (field.begin < field.end && isSpace(m_record[field.begin]))
            ++field.begin;
        m_fields.append(field);

        if (p == end) {
            if (!m_atEnd)
                return false;
            break;
        }
        if (*p == m_delimiter) {
            ++p;
            continue;
        }
        if (*p == '\r') {
            ++p;
            if (p == end && !m_atEnd)
                return false; // an LF may follow
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    m_recordLine = m_line;
    m_line += lines;
    m_position += p - start;
    return true;
}

} // namespace Saldo
