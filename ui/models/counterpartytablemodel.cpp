// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterpartytablemodel.h"

#include "localeformat.h"

namespace Saldo {

CounterpartyTableModel::CounterpartyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CounterpartyTableModel::setCounterparties(QList<Counterparty> counterparties)
{
    beginResetModel();
    m_counterparties = std::move(counterparties);
    endResetModel();
}

int CounterpartyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counterparties.size());
}

int CounterpartyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterpartyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Counterparty &counterparty = m_counterparties.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return counterparty.name;
        case CompanyIdColumn:
            return counterparty.companyId;
        case IbansColumn:
            return ibanList(counterparty);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return counterparty.name;
        case CompanyIdColumn:
            return counterparty.companyId;
        case IbansColumn:
            return int(counterparty.ibans.size());
        default:
            return {};
        }
    case SearchRole:
        if (index.column() == IbansColumn) {
            QStringList forms;
            for (const CounterpartyIban &entry : counterparty.ibans)
                forms << entry.iban.toString() << entry.iban.toGroupedString();
            return forms.join(QLatin1Char(' '));
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == IbansColumn ? ibanToolTip(counterparty) : QString();
    default:
        return {};
    }
}

QString CounterpartyTableModel::ibanList(const Counterparty &counterparty) const
{
    QStringList ibans;
    for (const CounterpartyIban &entry : counterparty.ibans)
        ibans.append(entry.iban.toGroupedString());
    return ibans.join(QStringLiteral(", "));
}

QString CounterpartyTableModel::ibanToolTip(const Counterparty &counterparty) const
{
    QStringList lines;
    for (const CounterpartyIban &entry : counterparty.ibans) {
        const QString since = formatDate(entry.since.date());
        if (entry.origin == IbanOrigin::Learned)
            lines.append(since.isEmpty()
                             ? tr("%1: learned from a statement").arg(entry.iban.toGroupedString())
                             : tr("%1: learned from a statement on %2")
                                   .arg(entry.iban.toGroupedString(), since));
        else
            lines.append(since.isEmpty()
                             ? tr("%1: entered").arg(entry.iban.toGroupedString())
                             : tr("%1: entered on %2").arg(entry.iban.toGroupedString(), since));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant CounterpartyTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyIdColumn:
        return tr("Company ID");
    case IbansColumn:
        return tr("Bank accounts");
    default:
        return {};
    }
}

} // namespace Saldo
