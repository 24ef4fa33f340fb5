// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringView>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

/// Writes the non-ASCII character at `chars[i]` (of `size` UTF-16 units) as UTF-8 at `out` and
/// returns the end; a surrogate pair is read whole and `i` left on its second unit. At most
/// three bytes a unit. Inlined so that `i` can stay in a register. For writers that fill a buffer
/// they sized themselves (the JSON writer, the plain listing): QStringView::toUtf8() would allocate
/// a QByteArray for every value.
Q_ALWAYS_INLINE char *putUtf8NonAscii(char *out, const char16_t *chars, qsizetype &i,
                                      qsizetype size)
{
    const char16_t c = chars[i];
    if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1])) {
        const char32_t code = QChar::surrogateToUcs4(c, chars[++i]);
        *out++ = char(0xF0 | (code >> 18));
        *out++ = char(0x80 | ((code >> 12) & 0x3F));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    } else if (QChar::isSurrogate(c)) {
        // A lone surrogate: whatever Qt's UTF-8 encoder makes of it.
        const QByteArray replaced = QStringView(chars + i, 1).toUtf8();
        const qsizetype length = std::min<qsizetype>(replaced.size(), 3);
        std::memcpy(out, replaced.constData(), size_t(length));
        out += length;
    } else {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

/// Writes `text` as UTF-8 at `out` (room for three bytes a unit) and returns the end. Runs of
/// ASCII, most of what listings write (IBANs, symbols, names), go eight units at a time, also
/// between the letters with diacritics of a name.
inline char *putUtf8(char *out, QStringView text)
{
    const char16_t *const chars = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    while (i + 8 <= size) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        const quint32 ascii
            = quint32(_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_srli_epi16(units, 7), zero)));
        // All eight are written; `out` moves past the ASCII ones before the first other unit.
        // There is room: eight units left have 24 bytes.
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(units, units));
        if (ascii == 0xFFFF) {
            out += 8;
            i += 8;
            continue;
        }
        const qsizetype plain = qCountTrailingZeroBits(~ascii) / 2;
        out += plain;
        i += plain;
        out = putUtf8NonAscii(out, chars, i, size);
        ++i;
    }
#endif
    for (; i < size; ++i) {
        for (; i < size && chars[i] < 0x80; ++i)
            *out++ = char(chars[i]);
        if (i < size)
            out = putUtf8NonAscii(out, chars, i, size);
    }
    return out;
}

} // namespace Saldo
