// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpage.h"

#include "editrowdialog.h"
#include "importing/pairingsettings.h"
#include "importrowfilter.h"
#include "importrowmodel.h"
#include "importsummary.h"
#include "ledger/accountrepository.h"
#include "ledger/importrepository.h"
#include "ledger/ledger.h"
#include "ledger/settingsrepository.h"
#include "localeformat.h"
#include "rowcommand.h"
#include "rowstates.h"
#include "suggestions.h"
#include "widgets/datatableview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Saldo {

ImportPage::ImportPage(QWidget *parent)
    : QWidget(parent)
    , m_runner(new ImportRunner(this))
    , m_model(new ImportRowModel(this))
    , m_filter(new ImportRowFilter(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("importPage"));
    setAcceptDrops(true);
    m_peekPool.setMaxThreadCount(1);
    m_filter->setSourceModel(m_model);

    m_table = new DataTableView;
    m_table->setObjectName(QStringLiteral("importRows"));
    m_table->setModel(m_filter);
    m_table->sortByColumn(ImportRowModel::LineColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(createFileArea());
    layout->addWidget(createLegend());
    layout->addWidget(m_table, 1);
    layout->addWidget(createExplanation());
    createShortcuts();

    connect(m_runner, &ImportRunner::progress, this, &ImportPage::onProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportPage::onReadFinished);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { editRow(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPage::updateExplanation);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportPage::updateLegend);
    startNew();
}

QWidget *ImportPage::createHeader()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("importTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    m_cancelButton->setToolTip(tr("Discard this draft import with all its rows"));
    m_confirmButton = new QPushButton(tr("Confirm"));
    m_confirmButton->setObjectName(QStringLiteral("confirmImport"));
    m_confirmButton->setDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportPage::cancelImport);
    connect(m_confirmButton, &QPushButton::clicked, this, &ImportPage::confirm);
    auto toolButton = [this](QAction *action, const QString &name, const QKeySequence &keys,
                             QStyle::StandardPixmap icon) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setIcon(style()->standardIcon(icon));
        addAction(action);
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return button;
    };
    m_undoButton = toolButton(m_undo->createUndoAction(this, tr("Undo")),
                              QStringLiteral("undoEdit"), QKeySequence::Undo, QStyle::SP_ArrowBack);
    m_redoButton
        = toolButton(m_undo->createRedoAction(this, tr("Redo")), QStringLiteral("redoEdit"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QStyle::SP_ArrowForward);
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_title);
    row->addStretch();
    row->addWidget(m_undoButton);
    row->addWidget(m_redoButton);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(m_cancelButton);
    row->addWidget(m_confirmButton);
    return header;
}

