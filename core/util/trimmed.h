// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace Saldo {

namespace TrimmedDetail {

template<typename View, typename Predicate>
View trimmed(View text, Predicate isTrimmed, auto unit)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isTrimmed(unit(text[begin])))
        ++begin;
    while (end > begin && isTrimmed(unit(text[end - 1])))
        --end;
    return text.sliced(begin, end - begin);
}

} // namespace TrimmedDetail

/// `text` without the units at either end for which `isTrimmed(char16_t)` holds. Each kind of
/// value trims its own set of blanks (amounts also thin and no-break spaces, codes only ASCII).
template<typename Predicate>
QStringView trimmedBy(QStringView text, Predicate isTrimmed)
{
    return TrimmedDetail::trimmed(text, isTrimmed, [](QChar c) { return c.unicode(); });
}

/// `bytes` without the bytes at either end for which `isTrimmed(char)` holds (white space as
/// the bytes' code page has it).
template<typename Predicate>
QByteArrayView trimmedBy(QByteArrayView bytes, Predicate isTrimmed)
{
    return TrimmedDetail::trimmed(bytes, isTrimmed, [](char c) { return c; });
}

/// QStringView::trimmed() (white space as QChar::isSpace() sees it), inline for the common
/// case: a text whose first and last units are printable ASCII is returned as it is, without
/// a call into Qt. Readers trim every field of every line.
inline QStringView trimmedText(QStringView text)
{
    if (text.isEmpty())
        return text;
    const char16_t first = text.front().unicode();
    const char16_t last = text.back().unicode();
    if (first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80)
        return text;
    return text.trimmed();
}

} // namespace Saldo
