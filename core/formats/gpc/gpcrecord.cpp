// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcrecord.h"

#include <QtEndian>

#include <algorithm>
#include <bit>

namespace Saldo {

namespace {

constexpr quint64 highBits = 0x8080808080808080ULL;

/// How many bytes at the start are ASCII, eight at a time.
qsizetype asciiPrefixLength(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        if (qFromUnaligned<quint64>(p + i) & highBits)
            break;
    }
    while (i < bytes.size() && static_cast<uchar>(p[i]) < 0x80)
        ++i;
    return i;
}

bool isContinuationByte(char c)
{
    return (static_cast<uchar>(c) & 0xC0) == 0x80;
}

/// How many bytes are UTF-8 continuation bytes (10xxxxxx), eight at a time: the shift puts
/// each byte's bit 6 under its bit 7, so a byte counts when bit 7 is set and bit 6 is not.
qsizetype continuationBytes(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    qsizetype count = 0;
    for (; left >= 8; p += 8, left -= 8) {
        const quint64 word = qFromUnaligned<quint64>(p);
        count += std::popcount(word & ~(word << 1) & highBits);
    }
    for (; left > 0; ++p, --left)
        count += isContinuationByte(*p);
    return count;
}

} // namespace

qsizetype gpcUtf8CharacterCount(QByteArrayView line)
{
    return line.size() - continuationBytes(line);
}

GpcRecord::GpcRecord(QByteArrayView line, TextEncoding encoding)
    : m_bytes(line)
    , m_encoding(encoding)
    , m_oneByteCharacters(line.size())
    , m_length(int(line.size()))
{
    if (encoding != TextEncoding::Utf8)
        return;
    m_oneByteCharacters = asciiPrefixLength(line);
    if (m_oneByteCharacters == line.size())
        return;
    m_everyCharacterOneByte = false;
    // The characters before the first byte past ASCII are a byte each; the table of where a
    // character starts (at every byte that is not a continuation byte) begins there, and is
    // made at its final size.
    const QByteArrayView rest = line.sliced(m_oneByteCharacters);
    const qsizetype restCharacters = rest.size() - continuationBytes(rest);
    m_characterStarts.resize(restCharacters);
    int *starts = m_characterStarts.data();
    for (qsizetype i = m_oneByteCharacters; i < line.size(); ++i) {
        if (!isContinuationByte(line[i]))
            *starts++ = int(i);
    }
    m_length = int(m_oneByteCharacters + restCharacters);
}

int GpcRecord::byteOffset(int character) const
{
    if (character < m_oneByteCharacters)
        return character;
    const qsizetype start = character - m_oneByteCharacters;
    if (start >= m_characterStarts.size())
        return int(m_bytes.size());
    return m_characterStarts[start];
}

QByteArrayView GpcRecord::multiByteField(int start, int count) const
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

namespace {

/// Whether the bytes of `word` (eight or four) are all ASCII digits: each byte's high nibble
/// is 3, and adding 6 to it does not carry out of its low nibble (a low nibble of 0-9).
template<typename Word>
bool allDigitBytes(Word word)
{
    constexpr Word ones = Word(~Word(0)) / 0xFF; // 0x01 in every byte
    constexpr Word highNibbles = ones * 0xF0;
    constexpr Word threes = ones * 0x30;
    constexpr Word sixes = ones * 0x06;
    return (word & highNibbles) == threes && ((word + sixes) & highNibbles) == threes;
}

/// The number eight ASCII digits spell (the first byte in memory is the most significant
/// digit): pairs, then quadruples, then the whole are put together by multiplications instead
/// of eight multiply-adds.
quint32 eightDigitsValue(quint64 word)
{
    word -= 0x3030303030303030ULL; // digit values, one a byte
    word = word * 10 + (word >> 8); // each even byte: the two-digit number of its pair
    constexpr quint64 pairMask = 0x000000FF000000FFULL;
    const quint64 highPairs = word & pairMask; // pairs 1 and 3 (of 0-3)
    const quint64 lowPairs = (word >> 16) & pairMask; // pairs 2 and 4
    constexpr quint64 highWeights = 100 + (1000000ULL << 32);
    constexpr quint64 lowWeights = 1 + (10000ULL << 32);
    return quint32((highPairs * highWeights + lowPairs * lowWeights) >> 32);
}

/// eightDigitsValue() for four digits (a constant symbol, a bank code, the rest of an amount
/// after its first eight digits).
quint32 fourDigitsValue(quint32 word)
{
    word -= 0x30303030U;
    word = word * 10 + (word >> 8); // bytes 0 and 2: the two-digit numbers of the pairs
    return (word & 0xFF) * 100 + ((word >> 16) & 0xFF);
}

} // namespace

bool gpcAllDigits(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    for (; left >= 8; p += 8, left -= 8) {
        if (!allDigitBytes(qFromLittleEndian<quint64>(p)))
            return false;
    }
    return std::all_of(p, p + left, [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<qint64> gpcNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    // Eight digits at a time: amounts, symbols and accounts are a third of a record.
    qint64 value = 0;
    const char *p = digits.data();
    qsizetype left = digits.size();
    for (; left >= 8; p += 8, left -= 8) {
        const quint64 word = qFromLittleEndian<quint64>(p); // the first digit lowest
        if (!allDigitBytes(word))
            return std::nullopt;
        value = value * 100000000 + qint64(eightDigitsValue(word));
    }
    if (left >= 4) {
        const quint32 word = qFromLittleEndian<quint32>(p);
        if (!allDigitBytes(word))
            return std::nullopt;
        value = value * 10000 + qint64(fourDigitsValue(word));
        p += 4;
        left -= 4;
    }
    for (; left > 0; ++p, --left) {
        if (*p < '0' || *p > '9')
            return std::nullopt;
        value = value * 10 + (*p - '0');
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
    // Eight at a time: a counter account (16) and a document number (13) on every item.
    const char *p = digits.data();
    qsizetype left = digits.size();
    for (; left >= 8; p += 8, left -= 8) {
        if (qFromUnaligned<quint64>(p) != 0x3030303030303030ULL)
            return false;
    }
    return std::all_of(p, p + left, [](char c) { return c == '0'; });
}

} // namespace Saldo
