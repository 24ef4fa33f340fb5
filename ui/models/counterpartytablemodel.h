// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/counterparty.h"

#include <QAbstractTableModel>
#include <QList>

namespace Saldo {

/// The ledger's counterparties (customers and suppliers) with their bank accounts, read-only.
class CounterpartyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CompanyIdColumn, IbansColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< name and ID as text; IBANs by how many there are
        SearchRole, ///< the text a search matches: IBANs in print and electronic form
    };

    explicit CounterpartyTableModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset).
    void setCounterparties(QList<Counterparty> counterparties);
    const Counterparty &counterpartyAt(int row) const { return m_counterparties.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString ibanList(const Counterparty &counterparty) const;
    QString ibanToolTip(const Counterparty &counterparty) const;

    QList<Counterparty> m_counterparties;
};

} // namespace Saldo
