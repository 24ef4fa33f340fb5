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

/// Short texts that repeat from line to line (transaction types, business codes, posting texts,
/// BICs), so that the many lines of a file that carry the same one share one string instead of
/// allocating one each; and the IBANs of the file that are not in electronic form, parsed once
/// each.
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
        // One slot per hash of the length and a few characters: a file has a few dozen such
        // texts (most of them BICs), which land in slots of their own; two that share one only
        // cost a copy when they alternate. No search, no bound to mind.
        const char16_t *chars = text.utf16();
        const auto size = size_t(text.size());
        const size_t hash = (size * 0x9E3779B1U) ^ (chars[0] * 31U) ^ (chars[size - 1] * 131U)
            ^ (chars[size / 2] * 1031U) ^ (chars[size / 3] * 8191U);
        QString &slot = m_slots[(hash ^ (hash >> 11)) % m_slots.size()];
        // constData(), not utf16(): the latter is a call into Qt.
        if (size_t(slot.size()) == size
            && std::memcmp(slot.constData(), chars, size * sizeof(char16_t)) == 0)
            return slot;
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
    std::array<QString, 256> m_slots;
};

} // namespace Saldo
