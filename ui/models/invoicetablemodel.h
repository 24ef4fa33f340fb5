// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicestate.h"
#include "model/invoice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Saldo {

/// The ledger's invoices, one per row, read-only. Holds the whole list (a million rows is
/// fine: data() formats only the rows on screen). The state column depends on today's date,
/// which the owner sets (tests pass a fixed one).
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        KindColumn,
        NumberColumn,
        CounterpartyColumn,
        VariableSymbolColumn,
        IssueDateColumn,
        DueDateColumn,
        TotalColumn,
        PaidColumn,
        OpenColumn,
        ColumnCount
    };
    enum Role {
        /// The raw value to sort by: minor units for amounts, Julian day for dates, urgency for
        /// the status, the collation rank for counterparty names; strings for other text.
        SortRole = Qt::UserRole + 1,
        /// The row's InvoiceState as an int.
        StateRole,
    };

    explicit InvoiceTableModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset). `today` decides which invoices are overdue.
    void setInvoices(QList<Invoice> invoices, const QDate &today);
    /// Moves "today" (e.g. after midnight): the status and due date columns change.
    void setToday(const QDate &today);
    const QDate &today() const { return m_today; }
    /// Tells the views to fetch icons and colours again (after a light/dark theme switch).
    void refreshColours();

    const Invoice &invoiceAt(int row) const { return m_invoices.at(row); }
    InvoiceState stateAt(int row) const { return InvoiceStates::of(m_invoices.at(row), m_today); }
    const QList<Invoice> &invoices() const { return m_invoices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Compares two rows by a column's sort value without QVariants, for the filter model:
    /// sorting a million rows stays well under a second.
    bool lessThan(int rowA, int rowB, int column) const;

private:
    QVariant display(const Invoice &invoice, int column) const;
    QVariant sortValue(int row, int column) const;
    QString toolTip(const Invoice &invoice, int column) const;

    void rankCounterparties();

    QList<Invoice> m_invoices;
    /// Each row's counterparty position in the locale's collation order, so that sorting by
    /// name compares two ints instead of collating two strings a million times.
    QList<int> m_counterpartyRank;
    QDate m_today;
};

} // namespace Saldo
