// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "money/money.h"
#include "pairing/linepairing.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Saldo {

/// Part of a row allocated to an invoice, as stored (table allocations).
struct ImportAllocation
{
    qint64 invoiceId = 0;
    QString number;
    Money amount; ///< magnitude in the line's currency
    bool manual = false; ///< made by hand (`import allocate`), not by the pairing
};

/// One row of a statement import: the bank's line and what it is booked as. The same value
/// is built by the import pipeline and read back by ImportRepository::load().
struct ImportRow
{
    qint64 lineId = 0; ///< statement_lines.id; 0 before it is stored
    int line = 0; ///< 1-based position in the file, across all its statements
    StatementLine data;
    QString statementId; ///< the bank's id of the statement the line is in
    QDate statementDate;
    QString fingerprint;

    DocumentType type = DocumentType::Unallocated;
    RowColour colour = RowColour::Red;
    qint64 counterpartyId = 0;
    QString counterpartyName;
    QList<ImportAllocation> allocations;
    Money allocated; ///< magnitude; a fee, deposit or no-document row is allocated whole
    Money unallocated;
    QString rule;
    QString evidence; ///< the pairing's reasons in words
    QString suggestions; ///< JSON array of near misses, or empty
    bool duplicate = false; ///< already in a stored import: pays nothing
    bool deleted = false; ///< removed by hand: not imported
    bool written = false; ///< its payment was written into the invoices (confirmed)
    bool annulled = false; ///< of a confirmed import: books nothing, stays in the statement

    QStringList documents() const;
    /// The row's date: the booking date, or the value date when the bank gave none.
    QDate date() const;
    /// The row's reference as the bookkeeper reads it: VS, else RF, else KID, else the
    /// end-to-end reference.
    QString reference() const;
    /// The counter account: IBAN, or the local account number.
    QString counterAccount() const;
};

/// The part of a row a bookkeeper changes by hand (and an undo puts back): what it is booked
/// as, with whom, against which invoices, and whether it is deleted.
struct RowState
{
    DocumentType type = DocumentType::Unallocated;
    qint64 counterpartyId = 0;
    QList<ImportAllocation> allocations;
    QString rule;
    bool deleted = false;

    static RowState of(const ImportRow &row);
    /// Whether both pay the same invoices the same amounts (the order does not matter).
    bool sameAllocations(const RowState &other) const;
};

/// A statement of an imported file (table statement_headers).
struct ImportStatement
{
    int position = 0; ///< 1-based order in the file
    QString statementId;
    QString accountNumber;
    QString currency;
    QString sequence;
    QDate date;
    QDate periodStart, periodEnd;
    std::optional<Money> openingBalance;
    std::optional<Money> closingBalance;
    int lineCount = 0;
};

enum class ImportState { Draft, Confirmed };

/// A statement import with its rows (deleted rows included, marked).
struct StoredImport
{
    qint64 id = 0;
    ImportState state = ImportState::Draft;
    qint64 accountId = 0;
    Iban account;
    QString fileName;
    QString fileHash;
    QString format;
    QString createdBy;
    QList<ImportStatement> statements;
    QList<ImportRow> rows;
};

/// The colour an edited row gets from its type, allocations and counterparty (the pairing's
/// rules of PRODUCT.md: green when the whole amount is allocated, black with a counterparty,
/// red otherwise, grey for own transfers and duplicates), with allocated/unallocated updated.
void recomputeRow(ImportRow &row);

} // namespace Saldo
