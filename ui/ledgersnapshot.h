// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/auditlog.h"
#include "model/counterparty.h"
#include "model/invoice.h"
#include "model/ownaccount.h"

#include <QList>
#include <QString>

namespace Saldo {

/// Everything the main window's views show, read from a ledger in one go (off the GUI thread:
/// see LedgerLoader). Plain values; the views' models take them over.
struct LedgerSnapshot
{
    QString path;
    QList<OwnAccount> accounts;
    QList<Invoice> invoices;
    QList<Counterparty> counterparties;
    QList<AuditEntry> auditEntries; ///< the latest ones, oldest first
    QString error; ///< why reading failed; empty when it worked

    /// How many audit entries are read: the log grows with every change, the view shows the
    /// latest.
    static constexpr int auditLimit = 2000;
};

/// Reads the snapshot of the ledger at `path` through the ledger's repositories, on the calling
/// thread with a connection of its own. `progress(done, total)` is called every few thousand
/// invoices and returns false to stop (the snapshot then has an error "cancelled").
LedgerSnapshot readLedgerSnapshot(const QString &path,
                                  const std::function<bool(qint64 done, qint64 total)> &progress);

} // namespace Saldo
