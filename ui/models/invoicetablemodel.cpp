// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicetablemodel.h"

#include "localeformat.h"

#include <QCollator>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace Saldo {

namespace {

bool isAmountColumn(int column)
{
    return column == InvoiceTableModel::TotalColumn || column == InvoiceTableModel::PaidColumn
        || column == InvoiceTableModel::OpenColumn;
}

Money amountOf(const Invoice &invoice, int column)
{
    switch (column) {
    case InvoiceTableModel::TotalColumn:
        return invoice.total;
    case InvoiceTableModel::PaidColumn:
        return invoice.paid;
    default:
        return invoice.open();
    }
}

} // namespace

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceTableModel::setInvoices(QList<Invoice> invoices, const QDate &today)
{
    beginResetModel();
    m_invoices = std::move(invoices);
    m_today = today;
    rankCounterparties();
    endResetModel();
}

void InvoiceTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_invoices.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, DueDateColumn));
}

void InvoiceTableModel::refreshColours()
{
    if (!m_invoices.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           { Qt::DecorationRole, Qt::ForegroundRole });
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &invoice = m_invoices.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(invoice, column);
    case SortRole:
        return sortValue(index.row(), column);
    case StateRole:
        return int(InvoiceStates::of(invoice, m_today));
    case Qt::ToolTipRole:
        return toolTip(invoice, column);
    case Qt::TextAlignmentRole:
        if (isAmountColumn(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            const InvoiceState state = InvoiceStates::of(invoice, m_today);
            return Theme::statusIcon(InvoiceStates::glyph(state), InvoiceStates::tone(state));
        }
        return {};
    case Qt::ForegroundRole: {
        const InvoiceState state = InvoiceStates::of(invoice, m_today);
        if (column == StatusColumn && InvoiceStates::tone(state) != Tone::Neutral)
            return Theme::color(InvoiceStates::tone(state));
        if (column == DueDateColumn && InvoiceStates::isOverdue(state))
            return Theme::color(Tone::Negative);
        if (!invoice.posted)
            return Theme::color(Tone::Muted);
        return {};
    }
    case Qt::FontRole:
        if (!invoice.posted) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant InvoiceTableModel::display(const Invoice &invoice, int column) const
{
    switch (column) {
    case StatusColumn:
        return InvoiceStates::text(InvoiceStates::of(invoice, m_today));
    case KindColumn:
        if (invoice.kind == InvoiceKind::Issued)
            return invoice.posted ? tr("Issued") : tr("Issued, draft");
        return invoice.posted ? tr("Received") : tr("Received, draft");
    case NumberColumn:
        return invoice.number;
    case CounterpartyColumn:
        return invoice.counterpartyName;
    case VariableSymbolColumn:
        return invoice.variableSymbol.toString();
    case IssueDateColumn:
        return formatDate(invoice.issueDate);
    case DueDateColumn:
        return formatDate(invoice.dueDate);
    case TotalColumn:
    case PaidColumn:
    case OpenColumn:
        return formatMoney(amountOf(invoice, column));
    default:
        return {};
    }
}

QVariant InvoiceTableModel::sortValue(int row, int column) const
{
    const Invoice &invoice = m_invoices.at(row);
    switch (column) {
    case StatusColumn:
        return InvoiceStates::urgency(InvoiceStates::of(invoice, m_today));
    case KindColumn:
        return int(invoice.kind);
    case NumberColumn:
        return invoice.number;
    case CounterpartyColumn:
        return m_counterpartyRank.at(row);
    case VariableSymbolColumn:
        return invoice.variableSymbol.toString();
    case IssueDateColumn:
        return invoice.issueDate.toJulianDay();
    case DueDateColumn:
        return invoice.dueDate.toJulianDay();
    case TotalColumn:
    case PaidColumn:
    case OpenColumn:
        return amountOf(invoice, column).minorUnits();
    default:
        return {};
    }
}

QString InvoiceTableModel::toolTip(const Invoice &invoice, int column) const
{
    const InvoiceState state = InvoiceStates::of(invoice, m_today);
    if (column == StatusColumn || column == DueDateColumn) {
        if (InvoiceStates::isOverdue(state)) {
            const qint64 days = invoice.dueDate.daysTo(m_today);
            return tr("Overdue by %n day(s): due %1, open %2", nullptr, int(days))
                .arg(formatDate(invoice.dueDate), formatMoney(invoice.open()));
        }
        if (!InvoiceStates::isOpen(state) && invoice.paidDate.isValid())
            return tr("Paid on %1").arg(formatDate(invoice.paidDate));
        if (invoice.dueDate.isValid())
            return tr("Due %1").arg(formatDate(invoice.dueDate));
    }
    if (column == KindColumn && !invoice.posted)
        return tr("A draft: not posted in the books yet");
    return {};
}

void InvoiceTableModel::rankCounterparties()
{
    QHash<QString, int> rank;
    for (const Invoice &invoice : std::as_const(m_invoices))
        rank.insert(invoice.counterpartyName, 0);
    QStringList names = rank.keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    for (int i = 0; i < names.size(); ++i)
        rank[names.at(i)] = i;
    m_counterpartyRank.resize(m_invoices.size());
    for (qsizetype row = 0; row < m_invoices.size(); ++row)
        m_counterpartyRank[row] = rank.value(m_invoices.at(row).counterpartyName);
}

bool InvoiceTableModel::lessThan(int rowA, int rowB, int column) const
{
    const Invoice &a = m_invoices.at(rowA);
    const Invoice &b = m_invoices.at(rowB);
    switch (column) {
    case StatusColumn:
        return InvoiceStates::urgency(InvoiceStates::of(a, m_today))
            < InvoiceStates::urgency(InvoiceStates::of(b, m_today));
    case KindColumn:
        return int(a.kind) < int(b.kind);
    case NumberColumn:
        return a.number < b.number;
    case CounterpartyColumn:
        return m_counterpartyRank.at(rowA) < m_counterpartyRank.at(rowB);
    case VariableSymbolColumn: {
        // Symbols are numbers: fewer canonical digits means smaller.
        const QString &x = a.variableSymbol.toString();
        const QString &y = b.variableSymbol.toString();
        return x.size() != y.size() ? x.size() < y.size() : x < y;
    }
    case IssueDateColumn:
        return a.issueDate < b.issueDate;
    case DueDateColumn:
        return a.dueDate < b.dueDate;
    case TotalColumn:
        return a.total.minorUnits() < b.total.minorUnits();
    case PaidColumn:
        return a.paid.minorUnits() < b.paid.minorUnits();
    case OpenColumn:
        return a.open().minorUnits() < b.open().minorUnits();
    default:
        return false;
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isAmountColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case NumberColumn:
        return tr("Number");
    case CounterpartyColumn:
        return tr("Counterparty");
    case VariableSymbolColumn:
        return tr("VS");
    case IssueDateColumn:
        return tr("Issued on");
    case DueDateColumn:
        return tr("Due");
    case TotalColumn:
        return tr("Total");
    case PaidColumn:
        return tr("Paid");
    case OpenColumn:
        return tr("Open");
    default:
        return {};
    }
}

} // namespace Saldo
