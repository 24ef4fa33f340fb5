// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/statementimport.h"
#include "importsummary.h"
#include "ledger/importrepository.h"
#include "ledger/importrow.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace Saldo {

/// What a statement import run on the worker came to.
struct ImportOutcome
{
    qint64 importId = 0; ///< the stored draft; 0 when nothing was stored
    QStringList warnings;
    QString error; ///< why nothing was stored; empty when it worked
    bool canceled = false;
    /// The import as stored, read back on the worker (a 200,000-row import takes seconds to
    /// read: never on the GUI thread).
    std::shared_ptr<const StoredImport> import;
    /// Of confirm(): what the confirmation wrote (none when it failed: see error).
    std::optional<ConfirmSummary> confirmed;
    /// Of summarize(): what confirming will do (none when it could not be said: see error).
    std::optional<ImportSummary> summary;
};

/// Runs StatementImport::run on a worker thread (QtConcurrent) with a ledger connection of its
/// own, so the window stays responsive while a large statement is read, paired and stored.
/// One run at a time. The destructor cancels and waits: a canceled run stores nothing.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    /// Imports `file` into the ledger at `ledgerPath` as `user` (for the audit log).
    void start(const QString &ledgerPath, const QString &user, const QString &file,
               const StatementImportOptions &options);
    /// Reads the stored import `importId` on the worker; finished() brings it.
    void load(const QString &ledgerPath, qint64 importId);
    /// Confirms the draft `importId` on the worker (writing a large import's payments into its
    /// invoices takes seconds); finished() brings what was written.
    void confirm(const QString &ledgerPath, const QString &user, qint64 importId,
                 PaymentDateSource dateSource);
    /// Adds up what confirming `importId` (its rows as `rows`) will do on the worker: every
    /// invoice it pays is looked up.
    void summarize(const QString &ledgerPath, qint64 importId, const QList<ImportRow> &rows);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

Q_SIGNALS:
    /// `done` of `total` (total 0 while unknown) in the stage `text` names.
    void progress(const QString &text, int done, int total);
    void finished(const Saldo::ImportOutcome &outcome);

private:
    void watch(QFuture<ImportOutcome> future);

    /// A pool of its own: the import pairs rows with QtConcurrent on the global pool and waits
    /// for them, so running it there too can take the last free thread (2 cores) and deadlock.
    QThreadPool m_pool;
    QFutureWatcher<ImportOutcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Saldo
