// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/textdecoder.h"

#include <QString>

#include <array>
#include <vector>

namespace Saldo {

class GpcRecord;

/// The payment text of one item from its 078/079 records: four AV fields of 35 characters.
/// Banks either cut one text into pieces of 35 (a full piece runs on into the next as it is)
/// or write one line of text per field (padded; joined with a space).
class GpcAvText
{
public:
    /// Adds the two AV fields of a 078 or 079 record.
    void add(const GpcRecord &record);
    /// The text so far, spaces around it removed; empties the collector.
    QString take();

private:
    void addField(const GpcRecord &record, int start);
    void addBytes(QByteArrayView field);
    template<typename Text>
    void addPiece(Text field);
    QByteArrayView trimmedBytes(QByteArrayView bytes) const;

    // A single-byte encoding decodes byte by byte, so the text is joined from the raw bytes and
    // decoded once, in take(): no string for every field, none grown piece by piece. UTF-8
    // (a character of several bytes, a BOM skipped per field) is joined decoded, in m_text.
    bool m_singleByte = false;
    TextEncoding m_encoding = TextEncoding::Windows1250;
    const std::array<bool, 256> *m_spaceBytes = nullptr; ///< of m_encoding
    // A vector, not a QVarLengthArray: its clear() keeps the room without a call (Qt 6.4's
    // QVarLengthArray::clear() reallocates), and it is cleared for every item.
    std::vector<char> m_bytes;
    QString m_text;
    bool m_lastFieldFull = false;
    bool m_added = false; ///< a record was added since the last take()
};

/// For each byte, whether the character it decodes to in `encoding` is white space as
/// QString::trimmed() sees it (QChar::isSpace): in windows-1250 the no-break space 0xA0 is.
const std::array<bool, 256> &gpcSpaceBytes(TextEncoding encoding);

} // namespace Saldo
