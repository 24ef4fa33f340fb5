// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementssection.h"

#include "importlistmodel.h"
#include "importpage.h"
#include "views/tablesectionview.h"
#include "widgets/datatableview.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Saldo {

namespace {

TableSectionView::Texts listTexts()
{
    TableSectionView::Texts t;
    t.emptyTitle = StatementsSection::tr("No bank statements imported yet");
    t.emptyMessage = StatementsSection::tr(
        "Import your bank's statement files (camt.053, MT940, ABO/GPC, CSV or OFX) and Saldo "
        "pairs each payment with the invoice it settles.");
    t.searchPlaceholder = StatementsSection::tr("Search file or account");
    t.busy = StatementsSection::tr("Reading the imports…");
    t.describeCount = [](int shown, int all) {
        return shown == all ? StatementsSection::tr("%n import(s)", nullptr, all)
                            : StatementsSection::tr("%1 of %n import(s)", nullptr, all)
                                  .arg(QLocale().toString(shown));
    };
    return t;
}

} // namespace

StatementsSection::StatementsSection(QWidget *parent)
    : QWidget(parent)
    , m_newImport(new QAction(tr("&Import Statement…"), this))
    , m_model(new ImportListModel(this))
    , m_list(new TableSectionView(m_model, ImportListModel::SortRole, ImportListModel::FileColumn,
                                  listTexts()))
    , m_page(new ImportPage)
    , m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("statementsSection"));
    m_newImport->setObjectName(QStringLiteral("newImportAction"));
    m_newImport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_newImport->setIconText(tr("New import"));
    m_newImport->setToolTip(tr("Import a bank statement file and pair its payments (Ctrl+I)"));
    m_newImport->setEnabled(false);
    connect(m_newImport, &QAction::triggered, this, [this] { newImport(); });
    m_list->addHeaderAction(m_newImport);
    m_list->emptyState()->setAction(m_newImport);
    m_list->table()->sortByColumn(ImportListModel::DateColumn, Qt::DescendingOrder);
    connect(m_list->table(), &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                openImport(index.data(ImportListModel::IdRole).toLongLong());
            });

    m_stack->addWidget(m_list);
    m_stack->addWidget(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_page, &ImportPage::importsChanged, this, &StatementsSection::reloadList);
    connect(m_page, &ImportPage::closed, this, &StatementsSection::showList);
}

void StatementsSection::setLedger(Ledger *ledger)
{
    m_ledger = ledger;
    m_page->setLedger(ledger);
    m_newImport->setEnabled(ledger != nullptr);
    showList();
}

void StatementsSection::newImport(const QStringList &files)
{
    if (!m_ledger)
        return;
    if (!m_page->isReading())
        m_page->startNew();
    m_page->addFiles(files);
    m_stack->setCurrentWidget(m_page);
}

void StatementsSection::openImport(qint64 importId)
{
    if (!m_ledger || m_page->isReading())
        return;
    if (const Status opened = m_page->openImport(importId); !opened) {
        QMessageBox::warning(this, tr("Open Import"), opened.error());
        return;
    }
    m_stack->setCurrentWidget(m_page);
}

void StatementsSection::showList()
{
    reloadList();
    m_stack->setCurrentWidget(m_list);
}

void StatementsSection::reloadList()
{
    if (!m_ledger) {
        m_model->clear();
        return;
    }
    if (const Status loaded = m_model->load(*m_ledger); !loaded)
        m_list->emptyState()->setMessage(loaded.error());
    m_list->setLoading(false);
}

bool StatementsSection::isShowingPage() const
{
    return m_stack->currentWidget() == m_page;
}

} // namespace Saldo
