// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/textdecoder.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace Saldo {

/// One line of a GPC file seen as fixed-width fields. Positions count characters, as the
/// format does: in a single-byte encoding a character is a byte; a UTF-8 line with non-ASCII
/// letters gets a table of where each character starts. Fields past the end are empty.
class GpcRecord
{
public:
    GpcRecord(QByteArrayView line, TextEncoding encoding);
    // A record is a view of one line; it is made once per line, never reassigned.
    GpcRecord(const GpcRecord &) = delete;
    GpcRecord &operator=(const GpcRecord &) = delete;

    /// Length in characters (trailing spaces included).
    int length() const { return m_length; }
    /// The bytes of the field at 0-based character `start`, `count` characters long, cut to
    /// what the record has. Inline: a record is read a dozen fields at a time, and a byte a
    /// character (every single-byte encoding, ASCII UTF-8) needs no table.
    QByteArrayView field(int start, int count) const
    {
        if (!m_everyCharacterOneByte)
            return multiByteField(start, count);
        const qsizetype size = m_bytes.size();
        const qsizetype from = std::min<qsizetype>(start, size);
        const qsizetype to = std::min<qsizetype>(start + count, size);
        return QByteArrayView(m_bytes.data() + from, to - from);
    }
    /// The field decoded, spaces around it removed.
    QString text(int start, int count) const;
    /// The field decoded as it is, padding included (for AV text that continues elsewhere).
    QString rawText(int start, int count) const;
    QByteArrayView type() const { return field(0, 3); }
    TextEncoding encoding() const { return m_encoding; }

private:
    /// Where a character starts, for a record with characters of several bytes.
    int byteOffset(int character) const;
    QByteArrayView multiByteField(int start, int count) const;

    QByteArrayView m_bytes;
    TextEncoding m_encoding;
    bool m_everyCharacterOneByte = true; ///< a single-byte encoding, or an ASCII line
    /// The characters before the first one of several bytes: their byte offsets are their
    /// positions.
    qsizetype m_oneByteCharacters = 0;
    /// Where each character after those starts (UTF-8 past ASCII only).
    QVarLengthArray<int, 132> m_characterStarts;
    int m_length = 0;
};

/// The length of a UTF-8 line in characters: its bytes that are not continuation bytes.
qsizetype gpcUtf8CharacterCount(QByteArrayView line);
/// The length of a line in characters: its bytes, in UTF-8 gpcUtf8CharacterCount().
inline qsizetype gpcCharacterCount(QByteArrayView line, TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? gpcUtf8CharacterCount(line) : line.size();
}
/// The value of a field of ASCII digits; nullopt for anything else (spaces, letters, empty).
std::optional<qint64> gpcNumber(QByteArrayView digits);
/// A DDMMYY date (years 00-79 → 2000-2079, 80-99 → 1980-1999); nullopt when it is not a date.
/// "000000" is a valid "no date" and gives an invalid QDate.
std::optional<QDate> gpcDate(QByteArrayView ddmmyy);
/// True for ASCII digits only (and for no bytes at all).
bool gpcAllDigits(QByteArrayView bytes);
/// True for ASCII digits '0' only.
bool gpcAllZeros(QByteArrayView digits);

} // namespace Saldo
