// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrowmodel.h"

#include "localeformat.h"
#include "rowstates.h"
#include "suggestions.h"
#include "theme.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Saldo {

namespace {

bool isAmountColumn(int column)
{
    return column >= ImportRowModel::IncomeColumn && column <= ImportRowModel::UnallocatedColumn;
}

/// Income and expense are both shown as magnitudes, each in its own column.
std::optional<Money> amountOf(const ImportRow &row, int column)
{
    const Money &amount = row.data.amount;
    switch (column) {
    case ImportRowModel::IncomeColumn:
        return amount.isPositive() ? std::optional<Money>(amount) : std::nullopt;
    case ImportRowModel::ExpenseColumn:
        return amount.isNegative() ? std::optional<Money>(amount.abs()) : std::nullopt;
    case ImportRowModel::AllocatedColumn:
        return row.allocated;
    case ImportRowModel::UnallocatedColumn:
        return row.unallocated;
    }
    return std::nullopt;
}

} // namespace

QString explainRow(const ImportRow &row)
{
    QString text = row.duplicate ? ImportRowModel::tr("%1: %2").arg(RowStates::duplicateText(),
                                                                    RowStates::duplicateMeaning())
                                 : ImportRowModel::tr("%1: %2").arg(RowStates::text(row.colour),
                                                                    RowStates::meaning(row.colour));
    if (!row.rule.isEmpty())
        text += QLatin1Char('\n') + ImportRowModel::tr("Rule: %1").arg(row.rule);
    if (!row.evidence.isEmpty())
        text += QLatin1Char('\n') + ImportRowModel::tr("Why: %1").arg(row.evidence);
    for (const RowSuggestion &suggestion : rowSuggestions(row))
        text += QLatin1Char('\n') + ImportRowModel::tr("Suggested: %1").arg(suggestion.text);
    return text;
}

ImportRowModel::ImportRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportRowModel::setRows(const QList<ImportRow> &rows, bool confirmed)
{
    beginResetModel();
    m_confirmed = confirmed;
    m_rows.clear();
    m_rowOfLine.clear();
    for (const ImportRow &row : rows) {
        if (row.deleted)
            continue;
        m_rowOfLine.insert(row.line, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

void ImportRowModel::updateRow(const ImportRow &row)
{
    const int at = rowOfLine(row.line);
    if (at >= 0 && !row.deleted) {
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    } else if (at >= 0) {
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        m_rowOfLine.remove(row.line);
        indexLines(at);
        endRemoveRows();
    } else if (!row.deleted) {
        const auto place
            = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row.line,
                               [](const ImportRow &shown, int line) { return shown.line < line; });
        const int before = int(place - m_rows.cbegin());
        beginInsertRows({}, before, before);
        m_rows.insert(before, row);
        indexLines(before);
        endInsertRows();
    }
}

void ImportRowModel::markConfirmed()
{
    m_confirmed = true;
    // As ImportRepository::confirm() marks them: rows taking part that have allocations.
    for (ImportRow &row : m_rows)
        row.written = !row.duplicate && !row.annulled && !row.allocations.isEmpty();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ImportRowModel::indexLines(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowOfLine.insert(m_rows.at(i).line, i);
}

int ImportRowModel::rowOfLine(int line) const
{
    return m_rowOfLine.value(line, -1);
}

QString ImportRowModel::stateText(const ImportRow &row) const
{
    if (row.duplicate)
        return RowStates::duplicateText();
    const QString colour = RowStates::text(row.colour);
    if (!m_confirmed)
        return colour;
    if (row.annulled)
        return tr("%1, annulled").arg(colour);
    if (row.written)
        return tr("%1, written").arg(colour);
    if (!row.allocations.isEmpty())
        return tr("%1, to write").arg(colour);
    return colour;
}

ImportRowModel::Totals
ImportRowModel::totalsOf(const std::function<bool(const ImportRow &)> &counts) const
{
    Totals totals;
    for (const ImportRow &row : m_rows) {
        if (!counts(row))
            continue;
        ++totals.count;
        const Money amount = row.data.amount.abs();
        if (!totals.sum.currency().isValid())
            totals.sum = amount;
        else if (amount.currency() == totals.sum.currency())
            totals.sum += amount;
    }
    return totals;
}

ImportRowModel::Totals ImportRowModel::duplicateTotals() const
{
    return totalsOf([](const ImportRow &row) { return row.duplicate; });
}

ImportRowModel::Totals ImportRowModel::totals(RowColour colour) const
{
    return totalsOf(
        [colour](const ImportRow &row) { return row.colour == colour && !row.duplicate; });
}

int ImportRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowModel::display(const ImportRow &row, int column) const
{
    switch (column) {
    case StateColumn:
        return stateText(row);
    case LineColumn:
        return row.line;
    case DateColumn:
        return formatDate(row.date());
    case DescriptionColumn:
        return row.data.description;
    case TypeColumn:
        return RowStates::text(row.type);
    case DocumentsColumn:
        return row.documents().join(QStringLiteral(", "));
    case ReferenceColumn:
        return row.reference();
    case StatementCounterpartyColumn:
        return row.data.counterpartyName;
    case CounterpartyColumn:
        return row.counterpartyName;
    case IbanColumn:
        return row.counterAccount();
    case RuleColumn:
        return row.rule;
    }
    if (const std::optional<Money> amount = amountOf(row, column))
        return formatMoney(*amount);
    return {};
}

QVariant ImportRowModel::sortValue(const ImportRow &row, int column) const
{
    switch (column) {
    case StateColumn:
        return int(row.colour);
    case LineColumn:
        return row.line;
    case DateColumn:
        return row.date();
    }
    if (isAmountColumn(column)) {
        const std::optional<Money> amount = amountOf(row, column);
        return amount ? amount->minorUnits() : qint64(-1);
    }
    return display(row, column);
}

QVariant ImportRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case ColourRole:
        return int(row.colour);
    case DuplicateRole:
        return row.duplicate;
    case LineRole:
        return row.line;
    case Qt::ForegroundRole:
        return Theme::color(row.annulled ? Tone::Muted : RowStates::tone(row.colour));
    case Qt::FontRole:
        if (row.annulled) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case Qt::DecorationRole:
        if (column != StateColumn)
            return {};
        return row.duplicate ? QVariant(RowStates::duplicateIcon())
                             : QVariant(RowStates::icon(row.colour));
    case Qt::ToolTipRole:
        return explainRow(row);
    case Qt::TextAlignmentRole:
        if (isAmountColumn(column) || column == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case LineColumn:
        return tr("Line");
    case DateColumn:
        return tr("Date");
    case DescriptionColumn:
        return tr("Description");
    case TypeColumn:
        return tr("Document type");
    case DocumentsColumn:
        return tr("Documents");
    case ReferenceColumn:
        return tr("Reference");
    case StatementCounterpartyColumn:
        return tr("Counterparty in statement");
    case CounterpartyColumn:
        return tr("Counterparty");
    case IbanColumn:
        return tr("IBAN");
    case IncomeColumn:
        return tr("Income");
    case ExpenseColumn:
        return tr("Expense");
    case AllocatedColumn:
        return tr("Allocated");
    case UnallocatedColumn:
        return tr("Unallocated");
    case RuleColumn:
        return tr("Rule");
    }
    return {};
}

} // namespace Saldo