QWidget *ImportPage::createFileArea()
{
    m_chooseButton = new QPushButton(tr("Choose files…"));
    m_chooseButton->setObjectName(QStringLiteral("chooseFiles"));
    m_fileLabel = new QLabel;
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_account = new QComboBox;
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setToolTip(tr("The firm's account the statement belongs to"));
    m_ignorePos = new QCheckBox(tr("Ignore POS payments"));
    m_ignorePos->setObjectName(QStringLiteral("ignorePos"));
    m_ignorePos->setToolTip(tr("Leave card (POS) and cash machine rows out of the import"));
    m_readButton = new QPushButton(tr("Read file"));
    m_readButton->setObjectName(QStringLiteral("readFile"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_stopButton = new QPushButton(tr("Cancel"));
    m_stopButton->setObjectName(QStringLiteral("stopReading"));
    m_stopButton->setToolTip(tr("Stop reading; nothing of the file is kept"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportPage::chooseFiles);
    connect(m_readButton, &QPushButton::clicked, this, &ImportPage::readFile);
    connect(m_stopButton, &QPushButton::clicked, this, &ImportPage::cancelReading);

    auto *area = new QFrame;
    area->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(area);
    grid->addWidget(new QLabel(tr("Drop statement files here, or")), 0, 0);
    grid->addWidget(m_chooseButton, 0, 1);
    grid->setColumnStretch(2, 1);
    auto *accountLabel = new QLabel(tr("&Account"));
    accountLabel->setBuddy(m_account);
    grid->addWidget(accountLabel, 0, 3, Qt::AlignRight);
    grid->addWidget(m_account, 0, 4);
    grid->addWidget(m_fileLabel, 1, 0, 1, 3);
    grid->addWidget(m_ignorePos, 1, 4);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_progress, 1);
    reading->addWidget(m_stopButton);
    grid->addLayout(reading, 2, 0, 1, 3);
    grid->addWidget(m_readButton, 2, 4, Qt::AlignRight);
    grid->addWidget(m_message, 3, 0, 1, 5);
    return area;
}

QWidget *ImportPage::createLegend()
{
    auto *legend = new QWidget;
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    auto *group = new QButtonGroup(legend);
    auto chip = [&](const QString &name) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        group->addButton(button);
        row->addWidget(button);
        return button;
    };
    m_allChip = chip(QStringLiteral("legendAll"));
    m_allChip->setText(tr("All"));
    m_allChip->setToolTip(tr("Show every row"));
    m_allChip->setChecked(true);
    connect(m_allChip, &QToolButton::clicked, this, [this] { m_filter->setColour(std::nullopt); });
    for (RowColour colour : RowStates::colours()) {
        QString name = QString(rowColourName(colour)); // "legendGreen", for tests
        name[0] = name.at(0).toUpper();
        QToolButton *button = chip(QStringLiteral("legend") + name);
        button->setIcon(RowStates::icon(colour));
        button->setToolTip(tr("Show only these rows: %1").arg(RowStates::meaning(colour)));
        connect(button, &QToolButton::clicked, this,
                [this, colour] { m_filter->setColour(colour); });
        m_chips.insert(colour, button);
    }
    // Rows already imported are grey and ignored like own transfers, but not own transfers.
    m_duplicatesChip = chip(QStringLiteral("legendDuplicates"));
    m_duplicatesChip->setIcon(RowStates::duplicateIcon());
    m_duplicatesChip->setToolTip(tr("Show only these rows: %1").arg(RowStates::duplicateMeaning()));
    connect(m_duplicatesChip, &QToolButton::clicked, m_filter, &ImportRowFilter::setDuplicates);
    row->addStretch();
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("importSearch"));
    m_search->setPlaceholderText(tr("Search rows"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ImportRowFilter::setSearch);
    row->addWidget(m_search);
    return legend;
}

QWidget *ImportPage::createExplanation()
{
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("rowExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_editButton = new QPushButton(tr("Edit…"));
    m_editButton->setObjectName(QStringLiteral("editRow"));
    m_editButton->setToolTip(tr("Pick the counterparty, the documents or the type (Enter)"));
    m_deleteButton = new QPushButton(tr("Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteRow"));
    m_deleteButton->setToolTip(tr("Leave the row out of the import (Delete)"));
    m_suggestionButton = new QPushButton(tr("Apply Suggestion"));
    m_suggestionButton->setObjectName(QStringLiteral("applySuggestion"));
    m_annulButton = new QPushButton(tr("Annul"));
    m_annulButton->setObjectName(QStringLiteral("annulRow"));
    m_annulButton->setToolTip(
        tr("Take the row's payment back out of the invoices; the row stays in the statement"));
    m_writeButton = new QPushButton(tr("Write"));
    m_writeButton->setObjectName(QStringLiteral("writeRow"));
    m_writeButton->setToolTip(tr("Write the corrected row's payment into its invoices"));
    connect(m_editButton, &QPushButton::clicked, this, [this] { editRow(); });
    const auto reportFailure = [this](const QString &title, const Status &status) {
        if (!status)
            QMessageBox::warning(this, title, status.error());
    };
    connect(m_deleteButton, &QPushButton::clicked, this,
            [=, this] { reportFailure(tr("Delete row"), deleteRow(currentLine())); });
    connect(m_suggestionButton, &QPushButton::clicked, this,
            [=, this] { reportFailure(tr("Apply Suggestion"), applySuggestion(currentLine())); });
    connect(m_annulButton, &QPushButton::clicked, this,
            [=, this] { reportFailure(tr("Annul row"), annulRow(currentLine())); });
    connect(m_writeButton, &QPushButton::clicked, this,
            [=, this] { reportFailure(tr("Write row"), writeRow(currentLine())); });
    auto *pane = new QWidget;
    auto *row = new QHBoxLayout(pane);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_explanation, 1);
    row->addWidget(m_suggestionButton, 0, Qt::AlignBottom);
    row->addWidget(m_editButton, 0, Qt::AlignBottom);
    row->addWidget(m_deleteButton, 0, Qt::AlignBottom);
    row->addWidget(m_annulButton, 0, Qt::AlignBottom);
    row->addWidget(m_writeButton, 0, Qt::AlignBottom);
    return pane;
}

void ImportPage::createShortcuts()
{
    auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *item = new QShortcut(keys, scope, slot);
        item->setContext(scope == this ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
    };
    shortcut(QKeySequence(Qt::Key_Return), m_table, [this] { editRow(); });
    shortcut(QKeySequence(Qt::Key_Enter), m_table, [this] { editRow(); });
    shortcut(QKeySequence::Delete, m_table, [this] { m_deleteButton->click(); });
    shortcut(QKeySequence(Qt::Key_F8), this, [this] { selectRed(true); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] { selectRed(false); });
    shortcut(QKeySequence::Find, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] { confirm(); });
}

