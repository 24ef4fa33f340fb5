// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

namespace Saldo {

class Ledger;

/// One entry of the audit log: who changed what, when, and the values before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString user;
    QString
        entity; ///< "invoice", "invoice_import", "allocation", "statement_import", "setting" ...
    qint64 entityId = 0; ///< the row's id; 0 when the entity has none (a setting)
    QString action; ///< "create", "update", "delete", "import", "confirm" ...
    QJsonObject before; ///< empty for a creation
    QJsonObject after; ///< empty for a deletion
};

/// The ledger's audit log of every change to money: invoice paid amounts, invoices entered or
/// imported, allocations, import confirmations, settings that change pairing. Entries are
/// written by the repositories in the same transaction as the change they describe, so the log
/// and the books never disagree. Amounts in before/after are decimal strings (Money::toString).
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class AuditLog
{
public:
    explicit AuditLog(Ledger &ledger);

    /// Appends an entry by the ledger's current user, stamped now. Call it inside the
    /// TransactionGuard of the change.
    Status record(const QString &entity, qint64 entityId, const QString &action,
                  const QJsonObject &before, const QJsonObject &after);

    /// The entries about one entity, oldest first.
    Result<QList<AuditEntry>> entriesFor(const QString &entity, qint64 entityId) const;
    /// The last `limit` entries, oldest first.
    Result<QList<AuditEntry>> latest(int limit) const;

private:
    Result<QList<AuditEntry>> read(QSqlQuery &query) const;

    Ledger &m_ledger;
    QSqlQuery m_insert; ///< prepared on first use, reused
};

} // namespace Saldo
