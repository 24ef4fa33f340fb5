// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrunner.h"
#include "ledger/importrepository.h"
#include "ledger/importrow.h"
#include "statementpeek.h"
#include "util/result.h"

#include <QFutureWatcher>
#include <QMap>
#include <QThreadPool>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace Saldo {

class DataTableView;
class ImportRowFilter;
class ImportRowModel;
class Ledger;

/// New statement import (SCREENS.md): choose or drop a file, pick the account, read it on a
/// worker (progress, Cancel), then look through the coloured rows, edit the ones the machine
/// could not pair, and confirm. The draft lives in the ledger from the moment it is read, so a
/// page closed half-way leaves a draft the Bank statements list offers to open again.
class ImportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPage(QWidget *parent = nullptr);

    /// The ledger edits and confirmations go through (the GUI thread's connection); the worker
    /// opens its own connection on the same file. nullptr: no ledger open.
    void setLedger(Ledger *ledger);
    /// Starts a new import: no file, no rows.
    void startNew();
    /// The statement files to import (the first is read; see addFiles()).
    void addFiles(const QStringList &files);
    QStringList files() const { return m_files; }
    /// Shows a stored import (a draft to go on with, or a confirmed one to look at): its rows
    /// are read on the worker, importOpened() follows. An error when there is no such import.
    Status openImport(qint64 importId);

    /// Reads the chosen file into a new draft on the worker; readFinished() follows. While the
    /// file's account is still being looked up, the read starts once it is known.
    void readFile();
    void cancelReading();
    bool isReading() const { return m_runner->isRunning(); }

    /// Opens the edit dialog for the selected row (`line`: that row).
    void editRow(int line = 0);
    /// Deletes a row. In a draft the undo stack can bring it back; in a confirmed import a
    /// written row's payment is taken back out of its invoices (after asking).
    Status deleteRow(int line);
    /// Applies the row's suggestion number `index` (its documents allocated), undoably.
    Status applySuggestion(int line, int index = 0);
    /// Of a confirmed import: annuls a row (its payment leaves the invoices; the row stays).
    Status annulRow(int line);
    /// Of a confirmed import: writes a corrected or annulled row's payment into its invoices.
    Status writeRow(int line);
    /// Every edit of the draft since it was opened, to undo and redo (cleared on confirming).
    QUndoStack *undoStack() const { return m_undo; }
    /// Confirm: refused while a row is red (the first one is selected), else a summary (added
    /// up on the worker) asks once more and the payments are written on the worker;
    /// confirmFinished() follows. Returns whether the confirmation was started.
    bool confirm();
    /// Discards the draft (after asking, when it has rows).
    void cancelImport();
    /// Selects the next (or previous) red row; false when there is none.
    bool selectRed(bool forward = true);

    qint64 importId() const { return m_importId; }
    ImportRowModel *model() const { return m_model; }
    ImportRowFilter *filter() const { return m_filter; }
    DataTableView *table() const { return m_table; }
    QComboBox *accountBox() const { return m_account; }
    QCheckBox *ignorePosBox() const { return m_ignorePos; }
    QToolButton *legendChip(RowColour colour) const { return m_chips.value(colour); }
    QString messageText() const;
    /// The file line of the table's current row, or 0.
    int currentLine() const;

Q_SIGNALS:
    /// A read ended (importId 0 and `error` set when nothing was stored).
    void readFinished(qint64 importId, const QString &error);
    /// openImport() has read the import's rows (importId 0 and `error` when it could not).
    void importOpened(qint64 importId, const QString &error);
    /// After confirm(): whether the import is confirmed now.
    void confirmFinished(bool confirmed);
    /// The ledger's imports changed (a draft stored, edited, confirmed or discarded).
    void importsChanged();
    /// The page is done (confirmed or canceled): back to the list.
    void closed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createFileArea();
    QWidget *createLegend();
    QWidget *createExplanation();
    void createShortcuts();
    void loadAccounts();
    void chooseFiles();
    void peekFirstFile();
    void onPeeked(const StatementPeek &peek);
    void onProgress(const QString &text, int done, int total);
    void onReadFinished(const ImportOutcome &outcome);
    void onImportLoaded(const ImportOutcome &outcome);
    void onSummaryReady(const ImportOutcome &outcome);
    void onConfirmFinished(const ImportOutcome &outcome);
    /// No edit may reach the ledger while the worker writes the import's payments.
    bool busy() const { return m_runner->isRunning(); }
    void showImport(const StoredImport &import);
    void updateTitle();
    /// Reads one row again after an edit (an edit changes no other row).
    Status refreshLine(int line);
    void updateLegend();
    void updateExplanation();
    void updateActions();
    void updateSuggestionButton(const ImportRow *row);
    void showMessage(const QString &text);
    void selectLine(int line);
    void pushEdit(int line, const RowState &before, const RowState &after,
                  const RowChangeOutcome &made, const QString &text);
    void afterUndoOrRedo(int line, const QString &error);
    bool confirmedRowChange(const QString &title, const QString &question);

    Ledger *m_ledger = nullptr;
    ImportRunner *m_runner;
    ImportRowModel *m_model;
    ImportRowFilter *m_filter;
    QUndoStack *m_undo;
    QStringList m_files;
    QString m_fileSummary; ///< "file (format)" of the open import
    qint64 m_importId = 0;
    bool m_confirmed = false;
    bool m_loadingOnly = false; ///< the runner reads a stored import, it does not import
    /// What the runner does for confirm(): adds up the summary, then writes the payments.
    enum class ConfirmStep { None, Summary, Writing } m_confirmStep = ConfirmStep::None;
    QThreadPool m_peekPool; ///< one thread: looks at a chosen file's first statement
    QFutureWatcher<StatementPeek> *m_peek = nullptr;
    bool m_readAfterPeek = false;

    QLabel *m_title = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QToolButton *m_duplicatesChip = nullptr;
    QLabel *m_fileLabel = nullptr;
    QComboBox *m_account = nullptr;
    QCheckBox *m_ignorePos = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QPushButton *m_readButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_message = nullptr;
    QMap<RowColour, QToolButton *> m_chips;
    QToolButton *m_allChip = nullptr;
    QLineEdit *m_search = nullptr;
    DataTableView *m_table = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_suggestionButton = nullptr;
    QPushButton *m_annulButton = nullptr;
    QPushButton *m_writeButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
};

} // namespace Saldo