void ImportPage::setLedger(Ledger *ledger)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_ledger = ledger;
    startNew();
}

void ImportPage::loadAccounts()
{
    const QString current = m_account->currentData().toString();
    m_account->clear();
    if (!m_ledger)
        return;
    const auto accounts = AccountRepository(*m_ledger).all();
    if (!accounts)
        return;
    for (const OwnAccount &account : *accounts) {
        if (!account.allowed)
            continue;
        m_account->addItem(
            tr("%1 %2 – %3")
                .arg(account.iban.toGroupedString(), account.currency.code(), account.name),
            account.iban.toString());
    }
    const int index = m_account->findData(current);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

void ImportPage::startNew()
{
    m_readAfterPeek = false;
    m_importId = 0;
    m_confirmed = false;
    m_undo->clear();
    m_files.clear();
    m_title->setText(tr("New statement import"));
    m_fileLabel->setText(tr("No file chosen yet."));
    m_model->setRows({});
    m_progress->hide();
    m_stopButton->hide();
    m_message->clear();
    m_message->hide();
    loadAccounts();
    if (m_ledger) {
        const auto ignore
            = SettingsRepository(*m_ledger).boolValue(QStringLiteral("import.ignore_pos"));
        m_ignorePos->setChecked(ignore && *ignore);
    }
    updateActions();
}

void ImportPage::addFiles(const QStringList &files)
{
    if (m_importId != 0)
        startNew();
    for (const QString &file : files) {
        if (!m_files.contains(file))
            m_files.append(file);
    }
    if (m_files.isEmpty())
        return;
    QString text = QFileInfo(m_files.constFirst()).fileName();
    if (m_files.size() > 1) {
        QStringList later;
        for (qsizetype i = 1; i < m_files.size(); ++i)
            later.append(QFileInfo(m_files.at(i)).fileName());
        // One draft per file: the others follow once this one is confirmed or canceled.
        text = tr("%1 (then: %2)").arg(text, QLocale().createSeparatedList(later));
    }
    m_fileLabel->setText(text);
    m_fileLabel->setToolTip(QDir::toNativeSeparators(m_files.constFirst()));
    peekFirstFile();
    updateActions();
}

void ImportPage::peekFirstFile()
{
    if (m_peek) { // its answer is for another file now: dropped in onPeeked()
        m_peek->disconnect(this);
        m_peek = nullptr;
    }
    auto *watcher = new QFutureWatcher<StatementPeek>(this);
    m_peek = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_peek)
            return;
        m_peek = nullptr;
        onPeeked(watcher->result());
    });
    const QString path = m_files.constFirst();
    watcher->setFuture(QtConcurrent::run(&m_peekPool, [path] { return StatementPeek::of(path); }));
}

