// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcrecord.h"

#include <algorithm>

namespace Saldo {

GpcRecord::GpcRecord(QByteArrayView line, TextEncoding encoding)
    : m_bytes(line)
    , m_encoding(encoding)
    , m_length(int(line.size()))
{
    if (encoding != TextEncoding::Utf8)
        return;
    const bool ascii = std::all_of(line.begin(), line.end(),
                                   [](char c) { return static_cast<uchar>(c) < 0x80; });
    if (ascii)
        return;
    // A character starts at every byte that is not a UTF-8 continuation byte.
    for (int i = 0; i < int(line.size()); ++i) {
        if ((static_cast<uchar>(line[i]) & 0xC0) != 0x80)
            m_characterStarts.append(i);
    }
    m_length = int(m_characterStarts.size());
}

int GpcRecord::byteOffset(int character) const
{
    if (m_characterStarts.isEmpty())
        return std::min(character, int(m_bytes.size()));
    if (character >= int(m_characterStarts.size()))
        return int(m_bytes.size());
    return m_characterStarts[character];
}

QByteArrayView GpcRecord::field(int start, int count) const
{
    const int from = byteOffset(start);
    const int to = byteOffset(start + count);
    return m_bytes.sliced(from, to - from);
}

QString GpcRecord::text(int start, int count) const
{
    QByteArrayView bytes = field(start, count);
    while (!bytes.isEmpty() && bytes.front() == ' ')
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && bytes.back() == ' ')
        bytes.chop(1);
    return decodeText(bytes, m_encoding);
}

QString GpcRecord::rawText(int start, int count) const
{
    return decodeText(field(start, count), m_encoding);
}

std::optional<qint64> gpcNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<QDate> gpcDate(QByteArrayView ddmmyy)
{
    const std::optional<qint64> value = ddmmyy.size() == 6 ? gpcNumber(ddmmyy) : std::nullopt;
    if (!value)
        return std::nullopt;
    if (*value == 0)
        return QDate();
    const int day = int(*value / 10000);
    const int month = int(*value / 100 % 100);
    const int yy = int(*value % 100);
    const QDate date(yy < 80 ? 2000 + yy : 1900 + yy, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool gpcAllZeros(QByteArrayView digits)
{
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0'; });
}

} // namespace Saldo
