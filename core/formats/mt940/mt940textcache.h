// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstring>

namespace Saldo {

/// The last few distinct short texts, so that the many lines of a file that carry the same
/// posting text, business code or BIC share one string instead of allocating one each.
class Mt940TextCache
{
public:
    static constexpr qsizetype kMaxLength = 40;

    QString get(QStringView text)
    {
        if (text.isEmpty())
            return {};
        if (text.size() > kMaxLength)
            return text.toString();
        for (const QString &entry : m_entries) {
            if (entry.size() == text.size()
                && std::memcmp(entry.utf16(), text.utf16(), size_t(text.size()) * sizeof(char16_t))
                    == 0)
                return entry;
        }
        QString &slot = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        slot = text.toString();
        return slot;
    }

private:
    std::array<QString, 16> m_entries;
    size_t m_next = 0;
};

} // namespace Saldo
