// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"
#include "model/invoice.h"
#include "util/result.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <vector>

namespace Saldo {

class Ledger;

/// Where an already stored line is: the import and the line's number in it.
struct StoredLineRef
{
    qint64 importId = 0;
    int line = 0;
};

/// What confirming an import wrote.
struct ConfirmSummary
{
    int rowsWritten = 0; ///< rows whose payment went into invoices
    int invoicesUpdated = 0;
};

/// What ImportRepository::changeRow() did besides changing the row.
struct RowChangeOutcome
{
    bool learnedIban = false; ///< the row's IBAN was newly stored on the counterparty as learned
    bool unwritten = false; ///< a written row's payment was taken back out of its invoices
};

struct RowChangeOptions
{
    QString action = QStringLiteral("edit"); ///< the audit log's word for the change
    /// Removes the row's IBAN from its current counterparty first, when it is stored there as
    /// learned (the undo of a change that learned it).
    bool forgetLearnedIban = false;
};

/// Which date a confirmed payment writes into its invoice (setting pairing.payment_date).
enum class PaymentDateSource { Line, Statement };

/// Statement imports (tables statement_imports, statement_headers, statement_lines,
/// allocations): a draft is stored whole in one transaction, edited row by row, then confirmed
/// (its payments are written into the invoices) or canceled (deleted). Every write runs in one
/// transaction and is written to the audit log with the ledger's user; a refused write changes
/// nothing. Rows are addressed by their line number in the file (saldo-cli's "line").
///
/// A confirmed import is never deleted as a whole, but its rows can still be corrected one by
/// one (PRODUCT.md): an edit that changes what a written row pays (its invoices, amounts or
/// type) takes the payment back out of the invoices and clears the row's written mark when the
/// setting pairing.propagate_corrections is on, and is refused when it is off; deleting or
/// annulling a written row always takes its payment back. writeLine() enters a corrected or
/// annulled row again.
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class ImportRepository
{
public:
    /// Called every few thousand rows while storing with the number stored so far; returning
    /// false cancels (nothing is stored).
    using Progress = std::function<bool(qint64 done)>;
    /// The rows of a draft that are still being made (StatementImport reads and pairs the
    /// later rows while the earlier ones are written), in line order as they become final.
    /// Called on the ledger's thread.
    struct RowSource
    {
        /// Blocks until `wanted` rows from the start are final; returns how many are. Fewer
        /// than `wanted`: no more come (all were given, or their maker stopped: `complete`).
        std::function<qsizetype(qsizetype wanted)> ready;
        /// Row `i`, once `ready` counted it.
        std::function<ImportRow &(qsizetype i)> row;
        /// After `ready` gave fewer rows than wanted: whether the `count` rows given are all
        /// (false: their maker stopped, and nothing is stored).
        std::function<bool(qsizetype count)> complete;
    };
    /// Fills in, once the last row is written, what is known only at the file's end: the
    /// import's statements, format and file hash (its rows need not be in `import.rows`). An
    /// error stores nothing.
    using CompleteImport = std::function<Status(StoredImport &import)>;

    explicit ImportRepository(Ledger &ledger);

    /// The lines already stored for `account` (by fingerprint; deleted and duplicate lines do
    /// not count): the lines an import must not pay again, across files and formats.
    Result<QHash<QString, StoredLineRef>> storedFingerprints(const Iban &account) const;

    /// Stores `import` as a draft (state, statements, rows, allocations) in one transaction
    /// and returns its id; `import.id` and the rows' lineId are set. The account must be one of
    /// the own accounts (import.account).
    Result<qint64> storeDraft(StoredImport &import, const Progress &progress = {});
    /// The same with the rows written from `rows` as they are made, and `complete` called once
    /// the last one is (see RowSource and CompleteImport).
    Result<qint64> storeDraft(StoredImport &import, const RowSource &rows, const Progress &progress,
                              const CompleteImport &complete);
    /// Within storeDraft()'s `complete`: sets the statement of the stored lines numbered
    /// `firstLine` to `lastLine` (a statement whose id or date was known only at its end).
    Status setLinesStatement(qint64 importId, int firstLine, int lastLine,
                             const QString &statementId, const QDate &statementDate);

    /// The import with its statements and rows in file order, deleted rows included.
    Result<StoredImport> load(qint64 importId) const;
    /// The import's own fields (state, account, file), without statements or rows.
    Result<StoredImport> loadHeader(qint64 importId) const;
    /// One row of the import with its allocations (a deleted row too).
    Result<ImportRow> loadRow(qint64 importId, int line) const;

    /// Allocates (part of) a row to the invoice `number` by hand. Without `amount`, what is
    /// left of the row or of the invoice's open amount, whichever is less. Refused for more
    /// than the row's unallocated amount or the invoice's open amount (less what other rows of
    /// this import already allocate to it), another currency, a duplicate or deleted row.
    Status allocate(qint64 importId, int line, const QString &number,
                    const std::optional<Money> &amount = std::nullopt);
    /// Associates a row with the counterparty of this name (exact, else by normalised name) and
    /// stores the row's IBAN on the counterparty as learned, so the next import recognises it.
    Status setCounterparty(qint64 importId, int line, const QString &name);
    /// Changes a row's type; a fee, deposit, no-document or own-transfer row keeps no
    /// allocations.
    Status setType(qint64 importId, int line, DocumentType type);
    /// Removes a row from the import (it is not imported; it may come again in a later file).
    Status deleteLine(qint64 importId, int line);

    /// Sets a row's hand-edited state as a whole (type, counterparty, allocations, rule,
    /// deleted) in one transaction: the edit dialog's OK and the undo and redo of any edit.
    /// Allocations are checked as allocate() checks them; a new counterparty learns the row's
    /// IBAN as setCounterparty() does.
    Result<RowChangeOutcome> changeRow(qint64 importId, int line, const RowState &state,
                                       const RowChangeOptions &options = {});
    /// Annuls a row of a confirmed import: its payment (if written) is taken back out of the
    /// invoices and it books nothing; it stays in the statement. writeLine() enters it again.
    Status annulLine(qint64 importId, int line);
    /// Writes the payment of a row of a confirmed import that is not written (corrected or
    /// annulled) into its invoices. Refused for a red row, a row without allocations, or more
    /// than an invoice's open amount.
    Status writeLine(qint64 importId, int line, PaymentDateSource dateSource);

    /// Writes the payments of a draft into its invoices (paid amount and paid date) and marks
    /// it confirmed. Refused while any row is red; the message lists them.
    Result<ConfirmSummary> confirm(qint64 importId, PaymentDateSource dateSource);
    /// Discards a draft with all its rows. Refused for a confirmed import.
    Status cancel(qint64 importId);

private:
    Result<StoredImport> loadDraft(qint64 importId) const;
    Result<ImportRow> editableRow(qint64 importId, int line, bool deletedToo = false) const;
    /// What the rows of the import besides `exceptLine` allocate to an invoice and have not
    /// yet written into it (a written row's payment is in the invoice's paid amount already).
    Result<Money> allocatedElsewhere(qint64 importId, qint64 invoiceId, int exceptLine,
                                     Currency currency) const;
    /// Before a changed row of a confirmed import is saved: takes a written row's payment
    /// back when the change touches it (or refuses, see the class comment).
    Status correctWrittenRow(const ImportRow &before, ImportRow &row, bool always);
    /// Adds (sign +1) or takes back (-1) the payments of `rows` to or from their invoices.
    Result<int> bookPayments(const QList<ImportRow> &rows, PaymentDateSource dateSource, int sign);
    bool propagatesCorrections() const;
    Status saveRow(qint64 importId, const ImportRow &before, const ImportRow &row,
                   const QString &action);
    /// One hand edit of a line, in one transaction: loads the import's header (no rows: an
    /// edit costs the same in an import of any size) and the line, lets `edit` change the row
    /// (or refuse), then saves it with `action` in the audit log.
    using RowEdit = std::function<Status(const StoredImport &header, ImportRow &row)>;
    Status editRow(qint64 importId, int line, const QString &action, const RowEdit &edit,
                   bool deletedToo = false);
    Status insertImport(const StoredImport &import);
    Status updateImportFile(const StoredImport &import);
    Status insertStatement(qint64 importId, const ImportStatement &statement, const Iban &account);
    Result<qint64> nextImportId();
    Status checkReferences(qint64 accountId, std::vector<qint64> counterparties,
                           std::vector<qint64> invoices);
    Status insertAllocations(const ImportRow &row);
    Result<QList<ImportRow>> loadRows(qint64 importId, std::optional<int> line = {}) const;
    Result<QList<ImportStatement>> loadStatements(qint64 importId) const;
    Status loadAllocations(qint64 importId, QList<ImportRow> &rows,
                           std::optional<qint64> lineId = {}) const;

    Ledger &m_ledger;
    QSqlQuery m_insertAllocation;
};

/// The invoice a row pays by `number`: incoming payments settle issued invoices, outgoing ones
/// received invoices; the other kind is tried when the number is only used there.
Result<std::optional<Invoice>> invoicePaidByRow(Ledger &ledger, const ImportRow &row,
                                                const QString &number);

/// The text form of a line kind in the ledger ("unknown", "card", "cash_withdrawal" ...).
QLatin1StringView lineKindName(LineKind kind);
LineKind lineKindFromName(QStringView name);

} // namespace Saldo
