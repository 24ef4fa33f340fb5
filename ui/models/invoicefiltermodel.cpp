// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicefiltermodel.h"

#include "invoicestate.h"
#include "invoicetablemodel.h"

namespace Saldo {

InvoiceFilterModel::InvoiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceTableModel::SortRole);
    // Rows only change through model resets; re-sorting on every dataChanged would be wasted.
    setDynamicSortFilter(false);
}

void InvoiceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_invoices)
        disconnect(m_invoices, nullptr, this, nullptr);
    m_invoices = qobject_cast<InvoiceTableModel *>(model);
    Q_ASSERT(!model || m_invoices);
    m_foldedNames.clear();
    if (m_invoices) {
        connect(m_invoices, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_foldedNames.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void InvoiceFilterModel::setStatusFilter(Status status)
{
    setFilters(status, m_kind, m_searchText);
}

void InvoiceFilterModel::setKindFilter(Kind kind)
{
    setFilters(m_status, kind, m_searchText);
}

void InvoiceFilterModel::setSearchText(const QString &text)
{
    setFilters(m_status, m_kind, text);
}

void InvoiceFilterModel::setFilters(Status status, Kind kind, const QString &searchText)
{
    const bool searchChanged = storeSearchText(searchText);
    if (status == m_status && kind == m_kind && !searchChanged)
        return;
    m_status = status;
    m_kind = kind;
    refilter();
}

bool InvoiceFilterModel::storeSearchText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_searchText)
        return false;
    m_searchText = trimmed;
    m_needles = fold(trimmed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Amounts are compared in cents; every currency Saldo's users meet has two minor digits.
    const Result<Money> amount = Money::parse(trimmed, *Currency::fromCode(u"EUR"));
    m_searchAmount = amount ? std::optional<qint64>(amount->minorUnits()) : std::nullopt;
    return true;
}

void InvoiceFilterModel::refilter()
{
    // invalidate() rebuilds the mapping in one layout change. invalidateFilter() would announce
    // every removed and inserted run of rows one by one, which for a filter flipping half a
    // million rows costs the view seconds.
    invalidate();
}

QString InvoiceFilterModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

const QString &InvoiceFilterModel::foldedName(const QString &name) const
{
    auto it = m_foldedNames.find(name);
    if (it == m_foldedNames.end())
        it = m_foldedNames.insert(name, fold(name));
    return *it;
}

bool InvoiceFilterModel::matchesSearch(const Invoice &invoice) const
{
    if (m_searchAmount
        && (invoice.total.minorUnits() == *m_searchAmount
            || invoice.open().minorUnits() == *m_searchAmount))
        return true;
    const QString &name = foldedName(invoice.counterpartyName);
    for (const QString &needle : m_needles) {
        if (!name.contains(needle) && !invoice.number.contains(needle, Qt::CaseInsensitive)
            && !invoice.variableSymbol.toString().contains(needle))
            return false;
    }
    return true;
}

bool InvoiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_invoices || sourceParent.isValid())
        return false;
    const Invoice &invoice = m_invoices->invoiceAt(sourceRow);
    if ((m_kind == Kind::Issued && invoice.kind != InvoiceKind::Issued)
        || (m_kind == Kind::Received && invoice.kind != InvoiceKind::Received))
        return false;
    const InvoiceState state = InvoiceStates::of(invoice, m_invoices->today());
    switch (m_status) {
    case Status::All:
        break;
    case Status::Open:
        if (!InvoiceStates::isOpen(state))
            return false;
        break;
    case Status::Overdue:
        if (!InvoiceStates::isOverdue(state))
            return false;
        break;
    case Status::Paid:
        if (InvoiceStates::isOpen(state))
            return false;
        break;
    }
    return m_needles.isEmpty() || matchesSearch(invoice);
}

bool InvoiceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_invoices)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (m_invoices->lessThan(left.row(), right.row(), column))
        return true;
    if (m_invoices->lessThan(right.row(), left.row(), column))
        return false;
    // Equal keys: the number decides, so the order is stable and predictable.
    return m_invoices->lessThan(left.row(), right.row(), InvoiceTableModel::NumberColumn);
}

} // namespace Saldo
