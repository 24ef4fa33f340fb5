// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "ledger/importrepository.h"
#include "ledger/ledger.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Saldo {

namespace {

QString stageText(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Reading:
        return ImportRunner::tr("Reading the file…");
    case ImportStage::LoadingLedger:
        return ImportRunner::tr("Reading invoices…");
    case ImportStage::Pairing:
        return ImportRunner::tr("Pairing rows…");
    case ImportStage::Storing:
        return ImportRunner::tr("Storing the draft…");
    }
    return {};
}

ImportOutcome runImport(QPromise<ImportOutcome> &promise, const QString &ledgerPath,
                        const QString &user, const QString &file,
                        const StatementImportOptions &options, const std::atomic_bool *cancel)
{
    ImportOutcome outcome;
    auto ledger = Ledger::open(ledgerPath);
    if (!ledger) {
        outcome.error = ledger.error();
        return outcome;
    }
    (*ledger)->setUser(user);
    const auto progress = [&promise](ImportStage stage, qint64 done, qint64 total) {
        // QFuture's progress is an int; a statement has far fewer than 2^31 rows.
        promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
        promise.setProgressValueAndText(int(qMin<qint64>(done, INT_MAX)), stageText(stage));
    };
    const Result<StatementImportResult> result
        = StatementImport::run(**ledger, file, options, progress, cancel);
    outcome.canceled = cancel->load();
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.importId = result->importId;
    outcome.warnings = result->warnings;
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, ImportRunner::tr("Showing the rows…"));
    const Result<StoredImport> stored = ImportRepository(**ledger).load(result->importId);
    if (stored)
        outcome.import = std::make_shared<const StoredImport>(*stored);
    else
        outcome.error = stored.error();
    return outcome;
}

ImportOutcome loadImport(const QString &ledgerPath, qint64 importId)
{
    ImportOutcome outcome;
    auto ledger = Ledger::open(ledgerPath);
    if (!ledger) {
        outcome.error = ledger.error();
        return outcome;
    }
    Result<StoredImport> stored = ImportRepository(**ledger).load(importId);
    if (!stored) {
        outcome.error = stored.error();
        return outcome;
    }
    outcome.importId = importId;
    outcome.import = std::make_shared<const StoredImport>(std::move(stored).value());
    return outcome;
}

/// Runs `work` on a ledger connection of the worker's own for import `importId`; a ledger that
/// does not open is the outcome's error.
ImportOutcome withLedger(const QString &ledgerPath, const QString &user, qint64 importId,
                         const std::function<void(Ledger &, ImportOutcome &)> &work)
{
    ImportOutcome outcome;
    outcome.importId = importId;
    auto ledger = Ledger::open(ledgerPath);
    if (!ledger) {
        outcome.error = ledger.error();
        return outcome;
    }
    if (!user.isEmpty()) // what writes records who did it in the audit log
        (*ledger)->setUser(user);
    work(**ledger, outcome);
    return outcome;
}

ImportOutcome confirmImport(const QString &ledgerPath, const QString &user, qint64 importId,
                            PaymentDateSource dateSource)
{
    return withLedger(ledgerPath, user, importId, [&](Ledger &ledger, ImportOutcome &outcome) {
        Result<ConfirmSummary> confirmed = ImportRepository(ledger).confirm(importId, dateSource);
        if (confirmed)
            outcome.confirmed = *confirmed;
        else
            outcome.error = confirmed.error();
    });
}

ImportOutcome summarizeImport(const QString &ledgerPath, qint64 importId,
                              const QList<ImportRow> &rows)
{
    return withLedger(ledgerPath, {}, importId, [&](Ledger &ledger, ImportOutcome &outcome) {
        Result<ImportSummary> summary = ImportSummary::of(ledger, importId, rows);
        if (summary)
            outcome.summary = std::move(summary).value();
        else
            outcome.error = summary.error();
    });
}

} // namespace

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ImportRunner::~ImportRunner()
{
    // The worker's ledger connection must close before the application does.
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

void ImportRunner::start(const QString &ledgerPath, const QString &user, const QString &file,
                         const StatementImportOptions &options)
{
    if (m_watcher)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    watch(QtConcurrent::run(
        &m_pool,
        [ledgerPath, user, file, options, cancel = m_cancel](QPromise<ImportOutcome> &promise) {
            promise.addResult(runImport(promise, ledgerPath, user, file, options, cancel.get()));
        }));
}

void ImportRunner::load(const QString &ledgerPath, qint64 importId)
{
    if (m_watcher)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    watch(QtConcurrent::run(&m_pool, [ledgerPath, importId](QPromise<ImportOutcome> &promise) {
        promise.addResult(loadImport(ledgerPath, importId));
    }));
}

void ImportRunner::confirm(const QString &ledgerPath, const QString &user, qint64 importId,
                           PaymentDateSource dateSource)
{
    if (m_watcher)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    watch(QtConcurrent::run(&m_pool, [=](QPromise<ImportOutcome> &promise) {
        promise.addResult(confirmImport(ledgerPath, user, importId, dateSource));
    }));
}

void ImportRunner::summarize(const QString &ledgerPath, qint64 importId,
                             const QList<ImportRow> &rows)
{
    if (m_watcher)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    watch(QtConcurrent::run(&m_pool, [=](QPromise<ImportOutcome> &promise) {
        promise.addResult(summarizeImport(ledgerPath, importId, rows));
    }));
}

void ImportRunner::watch(QFuture<ImportOutcome> future)
{
    m_watcher = new QFutureWatcher<ImportOutcome>(this);
    auto *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        Q_EMIT progress(watcher->progressText(), value, watcher->progressMaximum());
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_watcher = nullptr;
        Q_EMIT finished(watcher->future().resultCount() ? watcher->result() : ImportOutcome());
    });
    watcher->setFuture(future);
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace Saldo
