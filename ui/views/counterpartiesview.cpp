// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterpartiesview.h"

#include "models/counterpartytablemodel.h"

#include <QLocale>
#include <QSortFilterProxyModel>

namespace Saldo {

namespace {

TableSectionView::Texts texts()
{
    TableSectionView::Texts t;
    t.emptyTitle = CounterpartiesView::tr("No counterparties yet");
    t.emptyMessage = CounterpartiesView::tr(
        "Your customers and suppliers will be listed here with their bank accounts. They "
        "come with the invoices, and Saldo learns new accounts from the statements you "
        "pair by hand.");
    t.searchPlaceholder = CounterpartiesView::tr("Search name, company ID or IBAN");
    t.busy = CounterpartiesView::tr("Reading the counterparties…");
    t.describeCount = [](int shown, int all) {
        return shown == all ? CounterpartiesView::tr("%n counterparty(ies)", nullptr, all)
                            : CounterpartiesView::tr("%1 of %n counterparty(ies)", nullptr, all)
                                  .arg(QLocale().toString(shown));
    };
    return t;
}

} // namespace

CounterpartiesView::CounterpartiesView(CounterpartyTableModel *counterparties, QWidget *parent)
    : TableSectionView(counterparties, CounterpartyTableModel::SortRole,
                       CounterpartyTableModel::IbansColumn, texts(), parent)
{
    setObjectName(QStringLiteral("counterpartiesView"));
    proxy()->setFilterRole(CounterpartyTableModel::SearchRole);
}

} // namespace Saldo
