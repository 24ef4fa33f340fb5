// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"

#include <QAbstractTableModel>

#include <QHash>
#include <QList>
#include <functional>

namespace Saldo {

/// The rows of one statement import (deleted rows left out), one table row each, coloured by
/// what the pairing made of them (PRODUCT.md, "Row columns" and "Colours"). Rows of a confirmed
/// import also say whether their payment is written, waits to be written again, or is annulled
/// (struck through).
class ImportRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn, ///< icon and word: colour is never the only signal
        LineColumn,
        DateColumn,
        DescriptionColumn,
        TypeColumn,
        DocumentsColumn,
        ReferenceColumn,
        StatementCounterpartyColumn,
        CounterpartyColumn,
        IbanColumn,
        IncomeColumn,
        ExpenseColumn,
        AllocatedColumn,
        UnallocatedColumn,
        RuleColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw values to sort by
        ColourRole, ///< int(RowColour)
        LineRole, ///< the row's line number in the file
        DuplicateRole, ///< bool: already imported earlier
    };

    /// How many rows have a colour and what they move (magnitudes in the import's currency).
    struct Totals
    {
        int count = 0;
        Money sum;
    };

    explicit ImportRowModel(QObject *parent = nullptr);

    void setRows(const QList<ImportRow> &rows, bool confirmed = false);
    /// Puts a row read again after an edit in place (by its line); a deleted row leaves the
    /// table and an undeleted one comes back at its place in file order.
    void updateRow(const ImportRow &row);
    /// The import was confirmed: its rows that pay invoices are written now.
    void markConfirmed();
    const QList<ImportRow> &rows() const { return m_rows; }
    const ImportRow &rowAt(int row) const { return m_rows.at(row); }
    /// The model row of file line `line`, or -1.
    int rowOfLine(int line) const;
    /// Rows already imported earlier (grey, like own transfers) are counted apart.
    Totals totals(RowColour colour) const;
    Totals duplicateTotals() const;
    Totals totalsOf(const std::function<bool(const ImportRow &)> &counts) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImportRow &row, int column) const;
    QVariant sortValue(const ImportRow &row, int column) const;

    QString stateText(const ImportRow &row) const;
    void indexLines(int from);

    QList<ImportRow> m_rows;
    QHash<int, int> m_rowOfLine;
    bool m_confirmed = false;
};

/// Rule and evidence of a row in words, for its tooltip and the explanation pane.
QString explainRow(const ImportRow &row);

} // namespace Saldo
