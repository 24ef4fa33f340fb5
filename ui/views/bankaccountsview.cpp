// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccountsview.h"

#include "models/accounttablemodel.h"

namespace Saldo {

namespace {

TableSectionView::Texts texts()
{
    TableSectionView::Texts t;
    t.emptyTitle = BankAccountsView::tr("No bank accounts yet");
    t.emptyMessage = BankAccountsView::tr(
        "The firm's own bank accounts will be listed here. Statements are imported into "
        "them, and a transfer between two of them is recognised as your own.");
    t.busy = BankAccountsView::tr("Reading the bank accounts…");
    t.describeCount = [](int, int all) {
        return BankAccountsView::tr("%n bank account(s)", nullptr, all);
    };
    return t;
}

} // namespace

BankAccountsView::BankAccountsView(AccountTableModel *accounts, QWidget *parent)
    : TableSectionView(accounts, AccountTableModel::SortRole, AccountTableModel::NameColumn,
                       texts(), parent)
{
    setObjectName(QStringLiteral("bankAccountsView"));
}

} // namespace Saldo