void ImportPage::onPeeked(const StatementPeek &peek)
{
    if (m_files.isEmpty() || m_files.constFirst() != peek.path)
        return;
    if (!peek.error.isEmpty()) {
        m_readAfterPeek = false;
        showMessage(tr("This file cannot be read: %1").arg(peek.error));
        updateActions();
        return;
    }
    const QString account
        = !peek.account.isNull() ? peek.account.toGroupedString() : peek.accountNumber;
    m_fileLabel->setText(
        tr("%1 (%2, account %3)")
            .arg(QFileInfo(peek.path).fileName(), QString(formatName(peek.format)), account));
    const int index = m_account->findData(peek.account.toString());
    if (index >= 0 && m_importId == 0)
        m_account->setCurrentIndex(index);
    else if (!peek.account.isNull()) {
        m_readAfterPeek = false; // the bookkeeper says where it goes, not the first account
        showMessage(tr("The statement is for the account %1, which is not one of the firm's "
                       "accounts: choose the account to import it into, or add it under Bank "
                       "accounts.")
                        .arg(account));
    }
    updateActions();
    if (m_readAfterPeek) {
        m_readAfterPeek = false;
        readFile();
    }
}

void ImportPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Choose Statement Files"), QString(),
        tr("Bank statements (*.xml *.sta *.mt940 *.txt *.gpc *.csv *.ofx);;All files (*)"));
    addFiles(files);
}

void ImportPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_runner->isRunning())
        event->acceptProposedAction();
}

void ImportPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    addFiles(files);
    event->acceptProposedAction();
}

void ImportPage::readFile()
{
    if (!m_ledger || m_files.isEmpty() || m_runner->isRunning() || m_importId != 0)
        return;
    if (m_peek) {
        m_readAfterPeek = true;
        return;
    }
    const auto account = Iban::parse(m_account->currentData().toString());
    if (!account) {
        showMessage(tr("Choose the account the statement belongs to."));
        return;
    }
    StatementImportOptions options;
    options.account = *account;
    options.ignorePos = m_ignorePos->isChecked();
    options.fileName = QFileInfo(m_files.constFirst()).fileName();
    m_message->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading the file…"));
    m_progress->show();
    m_stopButton->show();
    m_runner->start(m_ledger->path(), m_ledger->user(), m_files.constFirst(), options);
    updateActions();
}

void ImportPage::cancelReading()
{
    m_runner->cancel();
}

void ImportPage::onProgress(const QString &text, int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(total > 0 ? tr("%1 %2 of %3").arg(text).arg(done).arg(total) : text);
}

