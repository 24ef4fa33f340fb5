// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Saldo {

/// Entries of the ledger's audit log, read-only: when, who, what, and what changed.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, EntityColumn, ActionColumn, ChangesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< milliseconds since the epoch for the time; text else
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset).
    void setEntries(QList<AuditEntry> entries);
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "paid: 0.00 → 150.00; paid on: → 2026-01-05": the fields whose values differ, named
    /// and written as a bookkeeper reads them (yes/no, an allocation as "FV1 10.00").
    static QString describeChanges(const AuditEntry &entry);

private:
    QString entityText(const AuditEntry &entry) const;
    QString statementLineText(const AuditEntry &entry) const;
    QString actionText(const QString &action) const;

    QList<AuditEntry> m_entries;
};

} // namespace Saldo
