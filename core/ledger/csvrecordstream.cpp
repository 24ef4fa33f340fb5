// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/csvrecordstream.h"

#include "util/tr.h"

namespace Saldo {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

} // namespace

CsvRecordStream::CsvRecordStream(QIODevice *device, char separator)
    : m_device(device)
    , m_separator(separator)
{ }

bool CsvRecordStream::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    m_buffer = m_device->read(kChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_atStart) {
        m_atStart = false;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        return fill();
    }
    return true;
}

CsvRecordStream::Next CsvRecordStream::fail(const QString &message)
{
    m_failed = true;
    m_error = message;
    return Next::Error;
}

bool CsvRecordStream::finishField(QStringList &fields)
{
    if (!QByteArrayView(m_field).isValidUtf8()) {
        fail(Tr::tr("field %1 is not valid UTF-8").arg(fields.size() + 1));
        return false;
    }
    if (fields.size() >= kMaxFields) {
        fail(Tr::tr("more than %1 fields").arg(kMaxFields));
        return false;
    }
    fields.append(QString::fromUtf8(m_field));
    m_field.clear();
    return true;
}

// Reads an unquoted field up to a separator or the end of the line. The bytes of one chunk are
// scanned in one loop and copied at once.
bool CsvRecordStream::readUnquoted(bool &endOfRecord)
{
    while (fill()) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size && data[i] != m_separator && data[i] != '\n' && data[i] != '\r')
            ++i;
        m_field.append(data + m_pos, i - m_pos);
        m_recordBytes += i - m_pos;
        if (m_recordBytes > kMaxRecordBytes) {
            fail(Tr::tr("record longer than %1 bytes").arg(kMaxRecordBytes));
            return false;
        }
        m_pos = i;
        if (i == size)
            continue;
        const char c = data[m_pos++];
        if (c == m_separator)
            return true;
        ++m_line;
        if (c == '\r' && fill() && m_buffer.at(m_pos) == '\n')
            ++m_pos;
        endOfRecord = true;
        return true;
    }
    endOfRecord = true;
    return true;
}

// Reads a quoted field after its opening quote, up to and including the closing quote.
bool CsvRecordStream::readQuoted()
{
    const qint64 openedOn = m_line;
    while (fill()) {
        const char c = m_buffer.at(m_pos++);
        if (++m_recordBytes > kMaxRecordBytes) {
            fail(Tr::tr("record longer than %1 bytes").arg(kMaxRecordBytes));
            return false;
        }
        if (c == '"') {
            if (fill() && m_buffer.at(m_pos) == '"') {
                ++m_pos;
                m_field.append('"');
                continue;
            }
            return true;
        }
        if (c == '\n' || (c == '\r' && !(fill() && m_buffer.at(m_pos) == '\n')))
            ++m_line;
        m_field.append(c);
    }
    fail(Tr::tr("the quoted field opened on line %1 is not closed").arg(openedOn));
    return false;
}

CsvRecordStream::Next CsvRecordStream::next(QStringList &fields)
{
    fields.clear();
    if (m_failed)
        return Next::Error;
    // Blank lines between records are skipped.
    while (fill()) {
        const char c = m_buffer.at(m_pos);
        if (c != '\n' && c != '\r')
            break;
        ++m_pos;
        if (c == '\n' || !(fill() && m_buffer.at(m_pos) == '\n'))
            ++m_line;
    }
    if (!fill())
        return Next::End;
    m_recordLine = m_line;
    m_recordBytes = 0;
    m_field.clear();
    for (;;) {
        bool endOfRecord = false;
        if (fill() && m_buffer.at(m_pos) == '"') {
            ++m_pos;
            if (!readQuoted())
                return Next::Error;
            // After the closing quote: a separator, the end of the line or of the file.
            if (fill()) {
                const char c = m_buffer.at(m_pos++);
                if (c == '\n' || c == '\r') {
                    ++m_line;
                    if (c == '\r' && fill() && m_buffer.at(m_pos) == '\n')
                        ++m_pos;
                    endOfRecord = true;
                } else if (c != m_separator) {
                    return fail(
                        Tr::tr("field %1: text after the closing quote").arg(fields.size() + 1));
                }
            } else {
                endOfRecord = true;
            }
        } else if (!readUnquoted(endOfRecord)) {
            return Next::Error;
        }
        if (!finishField(fields))
            return Next::Error;
        if (endOfRecord)
            return Next::Record;
    }
}

} // namespace Saldo
