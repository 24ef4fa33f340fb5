// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"
#include "util/textview.h"

#include <QChar>
#include <QtAlgorithms>

#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

namespace {

using CodePage = std::array<char16_t, 128>;

// The upper halves of the code pages, checked byte for byte against the Unicode consortium's
// mapping tables (as Python's codecs and glibc's iconv carry them). Bytes a code page leaves
// undefined decode to U+FFFD so that damage stays visible.
// windows-1250, bytes 0x80-0xFF
constexpr CodePage windows1250Table = { {
    0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0xFFFD, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179, // 0x88
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0xFFFD, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, // 0x98
    0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, // 0xA0
    0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B, // 0xA8
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C, // 0xB8
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, // 0xC0
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, // 0xC8
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, // 0xD0
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, // 0xD8
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, // 0xE0
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, // 0xE8
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, // 0xF0
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9, // 0xF8
} };
// ISO-8859-2, bytes 0x80-0xFF
constexpr CodePage iso8859_2Table = { {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, // 0x80
    0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F, // 0x88
    0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, // 0x90
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, // 0x98
    0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, // 0xA0
    0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B, // 0xA8
    0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7, // 0xB0
    0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C, // 0xB8
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, // 0xC0
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, // 0xC8
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, // 0xD0
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, // 0xD8
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, // 0xE0
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, // 0xE8
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, // 0xF0
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9, // 0xF8
} };
// windows-1251, bytes 0x80-0xFF
constexpr CodePage windows1251Table = { {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, // 0xC0
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, // 0xC8
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, // 0xD0
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, // 0xD8
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, // 0xE0
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, // 0xE8
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, // 0xF0
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F, // 0xF8
} };
// CP852 (DOS Latin 2), bytes 0x80-0xFF
constexpr CodePage cp852Table = { {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x016F, 0x0107, 0x00E7, // 0x80
    0x0142, 0x00EB, 0x0150, 0x0151, 0x00EE, 0x0179, 0x00C4, 0x0106, // 0x88
    0x00C9, 0x0139, 0x013A, 0x00F4, 0x00F6, 0x013D, 0x013E, 0x015A, // 0x90
    0x015B, 0x00D6, 0x00DC, 0x0164, 0x0165, 0x0141, 0x00D7, 0x010D, // 0x98
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x0104, 0x0105, 0x017D, 0x017E, // 0xA0
    0x0118, 0x0119, 0x00AC, 0x017A, 0x010C, 0x015F, 0x00AB, 0x00BB, // 0xA8
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x011A, // 0xB0
    0x015E, 0x2563, 0x2551, 0x2557, 0x255D, 0x017B, 0x017C, 0x2510, // 0xB8
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x0102, 0x0103, // 0xC0
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4, // 0xC8
    0x0111, 0x0110, 0x010E, 0x00CB, 0x010F, 0x0147, 0x00CD, 0x00CE, // 0xD0
    0x011B, 0x2518, 0x250C, 0x2588, 0x2584, 0x0162, 0x016E, 0x2580, // 0xD8
    0x00D3, 0x00DF, 0x00D4, 0x0143, 0x0144, 0x0148, 0x0160, 0x0161, // 0xE0
    0x0154, 0x00DA, 0x0155, 0x0170, 0x00FD, 0x00DD, 0x0163, 0x00B4, // 0xE8
    0x00AD, 0x02DD, 0x02DB, 0x02C7, 0x02D8, 0x00A7, 0x00F7, 0x00B8, // 0xF0
    0x00B0, 0x00A8, 0x02D9, 0x0171, 0x0158, 0x0159, 0x25A0, 0x00A0, // 0xF8
} };

const CodePage *codePageFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Windows1250:
        return &windows1250Table;
    case TextEncoding::Iso8859_2:
        return &iso8859_2Table;
    case TextEncoding::Windows1251:
        return &windows1251Table;
    case TextEncoding::Cp852:
        return &cp852Table;
    case TextEncoding::Utf8:
    case TextEncoding::Latin1:
        break;
    }
    return nullptr;
}

bool isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    // Eight bytes at a time: any set high bit means non-ASCII.
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
        p += 8;
        n -= 8;
    }
    while (n-- > 0) {
        if (static_cast<uchar>(*p++) >= 0x80)
            return false;
    }
    return true;
}

