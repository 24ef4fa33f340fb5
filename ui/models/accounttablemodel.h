// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ownaccount.h"

#include <QAbstractTableModel>
#include <QList>

namespace Saldo {

/// The firm's own bank accounts, one per row, read-only.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IbanColumn,
        LocalNumberColumn, ///< "19-2000145399/0800" for Czech and Slovak accounts
        BankColumn,
        CurrencyColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: electronic IBAN, plain text
    };

    explicit AccountTableModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset).
    void setAccounts(QList<OwnAccount> accounts);
    const OwnAccount &accountAt(int row) const { return m_accounts.at(row); }
    const QList<OwnAccount> &accounts() const { return m_accounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const OwnAccount &account, int column) const;

    QList<OwnAccount> m_accounts;
};

} // namespace Saldo
