// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

/// The first index from `from` on where `chars` (of `size` UTF-16 units) holds `unit`, or
/// `size`. Eight units at a time with SSE2, inline: QStringView::indexOf() is as fast on long
/// texts, but its calls cost more than the search on the short fields readers split (MT940
/// sub-fields are at most 27 characters).
inline qsizetype findUnit(const char16_t *chars, qsizetype from, qsizetype size, char16_t unit)
{
#ifdef __SSE2__
    const __m128i needle = _mm_set1_epi16(short(unit));
    for (; from + 8 <= size; from += 8) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + from));
        const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(block, needle));
        if (mask != 0)
            return from + qCountTrailingZeroBits(quint32(mask)) / 2;
    }
#endif
    for (; from < size; ++from) {
        if (chars[from] == unit)
            return from;
    }
    return size;
}

} // namespace Saldo