/// Length of the UTF-8 sequence starting at `p` (1-4), 0 when it is invalid, or -1 when the
/// bytes end in the middle of an otherwise valid sequence.
int utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    int length;
    char32_t minimum;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        minimum = 0x10000;
    } else {
        return 0;
    }
    char32_t code = lead & (0x3F >> (length - 1));
    for (int i = 1; i < length; ++i) {
        if (i >= available)
            return -1;
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
        // Reject overlong forms, surrogates and values above U+10FFFF as soon as they show.
        if (i == 1 && length == 3 && code < (minimum >> 6))
            return 0;
        if (i == 1 && length == 4 && (code < 0x10 || code > 0x10F))
            return 0;
    }
    if (code < minimum || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        return 0;
    return length;
}

/// True when `bytes` is UTF-8 (a sequence cut off at the very end still counts).
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(p + i, n - i);
        if (length < 0)
            return true;
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

bool isAsciiLetter(uchar b)
{
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

/// Cyrillic text is written in whole words of high bytes; Latin 2 languages put a few accented
/// letters among ASCII ones. Windows-1251 when most high bytes stand in all-high words.
bool looksCyrillic(QByteArrayView bytes)
{
    qsizetype inHighWords = 0, inMixedWords = 0, cyrillicLetters = 0, high = 0;
    qsizetype wordHigh = 0, wordLength = 0;
    bool wordHasAscii = false;
    auto endWord = [&] {
        if (wordHigh > 0) {
            if (!wordHasAscii && wordLength >= 2)
                inHighWords += wordHigh;
            else
                inMixedWords += wordHigh;
        }
        wordHigh = wordLength = 0;
        wordHasAscii = false;
    };
    for (const char c : bytes) {
        const auto b = static_cast<uchar>(c);
        if (b >= 0x80) {
            ++high;
            ++wordHigh;
            ++wordLength;
            if (b >= 0xC0 || b == 0xA8 || b == 0xB8)
                ++cyrillicLetters;
        } else if (isAsciiLetter(b)) {
            wordHasAscii = true;
            ++wordLength;
        } else {
            endWord();
        }
    }
    endWord();
    return high > 0 && inHighWords > 2 * inMixedWords && cyrillicLetters * 10 >= high * 8;
}

/// How much a decoded character looks like Central European text: the letters of Czech and
/// Slovak count most, other Latin 2 letters less, control characters and box drawing (a DOS
/// code page read wrongly) count against.
int letterWeight(char16_t c)
{
    static constexpr char16_t csSk[] = u"áčďéěíňóřšťúůýžľĺŕôäÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽĹŔÔÄ";
    static constexpr char16_t otherLatin2[] = u"ąęłńśźżćőűöüĄĘŁŃŚŹŻĆŐŰÖÜăâîșțşţĂÂÎȘȚŞŢđĐ";
    for (const char16_t l : csSk) {
        if (l == c)
            return 3;
    }
    for (const char16_t l : otherLatin2) {
        if (l == c)
            return 2;
    }
    if (c == 0xFFFD || (c >= 0x80 && c <= 0x9F))
        return -6;
    if (c >= 0x2500 && c <= 0x25FF)
        return -3;
    return QChar::isLetter(c) ? 0 : -1;
}

int latin2Score(QByteArrayView bytes, const CodePage &table)
{
    int score = 0;
    for (const char c : bytes) {
        const auto b = static_cast<uchar>(c);
        if (b >= 0x80)
            score += letterWeight(table[b - 0x80]);
    }
    return score;
}

TextEncoding guessSingleByte(QByteArrayView sample, TextEncoding preferred)
{
    if (looksCyrillic(sample))
        return TextEncoding::Windows1251;
    // Candidates in order of preference; a tie goes to the earlier one.
    std::array<TextEncoding, 4> candidates { preferred, TextEncoding::Windows1250,
                                             TextEncoding::Iso8859_2, TextEncoding::Cp852 };
    TextEncoding best = preferred;
    int bestScore = 0;
    bool found = false;
    for (const TextEncoding candidate : candidates) {
        const CodePage *table = codePageFor(candidate);
        if (!table || candidate == TextEncoding::Windows1251)
            continue;
        const int score = latin2Score(sample, *table);
        if (!found || score > bestScore) {
            best = candidate;
            bestScore = score;
            found = true;
        }
    }
    return best;
}

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/// Characters QString::fromUtf8() may treat otherwise than as themselves: surrogates (not
/// characters at all), noncharacters and the byte order mark. Texts with them are left to Qt.
bool isSpecial(char32_t c)
{
    return (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
        || c == 0xFEFF;
}

#ifdef __SSE2__
/// Sixteen bytes from `in` written to `out` as sixteen UTF-16 units, each byte its own
/// character (right for ASCII). Returns the bytes, for the caller to see to the high ones.
__m128i widenSixteen(const uchar *in, char16_t *out)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(block, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(block, zero));
    return block;
}
#endif

/// `bytes` widened to `out` when they are ASCII (sixteen at a time with SSE2); false, with `out`
/// partly written, when one is not. Most parts of a text decoded piecewise (a BIC, an IBAN, a
/// code) are ASCII.
bool widenAscii(QByteArrayView bytes, char16_t *out)
{
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
#ifdef __SSE2__
    for (; i + 16 <= size; i += 16) {
        if (_mm_movemask_epi8(widenSixteen(in + i, out + i)) != 0)
            return false;
    }
#endif
    uchar high = 0;
    for (; i < size; ++i) {
        high |= in[i];
        out[i] = in[i];
    }
    return high < 0x80;
}

/// `bytes` decoded into `out` (room for as many units as bytes) when they are well-formed UTF-8
/// of ordinary characters: how many units it wrote; -1 when they are not, for Qt to decode with
/// its rules for broken text. A call per byte into Qt costs more than this for the short texts
/// of bank files (names, purposes: mostly ASCII, a few two-byte letters).
qsizetype decodeValidUtf8(QByteArrayView bytes, char16_t *out)
{
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    char16_t *to = out;
    qsizetype i = 0;
    while (i < size) {
#ifdef __SSE2__
        // Eight ASCII bytes at once: words between the letters with diacritics. (`out` has room
        // for as many units as bytes, and no more units than bytes have been written.)
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, in + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                const __m128i block = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(in + i));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(to),
                                 _mm_unpacklo_epi8(block, _mm_setzero_si128()));
                to += 8;
                i += 8;
                continue;
            }
        }
