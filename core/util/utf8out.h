// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringView>

#include <algorithm>
#include <cstring>

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

} // namespace Saldo
