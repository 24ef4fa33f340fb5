// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <algorithm>
#include <cstddef>

namespace Saldo {

// Comparisons of a text with a literal ("EREF", "vs"), inline: QStringView's == and
// startsWith() are calls into Qt that cost more than comparing the two or four units readers
// compare for every line (and most comparisons fail on the length alone).

/// Whether `text` is `literal` (unit for unit).
template<std::size_t N>
bool equalsText(QStringView text, const char16_t (&literal)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    return text.size() == length && std::equal(literal, literal + length, text.utf16());
}

/// Whether `text` starts with `literal` (unit for unit).
template<std::size_t N>
bool startsWithText(QStringView text, const char16_t (&literal)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    return text.size() >= length && std::equal(literal, literal + length, text.utf16());
}

} // namespace Saldo
