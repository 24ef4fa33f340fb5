// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlistmodel.h"

#include "ledger/ledger.h"
#include "money/iban.h"
#include "rowstates.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Saldo {

namespace {

QDateTime timestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
}

QString groupedIban(const QString &text)
{
    const auto iban = Iban::parse(text);
    return iban ? iban->toGroupedString() : text;
}

} // namespace

ImportListModel::ImportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

Status ImportListModel::load(Ledger &ledger)
{
    QSqlQuery query(ledger.database());
    const bool ran = query.exec(QStringLiteral(
        "SELECT i.id, i.created_at, a.iban, a.name, i.file_name, i.state, i.confirmed_by, "
        "i.confirmed_at, COUNT(l.id), COALESCE(SUM(l.colour = 'red'), 0) "
        "FROM statement_imports i JOIN own_accounts a ON a.id = i.account_id "
        "LEFT JOIN statement_lines l ON l.import_id = i.id AND l.deleted = 0 "
        "GROUP BY i.id ORDER BY i.id DESC"));
    if (!ran)
        return Error { tr("Could not list the imports: %1").arg(query.lastError().text()) };
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.created = timestamp(query.value(1));
        entry.account
            = tr("%1 – %2").arg(groupedIban(query.value(2).toString()), query.value(3).toString());
        entry.fileName = query.value(4).toString();
        entry.confirmed = query.value(5).toString() == u"confirmed";
        entry.confirmedBy = query.value(6).toString();
        entry.confirmedAt = timestamp(query.value(7));
        entry.rows = query.value(8).toInt();
        entry.red = query.value(9).toInt();
        entries.append(entry);
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return Status::success();
}

void ImportListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportListModel::display(const Entry &entry, int column) const
{
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return locale.toString(entry.created, QLocale::ShortFormat);
    case AccountColumn:
        return entry.account;
    case FileColumn:
        return entry.fileName;
    case RowsColumn:
        return entry.rows;
    case ToDoColumn:
        return entry.red;
    case StateColumn:
        return entry.confirmed ? tr("Confirmed") : tr("Draft");
    case ConfirmedByColumn:
        return entry.confirmed ? tr("%1, %2").arg(
                   entry.confirmedBy, locale.toString(entry.confirmedAt, QLocale::ShortFormat))
                               : QString();
    }
    return {};
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case SortRole:
        if (index.column() == DateColumn)
            return entry.created;
        return display(entry, index.column());
    case IdRole:
        return entry.id;
    case Qt::DecorationRole:
        if (index.column() == ToDoColumn && entry.red > 0)
            return RowStates::icon(RowColour::Red);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn || index.column() == ToDoColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Imported");
    case AccountColumn:
        return tr("Account");
    case FileColumn:
        return tr("File");
    case RowsColumn:
        return tr("Rows");
    case ToDoColumn:
        return tr("To do");
    case StateColumn:
        return tr("State");
    case ConfirmedByColumn:
        return tr("Confirmed by");
    }
    return {};
}

} // namespace Saldo
