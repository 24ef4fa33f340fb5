// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/linepairing.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Saldo {

/// The import rows as the table shows them: sorted by raw values, filtered by colour (the
/// legend's chips) and by a search text found in any column.
class ImportRowFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImportRowFilter(QObject *parent = nullptr);

    /// nullopt: every colour. Rows already imported are not of their colour here.
    void setColour(std::optional<RowColour> colour);
    /// Only the rows already imported earlier.
    void setDuplicates();
    std::optional<RowColour> colour() const { return m_colour; }
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RowColour> m_colour;
    bool m_duplicates = false;
};

} // namespace Saldo