void ImportPage::onReadFinished(const ImportOutcome &outcome)
{
    m_progress->hide();
    m_stopButton->hide();
    switch (std::exchange(m_confirmStep, ConfirmStep::None)) {
    case ConfirmStep::Summary:
        onSummaryReady(outcome);
        return;
    case ConfirmStep::Writing:
        onConfirmFinished(outcome);
        return;
    case ConfirmStep::None:
        break;
    }
    if (m_loadingOnly) {
        onImportLoaded(outcome);
        return;
    }
    if (outcome.importId == 0) {
        showMessage(outcome.canceled ? tr("Reading was canceled; nothing was imported.")
                                     : tr("Nothing was imported: %1").arg(outcome.error));
        updateActions();
        Q_EMIT readFinished(0, outcome.canceled ? tr("canceled") : outcome.error);
        return;
    }
    m_importId = outcome.importId;
    m_files.removeFirst();
    if (outcome.import)
        showImport(*outcome.import);
    if (!outcome.warnings.isEmpty())
        showMessage(tr("⚠ %1").arg(outcome.warnings.join(QStringLiteral("\n⚠ "))));
    if (!outcome.import)
        showMessage(outcome.error);
    m_table->fitColumns(ImportRowModel::DescriptionColumn);
    if (!selectRed(true) && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT importsChanged();
    Q_EMIT readFinished(m_importId, QString());
}

Status ImportPage::openImport(qint64 importId)
{
    if (!m_ledger || m_runner->isRunning())
        return Status::success();
    // The header at once (a missing import is said right away); the rows on the worker.
    const Result<StoredImport> header = ImportRepository(*m_ledger).loadHeader(importId);
    if (!header)
        return Error { header.error() };
    startNew();
    m_importId = importId;
    m_title->setText(tr("Statement import %1").arg(importId));
    m_fileLabel->setText(header->fileName);
    m_loadingOnly = true;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading the import…"));
    m_progress->show();
    m_runner->load(m_ledger->path(), importId);
    updateActions();
    return Status::success();
}

void ImportPage::onImportLoaded(const ImportOutcome &outcome)
{
    m_loadingOnly = false;
    if (!outcome.import) {
        m_importId = 0;
        showMessage(outcome.error);
        updateActions();
        Q_EMIT importOpened(0, outcome.error);
        return;
    }
    showImport(*outcome.import);
    m_table->fitColumns(ImportRowModel::DescriptionColumn);
    if (!selectRed(true) && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT importOpened(m_importId, QString());
}

void ImportPage::showImport(const StoredImport &import)
{
    const int line = currentLine();
    m_confirmed = import.state == ImportState::Confirmed;
    updateTitle();
    const auto shown = std::count_if(import.rows.cbegin(), import.rows.cend(),
                                     [](const ImportRow &row) { return !row.deleted; });
    m_fileSummary = tr("%1 (%2)").arg(import.fileName, import.format);
    m_fileLabel->setText(tr("%1 – rows: %2").arg(m_fileSummary, QLocale().toString(qint64(shown))));
    const int account = m_account->findData(import.account.toString());
    if (account >= 0)
        m_account->setCurrentIndex(account);
    m_model->setRows(import.rows, m_confirmed);
    if (line > 0)
        selectLine(line);
    updateActions();
}

void ImportPage::updateTitle()
{
    m_title->setText(m_confirmed ? tr("Statement import %1 (confirmed)").arg(m_importId)
                                 : tr("Statement import %1 (draft)").arg(m_importId));
}

Status ImportPage::refreshLine(int line)
{
    if (!m_ledger || m_importId == 0)
        return Status::success();
    const Result<ImportRow> row = ImportRepository(*m_ledger).loadRow(m_importId, line);
    if (!row)
        return Error { row.error() };
    m_model->updateRow(*row);
    m_fileLabel->setText(
        tr("%1 – rows: %2").arg(m_fileSummary, QLocale().toString(m_model->rowCount())));
    updateLegend();
    return Status::success();
}

void ImportPage::updateLegend()
{
    for (RowColour colour : RowStates::colours()) {
        const ImportRowModel::Totals totals = m_model->totals(colour);
        m_chips.value(colour)->setText(
            tr("%1 %2 %3")
                .arg(totals.count)
                .arg(RowStates::text(colour), totals.count ? formatMoney(totals.sum) : QString()));
    }
    const ImportRowModel::Totals duplicates = m_model->duplicateTotals();
    m_duplicatesChip->setText(tr("%1 %2 %3")
                                  .arg(duplicates.count)
                                  .arg(RowStates::duplicateText(), formatMoney(duplicates.sum)));
    m_duplicatesChip->setVisible(duplicates.count > 0);
    updateExplanation();
    updateActions();
}

void ImportPage::updateExplanation()
{
    const int line = currentLine();
    const int row = m_model->rowOfLine(line);
    m_explanation->setText(row < 0
                               ? tr("Select a row to see why it is coloured as it is.")
                               : tr("Line %1 – %2").arg(line).arg(explainRow(m_model->rowAt(row))));
    updateActions();
}

void ImportPage::updateActions()
{
    const bool reading = m_runner->isRunning();
    const bool draft = m_importId != 0 && !m_confirmed;
    m_readButton->setEnabled(m_ledger && !reading && m_importId == 0 && !m_files.isEmpty()
                             && m_account->count() > 0);
    m_chooseButton->setEnabled(!reading);
    m_account->setEnabled(!reading && m_importId == 0);
    m_ignorePos->setEnabled(!reading && m_importId == 0);
    // Disabled while rows are red, with a tooltip saying so (SCREENS.md); Ctrl+Return then
    // says why in a message and selects the first red row.
    const int red = m_model->totals(RowColour::Red).count;
    m_confirmButton->setEnabled(draft && !reading && red == 0);
    m_confirmButton->setToolTip(
        red > 0 ? tr("%n row(s) still to do: confirming waits for them (F8 goes to the next)",
                     nullptr, red)
                : tr("Write the payments into the invoices (Ctrl+Return)"));
    // A confirmed import cannot be discarded: the button only leaves the page then.
    m_cancelButton->setText(m_confirmed ? tr("Close") : tr("Cancel"));
    m_cancelButton->setEnabled(!reading);
    // Undo and redo act on the ledger too: not while the worker writes into it. (The stack
    // enables its actions again when it changes; confirming clears it.)
    if (reading) {
        m_undoButton->defaultAction()->setEnabled(false);
        m_redoButton->defaultAction()->setEnabled(false);
    } else {
        m_undoButton->defaultAction()->setEnabled(m_undo->canUndo());
        m_redoButton->defaultAction()->setEnabled(m_undo->canRedo());
    }
    const int modelRow = m_model->rowOfLine(currentLine());
    const ImportRow *chosen = modelRow >= 0 ? &m_model->rowAt(modelRow) : nullptr;
    const bool editable = m_importId != 0 && !reading && chosen && !chosen->duplicate;
    m_editButton->setEnabled(editable);
    m_deleteButton->setEnabled(editable);
    // After confirmation rows are corrected one by one: annulled, and written again.
    m_annulButton->setVisible(m_confirmed);
    m_writeButton->setVisible(m_confirmed);
    m_annulButton->setEnabled(editable && m_confirmed && !chosen->annulled);
    m_writeButton->setEnabled(editable && m_confirmed && !chosen->written
                              && !chosen->allocations.isEmpty()
                              && chosen->colour != RowColour::Red);
    updateSuggestionButton(editable ? chosen : nullptr);
    m_confirmButton->setVisible(!m_confirmed);
    m_undoButton->setVisible(!m_confirmed);
    m_redoButton->setVisible(!m_confirmed);
}

void ImportPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ImportPage::messageText() const
{
    return m_message->text();
}

int ImportPage::currentLine() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ImportRowModel::LineRole).toInt() : 0;
}

