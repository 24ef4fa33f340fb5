// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesectionview.h"

#include "widgets/busyindicator.h"
#include "widgets/datatableview.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Saldo {

TableSectionView::TableSectionView(QAbstractItemModel *model, int sortRole, int stretchColumn,
                                   const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(this))
    , m_count(new QLabel(this))
    , m_empty(new EmptyState(texts.emptyTitle, texts.emptyMessage, this))
    , m_busy(new BusyIndicator(texts.busy, this))
    , m_stack(new QStackedWidget(this))
    , m_describeCount(texts.describeCount)
    , m_stretchColumn(stretchColumn)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(0, Qt::AscendingOrder);

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QHBoxLayout;
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addStretch(1);
    listLayout->addLayout(m_header);
    if (!texts.searchPlaceholder.isEmpty()) {
        m_search = new QLineEdit(listPage);
        m_search->setClearButtonEnabled(true);
        m_search->setPlaceholderText(texts.searchPlaceholder);
        m_search->setAccessibleName(texts.searchPlaceholder);
        m_search->setMaximumWidth(m_search->fontMetrics().averageCharWidth() * 50);
        m_searchDelay = new QTimer(this);
        m_searchDelay->setSingleShot(true);
        m_searchDelay->setInterval(200);
        connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
        connect(m_searchDelay, &QTimer::timeout, this,
                [this] { m_proxy->setFilterFixedString(m_search->text().simplified()); });
        auto *find = new QAction(this);
        find->setShortcut(QKeySequence::Find);
        find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(find, &QAction::triggered, this, [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        });
        addAction(find);
        m_header->addWidget(m_search);
    }
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TableSectionView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableSectionView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TableSectionView::updatePage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TableSectionView::updatePage);
    updatePage();
}

void TableSectionView::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->insertWidget(0, button);
}

void TableSectionView::setLoading(bool loading)
{
    m_loading = loading;
    updatePage();
}

void TableSectionView::updatePage()
{
    const int all = m_model->rowCount();
    if (m_loading)
        m_stack->setCurrentWidget(m_busy);
    else if (all == 0)
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentIndex(0);
    if (!m_columnsFitted && all > 0) {
        m_table->fitColumns(m_stretchColumn);
        m_columnsFitted = true;
    }
    m_count->setText(m_describeCount ? m_describeCount(m_proxy->rowCount(), all) : QString());
}

QString TableSectionView::countText() const
{
    return m_count->text();
}

} // namespace Saldo
