// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Saldo {

/// The table every Saldo list uses: whole-row selection, sorting by header click, one fixed
/// row height (so a million rows scroll without measuring any), no word wrap, and Ctrl+C that
/// copies the selected rows as tab-separated text for a spreadsheet.
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    /// Sizes the columns to their contents (sampling a bounded number of rows), leaving
    /// `stretchColumn` to take the rest of the width.
    void fitColumns(int stretchColumn);

    /// The selected rows as text: one line per row, cells separated by tabs, header first.
    QString selectedRowsText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Saldo
