// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcavtext.h"

#include "formats/gpc/gpcrecord.h"
#include "util/trimmed.h"

#include <algorithm>
#include <cstring>

namespace Saldo {

namespace {

constexpr int AvFieldStart = 3;
constexpr int AvFieldLength = 35;
constexpr int EncodingCount = int(TextEncoding::Latin1) + 1;

/// The bytes without the spaces at their end, eight at a time first: an AV field is mostly
/// padding, and the second field of a record often nothing else.
QByteArrayView withoutTrailingSpaces(QByteArrayView bytes)
{
    constexpr quint64 eightSpaces = 0x2020202020202020ULL;
    while (bytes.size() >= 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + bytes.size() - 8, sizeof word);
        if (word != eightSpaces)
            break;
        bytes.chop(8);
    }
    while (!bytes.isEmpty() && bytes.back() == ' ')
        bytes.chop(1);
    return bytes;
}

} // namespace

const std::array<bool, 256> &gpcSpaceBytes(TextEncoding encoding)
{
    // Worked out from the decoder itself, once (a thread-safe static), so the bytes trimmed are
    // exactly those whose characters trimming the decoded text would remove. The 256 bytes are
    // decoded at once: a single-byte encoding gives a character for each.
    static const auto tables = [] {
        std::array<char, 256> everyByte;
        for (int b = 0; b < 256; ++b)
            everyByte[b] = char(b);
        std::array<std::array<bool, 256>, EncodingCount> spaces {};
        for (int e = 0; e < EncodingCount; ++e) {
            const QString decoded
                = decodeText(QByteArrayView(everyByte.data(), 256), TextEncoding(e));
            // UTF-8 gives no character for a lone byte past ASCII; only ASCII is used there.
            const int bytes = decoded.size() == 256 ? 256 : 128;
            for (int b = 0; b < bytes; ++b)
                spaces[e][b] = decoded[b].isSpace();
        }
        return spaces;
    }();
    return tables[int(encoding)];
}

void GpcAvText::add(const GpcRecord &record)
{
    if (m_spaceBytes == nullptr || record.encoding() != m_encoding) {
        m_encoding = record.encoding();
        m_singleByte = m_encoding != TextEncoding::Utf8;
        m_spaceBytes = &gpcSpaceBytes(m_encoding);
    }
    m_added = true;
    addField(record, AvFieldStart);
    addField(record, AvFieldStart + AvFieldLength);
}

void GpcAvText::addField(const GpcRecord &record, int start)
{
    const QByteArrayView bytes = record.field(start, AvFieldLength);
    if (m_singleByte)
        addBytes(bytes);
    // ASCII reads the same in every encoding: no need to decode it into a temporary string.
    else if (isAsciiText(bytes))
        addPiece(QLatin1StringView(bytes));
    else
        addPiece(QStringView(record.rawText(start, AvFieldLength)));
}

QByteArrayView GpcAvText::trimmedBytes(QByteArrayView bytes) const
{
    const std::array<bool, 256> &spaces = *m_spaceBytes;
    return trimmedBy(bytes, [&spaces](char c) { return spaces[uchar(c)]; });
}

/// addPiece() on the bytes of a single-byte encoding: a byte is a character, and only the
/// byte ' ' decodes to a space U+0020.
void GpcAvText::addBytes(QByteArrayView field)
{
    const QByteArrayView piece = withoutTrailingSpaces(field);
    if (m_lastFieldFull || m_bytes.empty()) {
        m_bytes.insert(m_bytes.end(), piece.begin(), piece.end());
    } else if (const QByteArrayView trimmed = trimmedBytes(piece); !trimmed.isEmpty()) {
        m_bytes.push_back(' ');
        m_bytes.insert(m_bytes.end(), trimmed.begin(), trimmed.end());
    }
    m_lastFieldFull = field.size() == AvFieldLength && !field.endsWith(' ');
}

template<typename Text>
void GpcAvText::addPiece(Text field)
{
    Text piece = field;
    while (!piece.isEmpty() && piece.back() == u' ')
        piece.chop(1);
    if (m_lastFieldFull || m_text.isEmpty()) {
        m_text += piece;
    } else if (!piece.trimmed().isEmpty()) {
        m_text += QLatin1Char(' ');
        m_text += piece.trimmed();
    }
    m_lastFieldFull = field.size() == AvFieldLength && !field.endsWith(QLatin1Char(' '));
}

QString GpcAvText::take()
{
    // An item without 078/079 has a null text, one with only blank fields an empty one: as
    // when the text was joined decoded (appending an empty Latin-1 view makes a null QString
    // empty).
    if (!m_added)
        return {};
    QString text;
    if (m_singleByte) {
        text = decodeText(trimmedBytes(QByteArrayView(m_bytes.data(), qsizetype(m_bytes.size()))),
                          m_encoding);
        m_bytes.clear(); // keeps its room for the next item
    } else {
        // A copy of the right size; the collector keeps its room for the next item.
        text = QStringView(m_text).trimmed().toString();
        m_text.resize(0);
    }
    if (text.isNull())
        text = QString(QLatin1StringView(""));
    m_added = false;
    m_lastFieldFull = false;
    return text;
}

} // namespace Saldo