void ImportPage::selectLine(int line)
{
    const int row = m_model->rowOfLine(line);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: show everything again
        m_allChip->setChecked(true);
        m_filter->setColour(std::nullopt);
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

bool ImportPage::selectRed(bool forward)
{
    const int count = m_filter->rowCount();
    if (count == 0)
        return false;
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= count; ++step) {
        const int row = ((forward ? start + step : start - step) % count + count) % count;
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ImportRowModel::ColourRole).toInt() == int(RowColour::Red)) {
            selectLine(index.data(ImportRowModel::LineRole).toInt());
            return true;
        }
    }
    return false;
}

void ImportPage::editRow(int line)
{
    if (line == 0)
        line = currentLine();
    const int row = m_model->rowOfLine(line);
    if (!m_ledger || busy() || row < 0 || m_model->rowAt(row).duplicate)
        return;
    selectLine(line);
    const bool wasWritten = m_model->rowAt(row).written;
    EditRowDialog dialog(*m_ledger, m_importId, m_model->rowAt(row), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.change())
        return;
    const EditRowDialog::Change &change = *dialog.change();
    if (m_confirmed) {
        // Corrections after confirmation are final (and in the audit log), not undoable.
        refreshLine(line);
        if (wasWritten && change.made.unwritten)
            showMessage(tr("The payment of line %1 was taken back out of its invoices; "
                           "Write enters the corrected row again.")
                            .arg(line));
    } else {
        pushEdit(line, change.before, change.after, change.made, tr("edit line %1").arg(line));
        if (const Status status = refreshLine(line); !status)
            showMessage(status.error());
    }
    Q_EMIT importsChanged();
}

void ImportPage::pushEdit(int line, const RowState &before, const RowState &after,
                          const RowChangeOutcome &made, const QString &text)
{
    m_undo->push(new RowEditCommand(
        *m_ledger, m_importId, line, before, after, made, text,
        [this](int line, const QString &error) { afterUndoOrRedo(line, error); }));
}

