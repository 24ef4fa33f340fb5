// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounttablemodel.h"

#include "banknames.h"

#include <QFontDatabase>

namespace Saldo {

AccountTableModel::AccountTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccountTableModel::setAccounts(QList<OwnAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwnAccount &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(account, index.column());
    case SortRole:
        if (index.column() == IbanColumn)
            return account.iban.toString();
        return display(account, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BankColumn) {
            const QString code = bankCode(account.iban);
            return code.isEmpty() ? QString() : tr("Bank code %1").arg(code);
        }
        return {};
    case Qt::FontRole:
        // IBANs and account numbers are read digit by digit and compared with paper.
        if (index.column() == IbanColumn || index.column() == LocalNumberColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    default:
        return {};
    }
}

QVariant AccountTableModel::display(const OwnAccount &account, int column) const
{
    switch (column) {
    case NameColumn:
        return account.name;
    case IbanColumn:
        return account.iban.toGroupedString();
    case LocalNumberColumn:
        return account.iban.toCzSkAccount().value_or(QString());
    case BankColumn: {
        const QString name = bankName(account.iban);
        return name.isEmpty() ? bankCode(account.iban) : name;
    }
    case CurrencyColumn:
        return account.currency.code();
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account");
    case IbanColumn:
        return tr("IBAN");
    case LocalNumberColumn:
        return tr("Account number");
    case BankColumn:
        return tr("Bank");
    case CurrencyColumn:
        return tr("Currency");
    default:
        return {};
    }
}

} // namespace Saldo
