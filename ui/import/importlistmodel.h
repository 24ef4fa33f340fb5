// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Saldo {

class Ledger;

/// The ledger's statement imports, newest first: when, into which account, which file, how
/// many rows (and how many still to do), draft or confirmed and by whom.
class ImportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        AccountColumn,
        FileColumn,
        RowsColumn,
        ToDoColumn,
        StateColumn,
        ConfirmedByColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    struct Entry
    {
        qint64 id = 0;
        QDateTime created;
        QString account;
        QString fileName;
        int rows = 0;
        int red = 0;
        bool confirmed = false;
        QString confirmedBy;
        QDateTime confirmedAt;
    };

    explicit ImportListModel(QObject *parent = nullptr);

    /// Reads the list of imports (one short query: a ledger has one import per statement).
    Status load(Ledger &ledger);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Entry &entry, int column) const;

    QList<Entry> m_entries;
};

} // namespace Saldo
