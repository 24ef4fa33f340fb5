// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/invoicefiltermodel.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace Saldo {

class BusyIndicator;
class DataTableView;
class EmptyState;
class InvoiceTableModel;

/// The Invoices section: every issued and received invoice with what is still open, filtered
/// by status and kind, searchable, with the open totals per currency of what is shown.
class InvoicesView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoicesView(InvoiceTableModel *invoices, QWidget *parent = nullptr);

    /// Shows the invoices of one status and kind (the overview's links land here).
    void setFilter(InvoiceFilterModel::Status status, InvoiceFilterModel::Kind kind);
    /// Shows the busy indicator instead of the table while the ledger is read.
    void setLoading(bool loading);

    InvoiceFilterModel *filterModel() const { return m_filter; }
    DataTableView *table() const { return m_table; }
    EmptyState *emptyState() const { return m_empty; }
    QLineEdit *searchField() const { return m_search; }
    /// The filter bar's buttons.
    QAbstractButton *statusButton(InvoiceFilterModel::Status status) const;
    QAbstractButton *kindButton(InvoiceFilterModel::Kind kind) const;
    /// The summary line under the table.
    QString summaryText() const;
    /// The header layout (column order, widths, sort) to keep between runs.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

private:
    QWidget *createFilterBar();
    void addFilterButton(QButtonGroup *group, QWidget *bar, const QString &text, int id,
                         const QString &toolTip);
    void applyFilter();
    void updatePage();
    void updateSummary();

    InvoiceTableModel *m_invoices;
    InvoiceFilterModel *m_filter;
    QButtonGroup *m_statusGroup = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay;
    QTimer *m_summaryDelay;
    DataTableView *m_table;
    QLabel *m_summary;
    EmptyState *m_empty;
    BusyIndicator *m_busy;
    QStackedWidget *m_stack;
    bool m_loading = false;
    bool m_columnsFitted = false;
};

} // namespace Saldo
