// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/invoice.h"
#include "money/iban.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Saldo {

/// The first pass of an invoice import: the whole CSV file read and checked without touching
/// the ledger (InvoiceCsvReader for every row, plus what only the whole file shows: an invoice
/// number twice for one kind, an IBAN given for two counterparties). It keeps what the second
/// pass (InvoiceImporter) needs to check the file against the ledger and write it, not the rows:
/// those are read again, so a million-row file is never held in memory.
struct InvoiceImportPlan
{
    /// What the file says about one counterparty (by exact name).
    struct CounterpartyPlan
    {
        QString name;
        QString companyId; ///< the first non-empty company_id given for it
        qint64 firstLine = 0;
        QList<Iban> ibans; ///< in order of appearance
        QHash<Iban, qint64> ibanLines; ///< where each IBAN first appears
    };

    /// Stops after this many faulty rows.
    static constexpr int kMaxErrors = 20;

    /// Reads `path`; the messages name it `displayName` ("FILE:LINE: FIELD: what is wrong").
    /// An Error lists up to kMaxErrors faults, one per line, in file order. Reads only the file;
    /// thread-safe.
    static Result<InvoiceImportPlan> fromFile(const QString &path, const QString &displayName);

    /// The key of numberLines: kind and number.
    static QString numberKey(InvoiceKind kind, const QString &number);

    QString path;
    QString displayName;
    qint64 fileSize = 0;
    QDateTime modified; ///< with fileSize, tells the second pass whether the file changed
    qint64 rows = 0;
    QHash<QString, qint64> numberLines; ///< numberKey() -> line
    QHash<QString, CounterpartyPlan> counterparties; ///< by exact name
    /// Sum of totals and of paid amounts per currency (for the audit entry).
    QHash<Currency, QPair<Money, Money>> sums;
};

} // namespace Saldo
