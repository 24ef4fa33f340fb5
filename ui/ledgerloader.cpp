// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgerloader.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Saldo {

LedgerLoader::LedgerLoader(QObject *parent)
    : QObject(parent)
{ }

LedgerLoader::~LedgerLoader()
{
    // The worker holds no pointer to us, but its connection must close before the application
    // does: wait for every load still running.
    const auto watchers = findChildren<QFutureWatcher<LedgerSnapshot> *>();
    for (QFutureWatcher<LedgerSnapshot> *watcher : watchers) {
        watcher->disconnect(this);
        watcher->cancel();
        watcher->waitForFinished();
    }
}

void LedgerLoader::load(const QString &path)
{
    cancel();
    auto *watcher = new QFutureWatcher<LedgerSnapshot>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { onFinished(watcher); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (watcher == m_current)
            Q_EMIT progress(value, watcher->progressMaximum());
    });
    watcher->setFuture(QtConcurrent::run([path](QPromise<LedgerSnapshot> &promise) {
        LedgerSnapshot snapshot = readLedgerSnapshot(path, [&promise](qint64 done, qint64 total) {
            // QFuture's progress is an int; a ledger has far fewer than 2^31 invoices.
            promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
            promise.setProgressValue(int(qMin<qint64>(done, INT_MAX)));
            return !promise.isCanceled();
        });
        promise.addResult(std::move(snapshot));
    }));
}

void LedgerLoader::cancel()
{
    if (!m_current)
        return;
    // The old load finishes on its own and is then deleted; its result is dropped.
    m_current->cancel();
    m_current = nullptr;
}

bool LedgerLoader::isLoading() const
{
    return m_current != nullptr;
}

void LedgerLoader::onFinished(QFutureWatcher<LedgerSnapshot> *watcher)
{
    watcher->deleteLater();
    if (watcher != m_current)
        return;
    m_current = nullptr;
    if (watcher->isCanceled() || watcher->future().resultCount() == 0)
        return;
    Q_EMIT finished(watcher->result());
}

} // namespace Saldo