#endif
        const uchar lead = in[i];
        if (lead < 0x80) {
            *to++ = lead;
            ++i;
        } else if (lead >= 0xC2 && lead <= 0xDF) { // U+0080 ... U+07FF
            if (i + 1 >= size || !isContinuation(in[i + 1]))
                return -1;
            *to++ = char16_t(((lead & 0x1F) << 6) | (in[i + 1] & 0x3F));
            i += 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) { // U+0800 ... U+FFFF
            if (i + 2 >= size || !isContinuation(in[i + 1]) || !isContinuation(in[i + 2]))
                return -1;
            const char32_t c = char32_t((lead & 0x0F) << 12) | char32_t((in[i + 1] & 0x3F) << 6)
                | char32_t(in[i + 2] & 0x3F);
            if (c < 0x800 || isSpecial(c))
                return -1;
            *to++ = char16_t(c);
            i += 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) { // U+10000 ... U+10FFFF: two units
            if (i + 3 >= size || !isContinuation(in[i + 1]) || !isContinuation(in[i + 2])
                || !isContinuation(in[i + 3]))
                return -1;
            const char32_t c = char32_t((lead & 0x07) << 18) | char32_t((in[i + 1] & 0x3F) << 12)
                | char32_t((in[i + 2] & 0x3F) << 6) | char32_t(in[i + 3] & 0x3F);
            if (c < 0x10000 || c > 0x10FFFF || isSpecial(c))
                return -1;
            *to++ = QChar::highSurrogate(c);
            *to++ = QChar::lowSurrogate(c);
            i += 4;
        } else {
            return -1;
        }
    }
    return to - out;
}

qsizetype decodeSingleByteInto(QByteArrayView bytes, const CodePage &table, char16_t *out)
{
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
#ifdef __SSE2__
    // Sixteen bytes at a time are widened as if all were ASCII; the few high ones among them
    // (a Czech or Slovak text has about one in ten) are then looked up one by one.
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= size; i += 16) {
        const __m128i block = widenSixteen(in + i, out + i);
        for (quint32 high = quint32(_mm_movemask_epi8(block)); high != 0; high &= high - 1) {
            const qsizetype at = i + qCountTrailingZeroBits(high);
            out[at] = table[in[at] - 0x80];
        }
    }
    if (i + 8 <= size) { // names and short fields often end in one more half block
        const __m128i block = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(in + i));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_unpacklo_epi8(block, zero));
        for (quint32 high = quint32(_mm_movemask_epi8(block)) & 0xFF; high != 0; high &= high - 1) {
            const qsizetype at = i + qCountTrailingZeroBits(high);
            out[at] = table[in[at] - 0x80];
        }
        i += 8;
    }
#endif
    for (; i < size; ++i)
        out[i] = in[i] < 0x80 ? char16_t(in[i]) : table[in[i] - 0x80];
    return size;
}

