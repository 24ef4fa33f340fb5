// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/invoicekeytable.h"

namespace Saldo {

std::size_t InvoiceKeyTable::home(quint64 key) const
{
    // Fibonacci hashing spreads sequential VS values (2025000001, 2025000002 ...) evenly.
    return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> m_shift) & m_mask;
}

void InvoiceKeyTable::build(const std::vector<std::pair<quint64, int>> &entries)
{
    int bits = 4;
    while ((std::size_t(1) << bits) * 2 < entries.size() * 3)
        ++bits;
    m_slots.assign(std::size_t(1) << bits, Slot());
    m_mask = m_slots.size() - 1;
    m_shift = 64 - bits;
    for (const auto &[key, invoice] : entries) {
        std::size_t i = home(key);
        while (m_slots[i].invoice >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = { key, invoice };
    }
}

InvoiceKeyTable::Found InvoiceKeyTable::find(quint64 key) const
{
    Found found;
    if (m_slots.empty())
        return found;
    for (std::size_t i = home(key); m_slots[i].invoice >= 0; i = (i + 1) & m_mask) {
        if (m_slots[i].key == key)
            found.append(m_slots[i].invoice);
    }
    return found;
}

} // namespace Saldo
