// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;

namespace Saldo {

class BusyIndicator;
class DataTableView;
class EmptyState;

/// A section that is one sortable, searchable table over a model, with an empty state when the
/// model has no rows and a busy indicator while the ledger is read. Bank accounts,
/// counterparties and the audit log are this.
class TableSectionView : public QWidget
{
    Q_OBJECT
public:
    struct Texts
    {
        QString emptyTitle;
        QString emptyMessage;
        QString searchPlaceholder; ///< empty: no search field
        QString busy;
        /// The line under the table: "3 bank accounts", "2 of 40 counterparties".
        std::function<QString(int shown, int all)> describeCount;
    };

    /// `sortRole` is the source model's role with raw values to sort by; `stretchColumn` takes
    /// the width the other columns leave.
    TableSectionView(QAbstractItemModel *model, int sortRole, int stretchColumn, const Texts &texts,
                     QWidget *parent = nullptr);

    void setLoading(bool loading);
    /// Puts a button for `action` above the table (the action that adds rows, e.g.).
    void addHeaderAction(QAction *action);

    DataTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    EmptyState *emptyState() const { return m_empty; }
    QLineEdit *searchField() const { return m_search; }
    QString countText() const;

private:
    void updatePage();

    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_table;
    QHBoxLayout *m_header;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_count;
    EmptyState *m_empty;
    BusyIndicator *m_busy;
    QStackedWidget *m_stack;
    std::function<QString(int, int)> m_describeCount;
    int m_stretchColumn;
    bool m_loading = false;
    bool m_columnsFitted = false;
};

} // namespace Saldo