void ImportPage::afterUndoOrRedo(int line, const QString &error)
{
    if (!error.isEmpty()) {
        // The ledger changed under the stack (e.g. another import paid the invoice): the
        // stack no longer describes it. Cleared once the undo or redo has returned.
        showMessage(tr("Could not undo or redo the edit of line %1: %2").arg(line).arg(error));
        QTimer::singleShot(0, m_undo, &QUndoStack::clear);
    }
    if (const Status status = refreshLine(line); !status)
        showMessage(status.error());
    selectLine(line);
    Q_EMIT importsChanged();
}

bool ImportPage::confirmedRowChange(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question) == QMessageBox::Yes;
}

Status ImportPage::deleteRow(int line)
{
    const int modelRow = m_model->rowOfLine(line);
    if (!m_ledger || busy() || line <= 0 || modelRow < 0)
        return Status::success();
    const ImportRow before = m_model->rowAt(modelRow);
    if (m_confirmed && before.written
        && !confirmedRowChange(tr("Delete row"),
                               tr("Delete line %1? Its payment is taken back out of %2.")
                                   .arg(line)
                                   .arg(before.documents().join(QStringLiteral(", ")))))
        return Status::success();
    const Status deleted = ImportRepository(*m_ledger).deleteLine(m_importId, line);
    if (!deleted)
        return deleted;
    const int row = m_table->currentIndex().row();
    if (!m_confirmed) { // undoable until the import is confirmed
        RowState after = RowState::of(before);
        after.deleted = true;
        after.allocations.clear();
        pushEdit(line, RowState::of(before), after, {}, tr("delete line %1").arg(line));
    }
    const Status loaded = refreshLine(line);
    if (m_filter->rowCount() > 0)
        m_table->selectRow(qMin(row, m_filter->rowCount() - 1));
    Q_EMIT importsChanged();
    return loaded;
}

void ImportPage::updateSuggestionButton(const ImportRow *row)
{
    // Near misses are never applied by the machine: offered here, one click away.
    const QList<RowSuggestion> suggestions
        = row && !row->written ? rowSuggestions(*row) : QList<RowSuggestion>();
    m_suggestionButton->setVisible(!suggestions.isEmpty());
    if (suggestions.isEmpty())
        return;
    m_suggestionButton->setToolTip(
        tr("Allocate the row to %1 (%2)")
            .arg(suggestions.constFirst().documents.join(QStringLiteral(", ")),
                 suggestions.constFirst().text));
}

Status ImportPage::applySuggestion(int line, int index)
{
    const int modelRow = m_model->rowOfLine(line);
    if (!m_ledger || busy() || modelRow < 0)
        return Status::success();
    const ImportRow row = m_model->rowAt(modelRow);
    const QList<RowSuggestion> suggestions = rowSuggestions(row);
    if (index < 0 || index >= suggestions.size())
        return Error { tr("Line %1 has no such suggestion.").arg(line) };
    const Result<RowState> after = stateWithSuggestion(*m_ledger, row, suggestions.at(index));
    if (!after)
        return Error { after.error() };
    const Result<RowChangeOutcome> made
        = ImportRepository(*m_ledger).changeRow(m_importId, line, *after);
    if (!made)
        return Error { made.error() };
    if (!m_confirmed)
        pushEdit(line, RowState::of(row), *after, *made,
                 tr("apply the suggestion to line %1").arg(line));
    const Status shown = refreshLine(line);
    Q_EMIT importsChanged();
    return shown;
}

Status ImportPage::annulRow(int line)
{
    const int modelRow = m_model->rowOfLine(line);
    if (!m_ledger || !m_confirmed || modelRow < 0)
        return Status::success();
    const ImportRow &row = m_model->rowAt(modelRow);
    if (row.written
        && !confirmedRowChange(tr("Annul row"),
                               tr("Annul line %1? Its payment is taken back out of %2; the row "
                                  "stays in the statement and can be written again.")
                                   .arg(line)
                                   .arg(row.documents().join(QStringLiteral(", ")))))
        return Status::success();
    if (Status annulled = ImportRepository(*m_ledger).annulLine(m_importId, line); !annulled)
        return annulled;
    Q_EMIT importsChanged();
    return refreshLine(line);
}

