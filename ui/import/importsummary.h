// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Saldo {

class Ledger;

/// What confirming a draft will do, for the bookkeeper's last look before it is written: rows
/// and sums per colour, invoices becoming paid or partly paid, duplicates skipped, and the
/// balance and continuity warnings.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::ImportSummary)
public:
    struct ColourTotal
    {
        int count = 0;
        Money sum;
    };
    QMap<RowColour, ColourTotal> colours;
    int invoicesPaid = 0;
    int invoicesPartlyPaid = 0;
    int duplicates = 0;
    QStringList warnings;

    /// The summary of import `importId` whose rows are `rows` (deleted rows are skipped): the
    /// page passes the rows it shows, which are the ledger's, so nothing is read twice.
    static Result<ImportSummary> of(Ledger &ledger, qint64 importId, const QList<ImportRow> &rows);
    /// The summary in a few lines of plain text.
    QString text() const;
};

} // namespace Saldo
