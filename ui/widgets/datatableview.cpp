// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatableview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace Saldo {

namespace {

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    QString text = model->index(row, column).data().toString();
    // A tab or line break inside a cell would shift the spreadsheet's columns.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);

    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setResizeContentsPrecision(200);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void DataTableView::fitColumns(int stretchColumn)
{
    QHeaderView *columns = horizontalHeader();
    resizeColumnsToContents();
    const int padding = fontMetrics().averageCharWidth() * 2;
    int others = 0;
    for (int column = 0; column < columns->count(); ++column) {
        columns->resizeSection(column, columns->sectionSize(column) + padding);
        if (column != stretchColumn)
            others += columns->sectionSize(column);
    }
    if (stretchColumn < 0)
        return;
    // Stretching a column into a narrow window would squeeze it to a few letters (long names
    // in a long-worded language); it keeps a readable width and the table scrolls instead.
    const int readable
        = qMin(columns->sectionSize(stretchColumn), fontMetrics().averageCharWidth() * 30);
    // First the long-worded columns give way (elided, as "Overdue, partly…").
    const int cap = fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column < columns->count(); ++column) {
        if (others + readable <= viewport()->width())
            break;
        if (column != stretchColumn && columns->sectionSize(column) > cap) {
            others -= columns->sectionSize(column) - cap;
            columns->resizeSection(column, cap);
        }
    }
    if (others + readable <= viewport()->width())
        columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    else
        columns->resizeSection(stretchColumn, readable);
}

QString DataTableView::selectedRowsText() const
{
    const QAbstractItemModel *source = model();
    if (!source || !selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());

    // Columns in the order on screen, hidden ones left out.
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }

    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells.append(source->headerData(column, Qt::Horizontal).toString());
    lines.append(cells.join(QLatin1Char('\t')));
    for (int row : std::as_const(rows)) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells.append(cellText(source, row, column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedRowsText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Saldo
