// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"
#include "util/trimmed.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <optional>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

/// Internal helpers shared by Iban and CreditorReference (both use ISO 7064 MOD 97-10 over an
/// upper-case alphanumeric text). Not part of the public money API.
namespace IbanUtil {

/// Longest text either type accepts (IBAN: 34). Normalising stops there, so hostile input costs
/// no more than this.
constexpr int kMaxChars = 34;

template<typename Char>
inline constexpr bool isDigit(Char c)
{
    return c >= Char('0') && c <= Char('9');
}
template<typename Char>
inline constexpr bool isUpper(Char c)
{
    return c >= Char('A') && c <= Char('Z');
}

/// Blanks around and inside IBANs and references as people type them: spaces, tabs, no-break
/// and narrow no-break spaces.
inline constexpr bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u202F';
}

inline QStringView trimmedBlanks(QStringView text)
{
    return trimmedBy(text, isBlank);
}

/// Text without spaces, upper case, in a fixed buffer (no allocation).
struct Normalized
{
    char chars[kMaxChars];
    int size = 0;
};

/// Drops spaces (also no-break) and upper-cases letters; an error (without the value, the caller
/// names it) for any other character or for more than `maxChars` characters.
std::optional<Error> normalize(QStringView text, Normalized &out, int maxChars = kMaxChars);

#ifdef __SSE2__
inline constexpr quint64 kNotEightDigits = ~quint64(0);

/// The number eight UTF-16 units spell when they are all digits ("12345678" = 12345678), else
/// kNotEightDigits: digits paired, the pairs paired, then the quads, with multiply-adds.
inline quint64 eightDigits(const char16_t *units)
{
    const __m128i text = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units));
    const __m128i digits = _mm_sub_epi16(text, _mm_set1_epi16('0'));
    // Digits are 0-9 as unsigned: compared signed, anything else is below 0 or above 9.
    const __m128i outside = _mm_or_si128(_mm_cmplt_epi16(digits, _mm_setzero_si128()),
                                         _mm_cmpgt_epi16(digits, _mm_set1_epi16(9)));
    if (_mm_movemask_epi8(outside) != 0)
        return kNotEightDigits;
    const __m128i pairs = _mm_madd_epi16(digits, _mm_setr_epi16(10, 1, 10, 1, 10, 1, 10, 1));
    const __m128i quads = _mm_madd_epi16(_mm_packs_epi32(pairs, pairs),
                                         _mm_setr_epi16(100, 1, 100, 1, 100, 1, 100, 1));
    const auto high = quint64(quint32(_mm_cvtsi128_si32(quads)));
    const auto low = quint64(quint32(_mm_cvtsi128_si32(_mm_srli_si128(quads, 4))));
    return high * 10000 + low;
}
#endif

/// ISO 7064 MOD 97-10 of the text with its first four characters moved to the end and letters
/// expanded to two digits (A = 10 ... Z = 35). A valid IBAN or RF reference gives 1. `chars`
/// are upper-case letters and digits only: Latin-1 bytes, or UTF-16 units checked before.
template<typename Char>
int mod97Rotated(const Char *chars, int size)
{
    // The remainder is taken only when the 64-bit sum could overflow, not per digit: a division
    // costs more than the rest of the loop, and every IBAN of a statement passes through here.
    quint64 value = 0;
    const auto add = [&value](Char c) {
        if (value >= 100000000000000000ULL) // 10^17: two more digits still fit
            value %= 97;
        value = isDigit(c) ? value * 10 + quint64(c - Char('0'))
                           : value * 100 + quint64(c - Char('A') + 10);
    };
    // The characters from `from` to `to`, eight digits at a time where they are eight digits
    // (UTF-16 with SSE2: an IBAN's account part is digits; a run costs what two digits did).
    const auto addRange = [&](int from, int to) {
        int k = from;
#ifdef __SSE2__
        if constexpr (sizeof(Char) == 2) {
            for (; k + 8 <= to; k += 8) {
                const quint64 eight = eightDigits(chars + k);
                if (eight == kNotEightDigits)
                    break;
                value = (value % 97) * 100000000 + eight;
            }
        }
#endif
        for (; k < to; ++k)
            add(chars[k]);
    };
    // Two plain loops rather than one with the rotated index worked out per character.
    const int split = size > 4 ? 4 : 4 % std::max(size, 1);
    addRange(split, size);
    addRange(0, split);
    return int(value % 97);
}

/// The text in groups of four separated by spaces ("SK31 1200 ...").
QString grouped(const QString &text);

/// A Czech/Slovak local account number, zero-filled to its IBAN fields.
struct CzSkParts
{
    char prefix[6];
    char number[10];
    char bank[4];
};

/// Parses "[prefix-]number/bank", checking the lengths and the weighted mod-11 checks of prefix
/// and number. The error names the account text.
std::optional<Error> parseCzSkAccount(QStringView text, CzSkParts &out);

/// Whether zero-filled parts are digits, the number has two significant digits or more and
/// prefix and number pass the mod-11 check: what parseCzSkAccount() checks of a text.
bool isValidCzSkParts(const CzSkParts &parts);

} // namespace IbanUtil

} // namespace Saldo
