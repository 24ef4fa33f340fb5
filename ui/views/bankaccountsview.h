// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablesectionview.h"

namespace Saldo {

class AccountTableModel;

/// The Bank accounts section: the firm's own accounts with IBAN, local number, bank and
/// currency.
class BankAccountsView : public TableSectionView
{
    Q_OBJECT
public:
    explicit BankAccountsView(AccountTableModel *accounts, QWidget *parent = nullptr);
};

} // namespace Saldo
