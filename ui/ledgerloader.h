// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgersnapshot.h"

#include <QFutureWatcher>
#include <QObject>

namespace Saldo {

/// Reads a LedgerSnapshot on a worker thread (QtConcurrent) with a ledger connection of its
/// own, so the window stays responsive while a million invoices are read. One load at a time:
/// a new load() cancels the one running. The destructor cancels and waits.
class LedgerLoader : public QObject
{
    Q_OBJECT
public:
    explicit LedgerLoader(QObject *parent = nullptr);
    ~LedgerLoader() override;

    void load(const QString &path);
    void cancel();
    bool isLoading() const;

Q_SIGNALS:
    /// Invoices read so far out of `total`.
    void progress(qint64 done, qint64 total);
    /// The snapshot (its error set when reading failed). Not emitted for a cancelled load.
    void finished(const Saldo::LedgerSnapshot &snapshot);

private:
    void onFinished(QFutureWatcher<LedgerSnapshot> *watcher);

    QFutureWatcher<LedgerSnapshot> *m_current = nullptr;
};

} // namespace Saldo
