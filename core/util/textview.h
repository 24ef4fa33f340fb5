// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>
#include <cstddef>

namespace Saldo {

// Comparisons of a text or bytes with a literal ("EREF", "vs", "NONREF"), inline: the views'
// == and startsWith() are calls into Qt that cost more than comparing the two or four units
// readers compare for every line (and most comparisons fail on the length alone).

namespace TextView {

/// Whether the `size` units at `units` start with (`prefix`) or are `literal`.
template<typename Unit, std::size_t N>
bool matches(const Unit *units, qsizetype size, const Unit (&literal)[N], bool prefix)
{
    constexpr qsizetype length = qsizetype(N) - 1; // without the literal's terminating zero
    return (prefix ? size >= length : size == length)
        && std::equal(literal, literal + length, units);
}

} // namespace TextView

/// Whether `text` is `literal` (unit for unit).
template<std::size_t N>
bool equalsText(QStringView text, const char16_t (&literal)[N])
{
    return TextView::matches(text.utf16(), text.size(), literal, false);
}

/// Whether `text` starts with `literal` (unit for unit).
template<std::size_t N>
bool startsWithText(QStringView text, const char16_t (&literal)[N])
{
    return TextView::matches(text.utf16(), text.size(), literal, true);
}

/// Whether `bytes` are `literal` (byte for byte).
template<std::size_t N>
bool equalsText(QByteArrayView bytes, const char (&literal)[N])
{
    return TextView::matches(bytes.data(), bytes.size(), literal, false);
}

/// Whether `bytes` start with `literal` (byte for byte).
template<std::size_t N>
bool startsWithText(QByteArrayView bytes, const char (&literal)[N])
{
    return TextView::matches(bytes.data(), bytes.size(), literal, true);
}

} // namespace Saldo
