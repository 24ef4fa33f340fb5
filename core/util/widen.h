// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

#ifdef __SSE2__
/// Sixteen bytes from `in` written to `out` as sixteen UTF-16 units, each byte its own
/// character (right for ASCII and Latin-1). Returns the bytes, for the caller to see to the
/// high ones among them (_mm_movemask_epi8).
inline __m128i widenSixteen(const uchar *in, char16_t *out)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(block, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(block, zero));
    return block;
}
#endif

} // namespace Saldo
