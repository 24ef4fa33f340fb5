// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablesectionview.h"

namespace Saldo {

class CounterpartyTableModel;

/// The Counterparties section: customers and suppliers with the bank accounts Saldo knows for
/// them (entered, or learned from statements).
class CounterpartiesView : public TableSectionView
{
    Q_OBJECT
public:
    explicit CounterpartiesView(CounterpartyTableModel *counterparties, QWidget *parent = nullptr);
};

} // namespace Saldo
