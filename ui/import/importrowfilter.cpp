// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrowfilter.h"

#include "importrowmodel.h"

namespace Saldo {

ImportRowFilter::ImportRowFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImportRowModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ImportRowFilter::setColour(std::optional<RowColour> colour)
{
    m_colour = colour;
    m_duplicates = false;
    invalidateFilter();
}

void ImportRowFilter::setDuplicates()
{
    m_colour.reset();
    m_duplicates = true;
    invalidateFilter();
}

void ImportRowFilter::setSearch(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

bool ImportRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_colour || m_duplicates) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const bool duplicate = index.data(ImportRowModel::DuplicateRole).toBool();
        if (m_duplicates != duplicate)
            return false;
        if (m_colour && index.data(ImportRowModel::ColourRole).toInt() != int(*m_colour))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Saldo
