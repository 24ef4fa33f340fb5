// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/iban.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <cstring>

namespace Saldo {

/// The last few distinct short texts, so that the many lines of a file that carry the same
/// posting text, business code or BIC share one string instead of allocating one each; and the
/// IBANs of the file that are not in electronic form, parsed once each.
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
        // The last character tells most different codes and BICs of one length apart before
        // memcmp() is called.
        const char16_t last = text.utf16()[text.size() - 1];
        for (const QString &entry : m_entries) {
            // constData(), not utf16(): the latter is a call into Qt.
            const auto *chars = reinterpret_cast<const char16_t *>(entry.constData());
            if (entry.size() == text.size() && chars[text.size() - 1] == last
                && std::memcmp(chars, text.utf16(), size_t(text.size()) * sizeof(char16_t)) == 0)
                return entry;
        }
        QString &slot = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        slot = text.toString();
        return slot;
    }

    /// Iban::parse() of `text`: checked where it stands when it is in electronic form, else
    /// remembered (a null Iban when it is none), since normalising the print form costs more
    /// than a lookup and a file names the same counterparties again and again.
    Iban iban(QStringView text)
    {
        // The electronic form is checked faster than it is looked up; the cache is for the
        // print form and for texts that are no IBAN.
        if (Iban electronic = Iban::fromElectronic(text); !electronic.isNull())
            return electronic;
        // fromRawData: the lookup key needs no copy of the text.
        const QString key = QString::fromRawData(text.data(), text.size());
        const auto found = m_ibans.constFind(key);
        if (found != m_ibans.constEnd())
            return *found;
        auto parsed = Iban::parse(text);
        const Iban value = parsed ? std::move(parsed).value() : Iban();
        if (m_ibans.size() >= kMaxIbans) // huge files must not make it grow without bound
            m_ibans.clear();
        m_ibans.insert(text.toString(), value);
        return value;
    }

private:
    static constexpr qsizetype kMaxIbans = 8192;

    QHash<QString, Iban> m_ibans;
    std::array<QString, 16> m_entries;
    size_t m_next = 0;
};

} // namespace Saldo