QString decodeSingleByte(QByteArrayView bytes, const CodePage &table)
{
    QString text(bytes.size(), Qt::Uninitialized);
    decodeSingleByteInto(bytes, table, reinterpret_cast<char16_t *>(text.data()));
    return text;
}

struct EncodingName
{
    TextEncoding encoding;
    const char *name;
};

// The first name of each encoding is its canonical one; names are compared without case,
// '-', '_' and spaces.
constexpr EncodingName encodingNames[] = {
    { TextEncoding::Utf8, "utf-8" },
    { TextEncoding::Windows1250, "windows-1250" },
    { TextEncoding::Windows1250, "cp1250" },
    { TextEncoding::Windows1250, "win1250" },
    { TextEncoding::Windows1250, "ansi1250" },
    { TextEncoding::Iso8859_2, "iso-8859-2" },
    { TextEncoding::Iso8859_2, "latin2" },
    { TextEncoding::Iso8859_2, "iso88592" },
    { TextEncoding::Iso8859_2, "l2" },
    { TextEncoding::Windows1251, "windows-1251" },
    { TextEncoding::Windows1251, "cp1251" },
    { TextEncoding::Windows1251, "win1251" },
    { TextEncoding::Cp852, "cp852" },
    { TextEncoding::Cp852, "ibm852" },
    { TextEncoding::Cp852, "852" },
    { TextEncoding::Cp852, "doslatin2" },
    { TextEncoding::Latin1, "iso-8859-1" },
    { TextEncoding::Latin1, "latin1" },
    { TextEncoding::Latin1, "l1" },
};

QString normalisedEncodingName(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name.trimmed()) {
        if (c != u'-' && c != u'_' && c != u' ')
            key.append(c.toLower());
    }
    return key;
}

} // namespace

QLatin1StringView encodingName(TextEncoding encoding)
{
    for (const EncodingName &entry : encodingNames) {
        if (entry.encoding == encoding)
            return QLatin1StringView(entry.name);
    }
    return QLatin1StringView("utf-8");
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString key = normalisedEncodingName(name);
    for (const EncodingName &entry : encodingNames) {
        if (normalisedEncodingName(QString::fromLatin1(entry.name)) == key)
            return entry.encoding;
    }
    return std::nullopt;
}

int utf8BomLength(QByteArrayView bytes)
{
    return startsWithText(bytes, "\xEF\xBB\xBF") ? 3 : 0;
}

TextEncoding detectEncoding(QByteArrayView sample, TextEncoding preferred)
{
    if (utf8BomLength(sample) > 0)
        return TextEncoding::Utf8;
    // ASCII reads the same in every supported encoding: the caller's preference decides.
    if (isAscii(sample))
        return preferred;
    if (isValidUtf8(sample))
        return TextEncoding::Utf8;
    if (preferred == TextEncoding::Latin1)
        return preferred;
    return guessSingleByte(sample, preferred);
}

bool isAsciiText(QByteArrayView bytes)
{
    return isAscii(bytes);
}

qsizetype decodeTextInto(QByteArrayView bytes, TextEncoding encoding, char16_t *out)
{
    if (const CodePage *table = codePageFor(encoding))
        return decodeSingleByteInto(bytes, *table, out);
    if (encoding == TextEncoding::Utf8) {
        if (widenAscii(bytes, out))
            return bytes.size();
        const QByteArrayView text = bytes.sliced(utf8BomLength(bytes));
        const qsizetype written = decodeValidUtf8(text, out);
        if (written >= 0)
            return written;
        const QString decoded = QString::fromUtf8(text); // Qt's rules for what is broken
        std::copy_n(reinterpret_cast<const char16_t *>(decoded.constData()), decoded.size(), out);
        return decoded.size();
    }
    // Latin-1: every byte is its character.
    std::copy(reinterpret_cast<const uchar *>(bytes.begin()),
              reinterpret_cast<const uchar *>(bytes.end()), out);
    return bytes.size();
}

QString decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    // A single-byte code page decodes ASCII as fast as Latin-1 does: no scan for it first.
    if (const CodePage *table = codePageFor(encoding))
        return decodeSingleByte(bytes, *table);
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (encoding == TextEncoding::Utf8) {
        QString decoded(decodedSizeBound(bytes.size()), Qt::Uninitialized);
        decoded.truncate(
            decodeTextInto(bytes, encoding, reinterpret_cast<char16_t *>(decoded.data())));
        return decoded;
    }
    return QString::fromLatin1(bytes);
}

} // namespace Saldo
