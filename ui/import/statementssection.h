// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;

namespace Saldo {

class ImportListModel;
class ImportPage;
class Ledger;
class TableSectionView;

/// The Bank statements section: the list of imports with a "New import" button, and the import
/// page it opens (a new import, or a stored one double-clicked in the list).
class StatementsSection : public QWidget
{
    Q_OBJECT
public:
    explicit StatementsSection(QWidget *parent = nullptr);

    void setLedger(Ledger *ledger);
    /// "New Import…" (Ctrl+I): enabled while a ledger is open.
    QAction *newImportAction() const { return m_newImport; }

    /// Shows the import page for a new import of `files` (none: the bookkeeper chooses).
    void newImport(const QStringList &files = {});
    /// Shows a stored import.
    void openImport(qint64 importId);
    /// Back to the list, read anew.
    void showList();
    void reloadList();

    ImportPage *page() const { return m_page; }
    TableSectionView *listView() const { return m_list; }
    ImportListModel *listModel() const { return m_model; }
    bool isShowingPage() const;

private:
    Ledger *m_ledger = nullptr;
    QAction *m_newImport;
    ImportListModel *m_model;
    TableSectionView *m_list;
    ImportPage *m_page;
    QStackedWidget *m_stack;
};

} // namespace Saldo
