// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVarLengthArray>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace Saldo {

/// A multimap from 64-bit keys (a VS value, the hash of an invoice-number key) to invoice
/// indexes: one flat open-addressing table with linear probing, so a lookup touches one or two
/// cache lines where a sorted array of a million keys would cost twenty binary-search steps.
/// Load factor at most 2/3. Immutable after build(); any number of threads may read it.
/// Internal to the pairing index.
class InvoiceKeyTable
{
public:
    using Found = QVarLengthArray<int, 4>;

    void build(const std::vector<std::pair<quint64, int>> &entries);
    /// Every invoice stored under `key`, in the order they were given.
    Found find(quint64 key) const;

private:
    struct Slot
    {
        quint64 key = 0;
        int invoice = -1; ///< -1: empty
    };

    std::size_t home(quint64 key) const;

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    int m_shift = 64;
};

} // namespace Saldo
