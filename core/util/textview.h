// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>
#include <cstddef>

namespace Saldo {

// Comparisons of a text or bytes with a literal ("EREF", "vs", "NONREF"), inline: the views'
// == and startsWith() are calls into Qt that cost more than comparing the two or four units readers
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

/// Whether `bytes` are `literal` (byte for byte).
template<std::size_t N>
bool equalsText(QByteArrayView bytes, const char (&literal)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    return bytes.size() == length && std::equal(literal, literal + length, bytes.data());
}

/// Whether `bytes` start with `literal` (byte for byte).
template<std::size_t N>
bool startsWithText(QByteArrayView bytes, const char (&literal)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    return bytes.size() >= length && std::equal(literal, literal + length, bytes.data());
}

} // namespace Saldo
