// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Saldo {

/// The offending input as quoted in an error message, cut after 40 characters so that a hostile
/// megabyte-long field does not become a megabyte-long message. Internal to the money module.
inline QString inputExcerpt(QStringView text)
{
    constexpr qsizetype kMaxQuoted = 40;
    if (text.size() <= kMaxQuoted)
        return text.toString();
    return text.left(kMaxQuoted).toString() + QChar(0x2026); // "…"
}

} // namespace Saldo