Status ImportPage::writeRow(int line)
{
    if (!m_ledger || !m_confirmed || line <= 0)
        return Status::success();
    const auto dateSource = paymentDateSourceFromSettings(*m_ledger);
    if (!dateSource)
        return Error { dateSource.error() };
    if (Status written = ImportRepository(*m_ledger).writeLine(m_importId, line, *dateSource);
        !written)
        return written;
    showMessage(tr("Line %1 is written into its invoices again.").arg(line));
    Q_EMIT importsChanged();
    return refreshLine(line);
}

bool ImportPage::confirm()
{
    if (!m_ledger || m_importId == 0 || m_confirmed || busy())
        return false;
    const int red = m_model->totals(RowColour::Red).count;
    if (red > 0) {
        selectRed(true);
        QMessageBox::warning(this, tr("Confirm Import"),
                             tr("%n row(s) still to do (red): pair them with a counterparty or "
                                "document, set their type, or delete them. The first one is "
                                "selected.",
                                nullptr, red));
        return false;
    }
    // The rows shown are the ledger's (every edit re-reads its row): no second read of a
    // possibly 200,000-row import; the invoices they pay are looked up on the worker.
    m_confirmStep = ConfirmStep::Summary;
    m_message->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Adding up what confirming will do…"));
    m_progress->show();
    m_runner->summarize(m_ledger->path(), m_importId, m_model->rows());
    updateActions();
    return true;
}

void ImportPage::onSummaryReady(const ImportOutcome &outcome)
{
    const auto stop = [this](const QString &problem) {
        m_confirmStep = ConfirmStep::None;
        updateActions();
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Confirm Import"), problem);
        Q_EMIT confirmFinished(false);
    };
    if (!outcome.summary)
        return stop(outcome.error);
    QMessageBox ask(QMessageBox::Question, tr("Confirm Import"),
                    tr("Write the payments of this import into the invoices?"), QMessageBox::Cancel,
                    this);
    ask.setObjectName(QStringLiteral("confirmSummary"));
    ask.setInformativeText(outcome.summary->text());
    QPushButton *write = ask.addButton(tr("Confirm Import"), QMessageBox::AcceptRole);
    ask.setDefaultButton(write);
    ask.exec();
    if (ask.clickedButton() != write)
        return stop({});
    const auto dateSource = paymentDateSourceFromSettings(*m_ledger);
    if (!dateSource)
        return stop(dateSource.error());
    // Writing a large import's payments takes seconds: the worker does it, the window stays.
    m_confirmStep = ConfirmStep::Writing;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Writing the payments into the invoices…"));
    m_progress->show();
    m_runner->confirm(m_ledger->path(), m_ledger->user(), m_importId, *dateSource);
    updateActions();
}

void ImportPage::onConfirmFinished(const ImportOutcome &outcome)
{
    m_confirmStep = ConfirmStep::None;
    if (!outcome.confirmed) {
        updateActions();
        QMessageBox::warning(this, tr("Confirm Import"), outcome.error);
        Q_EMIT confirmFinished(false);
        return;
    }
    const ConfirmSummary &confirmed = *outcome.confirmed;
    m_undo->clear();
    // What confirm() wrote, without reading a large import again: the rows that pay.
    m_confirmed = true;
    m_model->markConfirmed();
    updateTitle();
    updateActions();
    showMessage(tr("Confirmed: %1 rows paid %2 invoices.")
                    .arg(confirmed.rowsWritten)
                    .arg(confirmed.invoicesUpdated));
    Q_EMIT importsChanged();
    Q_EMIT confirmFinished(true);
    if (!m_files.isEmpty()) { // the next file chosen with this one
        const QStringList next = m_files;
        startNew();
        addFiles(next);
    }
}

void ImportPage::cancelImport()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (m_importId != 0 && !m_confirmed && m_ledger) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel Import"),
            tr("Discard this draft import with its %n row(s)? Nothing of it is kept.", nullptr,
               m_model->rowCount()));
        if (answer != QMessageBox::Yes)
            return;
        if (const Status canceled = ImportRepository(*m_ledger).cancel(m_importId); !canceled) {
            QMessageBox::warning(this, tr("Cancel Import"), canceled.error());
            return;
        }
        Q_EMIT importsChanged();
    }
    startNew();
    Q_EMIT closed();
}

} // namespace Saldo
