// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/importrepository.h"

#include "ledger/auditlog.h"
#include "ledger/draftrowwriter.h"
#include "ledger/ledger.h"
#include "ledger/sqlitestatement.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "ledger/writebehind.h"
#include "util/tr.h"

#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <vector>

#include <sqlite3.h>

namespace Saldo {

namespace {

struct KindName
{
    LineKind kind;
    QLatin1StringView name;
};

constexpr KindName kKindNames[] = {
    { LineKind::Unknown, QLatin1StringView("unknown") },
    { LineKind::Card, QLatin1StringView("card") },
    { LineKind::CashWithdrawal, QLatin1StringView("cash_withdrawal") },
    { LineKind::CashDeposit, QLatin1StringView("cash_deposit") },
    { LineKind::Fee, QLatin1StringView("fee") },
    { LineKind::Interest, QLatin1StringView("interest") },
};

QVariant nullableMoney(const std::optional<Money> &money)
{
    return money ? QVariant(money->minorUnits()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Rows of one import use one or two currencies: remember the last one instead of parsing each.
class CurrencyCache
{
public:
    Currency get(const QString &code)
    {
        if (code != m_code) {
            m_code = code;
            m_currency = Currency::fromCode(code).ok() ? *Currency::fromCode(code) : Currency();
        }
        return m_currency;
    }

private:
    QString m_code;
    Currency m_currency;
};

template<typename T>
T parsedOr(const QString &text)
{
    if (text.isEmpty())
        return T();
    const Result<T> parsed = T::parse(text);
    return parsed ? *parsed : T();
}

const QString kLineColumns = QStringLiteral(
    "l.id, l.line_number, l.source_line, l.statement_id, l.booking_date, l.value_date, "
    "l.amount, l.currency, l.counterparty_name, l.counterparty_iban, l.counterparty_account, "
    "l.counterparty_bic, l.variable_symbol, l.constant_symbol, l.specific_symbol, "
    "l.creditor_reference, l.kid, l.reference, l.bank_reference, l.description, "
    "l.transaction_code, l.line_kind, l.card, l.type, l.colour, l.counterparty_id, c.name, "
    "l.rule, l.evidence, l.fingerprint, l.deleted, l.written, l.duplicate, "
    "l.statement_date, l.allocated, l.unallocated, l.suggestions, l.annulled");

ImportRow readRow(const QSqlQuery &q, CurrencyCache &currencies)
{
    ImportRow row;
    row.lineId = q.value(0).toLongLong();
    row.line = q.value(1).toInt();
    StatementLine &d = row.data;
    d.sourceLine = q.value(2).toLongLong();
    row.statementId = q.value(3).toString();
    d.bookingDate = SqlUtil::parseIsoDate(q.value(4).toString());
    d.valueDate = SqlUtil::parseIsoDate(q.value(5).toString());
    const Currency currency = currencies.get(q.value(7).toString());
    d.amount = Money(q.value(6).toLongLong(), currency);
    d.counterpartyName = q.value(8).toString();
    d.counterpartyIban = parsedOr<Iban>(q.value(9).toString());
    d.counterpartyAccount = q.value(10).toString();
    d.counterpartyBic = q.value(11).toString();
    d.variableSymbol = parsedOr<VariableSymbol>(q.value(12).toString());
    d.constantSymbol = parsedOr<ConstantSymbol>(q.value(13).toString());
    d.specificSymbol = parsedOr<SpecificSymbol>(q.value(14).toString());
    d.creditorReference = parsedOr<CreditorReference>(q.value(15).toString());
    d.kid = parsedOr<Kid>(q.value(16).toString());
    d.reference = q.value(17).toString();
    d.bankReference = q.value(18).toString();
    d.description = q.value(19).toString();
    d.transactionCode = q.value(20).toString();
    d.kind = lineKindFromName(q.value(21).toString());
    d.card = q.value(22).toInt() != 0;
    row.type = documentTypeFromName(q.value(23).toString()).value_or(DocumentType::Unallocated);
    const QString colour = q.value(24).toString();
    for (RowColour c : { RowColour::Green, RowColour::Black, RowColour::Red, RowColour::Grey }) {
        if (rowColourName(c) == colour)
            row.colour = c;
    }
    row.counterpartyId = q.value(25).toLongLong();
    row.counterpartyName = q.value(26).toString();
    row.rule = q.value(27).toString();
    row.evidence = q.value(28).toString();
    row.fingerprint = q.value(29).toString();
    row.deleted = q.value(30).toInt() != 0;
    row.written = q.value(31).toInt() != 0;
    row.duplicate = q.value(32).toInt() != 0;
    row.annulled = q.value(37).toInt() != 0;
    row.statementDate = SqlUtil::parseIsoDate(q.value(33).toString());
    row.allocated = Money(q.value(34).toLongLong(), currency);
    row.unallocated = Money(q.value(35).toLongLong(), currency);
    row.suggestions = q.value(36).toString();
    return row;
}

// Turns the connection's foreign key and CHECK constraint checks off for a bulk insert, and
// on again when it goes. The references are checked once at the end
// (ImportRepository::checkReferences). The CHECKs of statement_lines are "x IN (list)", which
// SQLite evaluates by building a temporary index per row and list (two thirds of its work for
// a line); the values written come from enums (documentTypeName, rowColourName) and bools, so
// they hold by construction. SQLite ignores foreign_keys inside a transaction, so this must be
// created before the transaction begins and destroyed after it ends; inside an outer
// transaction the foreign keys simply stay on.
class BulkInsertChecksOff
{
public:
    explicit BulkInsertChecksOff(const QSqlDatabase &db)
        : m_db(db)
    {
        // On failure the checks simply stay on.
        static_cast<void>(
            SqlUtil::execStatement(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")));
        static_cast<void>(
            SqlUtil::execStatement(m_db, QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    }
    ~BulkInsertChecksOff()
    {
        static_cast<void>(
            SqlUtil::execStatement(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
        static_cast<void>(SqlUtil::execStatement(m_db, QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    BulkInsertChecksOff(const BulkInsertChecksOff &) = delete;
    BulkInsertChecksOff &operator=(const BulkInsertChecksOff &) = delete;

private:
    QSqlDatabase m_db;
};

// Keeps SQLite from copying the WAL into the main file inside the import's COMMIT (its
// automatic checkpoint after a commit of more than wal_autocheckpoint pages: a second of writing
// and syncing at 200,000 lines); once the transaction has ended, successful or not, the copy is
// started on a thread of its own (Ledger::checkpointInBackground). Created before the
// transaction, so that it ends after it.
class CheckpointAfterTransaction
{
public:
    explicit CheckpointAfterTransaction(Ledger &ledger)
        : m_ledger(ledger)
        , m_db(sqliteHandle(ledger.database()))
    {
        SqliteStatement pages(m_db, QStringLiteral("PRAGMA wal_autocheckpoint"));
        if (pages.status() && pages.next())
            m_pages = int(pages.int64(0));
        sqlite3_wal_autocheckpoint(m_db, 0);
    }
    ~CheckpointAfterTransaction()
    {
        sqlite3_wal_autocheckpoint(m_db, m_pages);
        m_ledger.checkpointInBackground();
    }
    CheckpointAfterTransaction(const CheckpointAfterTransaction &) = delete;
    CheckpointAfterTransaction &operator=(const CheckpointAfterTransaction &) = delete;

private:
    Ledger &m_ledger;
    sqlite3 *m_db;
    int m_pages = 1000; // SQLite's default
};

// Fails unless every id of `ids` is a row of `table` (ImportRepository::checkReferences).
Status checkAllExist(sqlite3 *db, const char *table, std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    SqliteStatement exists(
        db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1StringView(table)));
    if (!exists.status())
        return exists.status();
    for (const qint64 id : ids) {
        exists.bindInt64(0, id);
        const bool found = exists.next();
        if (exists.failed())
            return exists.error(Tr::tr("checking the stored lines"));
        exists.reset();
        if (!found)
            return Error { Tr::tr("the ledger changed during the import (an account, "
                                  "counterparty or invoice the lines refer to was deleted); "
                                  "nothing was stored") };
    }
    return {};
}

} // namespace

QLatin1StringView lineKindName(LineKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return QLatin1StringView("unknown");
}

LineKind lineKindFromName(QStringView name)
{
    for (const KindName &entry : kKindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return LineKind::Unknown;
}

ImportRepository::ImportRepository(Ledger &ledger)
    : m_ledger(ledger)
    , m_insertAllocation(ledger.database())
{ }

Result<QHash<QString, StoredLineRef>>
ImportRepository::storedFingerprints(const Iban &account) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    // The lines of the imports into this account (every fingerprint starts with its IBAN), by
    // the imports' account index and the lines' (import_id, line_number) key.
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral("SELECT l.fingerprint, l.import_id, l.line_number "
                           "FROM statement_imports i JOIN statement_lines l ON l.import_id = i.id "
                           "WHERE i.account_id = (SELECT id FROM own_accounts WHERE iban = ?) "
                           "AND l.deleted = 0 AND l.duplicate = 0"));
        !s)
        return Error { s.error() };
    query.bindValue(0, account.toString());
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the stored statement lines")); !s)
        return Error { s.error() };
    QHash<QString, StoredLineRef> found;
    while (query.next())
        found.insert(query.value(0).toString(),
                     { query.value(1).toLongLong(), query.value(2).toInt() });
    return found;
}

Result<qint64> ImportRepository::storeDraft(StoredImport &import, const Progress &progress)
{
    const qsizetype count = import.rows.size();
    ImportRow *const row0 = import.rows.data();
    const RowSource rows { [count](qsizetype) { return count; },
                           [row0](qsizetype i) -> ImportRow & { return row0[i]; },
                           [](qsizetype) {
                               return true;
                           } };
    return storeDraft(import, rows, progress, [](StoredImport &) { return Status(); });
}

Result<qint64> ImportRepository::storeDraft(StoredImport &import, const RowSource &rows,
                                            const Progress &progress,
                                            const CompleteImport &complete)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    // Declared before the transaction so that they end (checks back on, WAL copied) after it.
    const CheckpointAfterTransaction checkpoint(m_ledger);
    const WriteBehind walWriteBehind(m_ledger.path().toUtf8() + "-wal");
    const BulkInsertChecksOff checksOff(m_ledger.database());
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };
    const Result<qint64> id = nextImportId();
    if (!id)
        return Error { id.error() };
    import.id = *id;
    import.state = ImportState::Draft;
    import.createdBy = m_ledger.user();
    if (Status s = insertImport(import); !s)
        return Error { s.error() };
    // The rows may be written while the file is still read: the import's statements, format
    // and hash, and the checks over all rows, come once its end is known.
    DraftRowWriter::References references;
    if (Status s = DraftRowWriter(m_ledger.database(), import.id).write(rows, progress, references);
        !s)
        return Error { s.error() };
    const QString fileHash = import.fileHash, format = import.format;
    if (Status s = complete(import); !s)
        return Error { s.error() };
    if (import.fileHash != fileHash || import.format != format) {
        if (Status s = updateImportFile(import); !s)
            return Error { s.error() };
    }
    for (const ImportStatement &statement : std::as_const(import.statements)) {
        if (Status s = insertStatement(import.id, statement, import.account); !s)
            return Error { s.error() };
    }
    if (Status s = checkReferences(import.accountId, std::move(references.counterparties),
                                   std::move(references.invoices));
        !s)
        return Error { s.error() };
    const QJsonObject after { { QStringLiteral("file"), import.fileName },
                              { QStringLiteral("format"), import.format },
                              { QStringLiteral("account"), import.account.toString() },
                              { QStringLiteral("lines"), qint64(references.rows) } };
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("statement_import"), import.id,
                                             QStringLiteral("import"), {}, after);
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return import.id;
}

Status ImportRepository::insertImport(const StoredImport &import)
{
    QSqlQuery insert(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            insert,
            QStringLiteral("INSERT INTO statement_imports (id, state, account_id, file_name, "
                           "file_hash, format, created_by, created_at) "
                           "VALUES (?, 'draft', ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    insert.bindValue(0, import.id);
    insert.bindValue(1, import.accountId);
    insert.bindValue(2, SqlUtil::textValue(import.fileName));
    insert.bindValue(3, SqlUtil::textValue(import.fileHash));
    insert.bindValue(4, SqlUtil::textValue(import.format));
    insert.bindValue(5, SqlUtil::textValue(import.createdBy));
    insert.bindValue(6, SqlUtil::timestampText(QDateTime::currentDateTimeUtc()));
    return SqlUtil::exec(insert, Tr::tr("storing the import of %1").arg(import.fileName));
}

Status ImportRepository::updateImportFile(const StoredImport &import)
{
    QSqlQuery update(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            update,
            QStringLiteral("UPDATE statement_imports SET file_hash = ?, format = ? WHERE id = ?"));
        !s)
        return s;
    update.bindValue(0, SqlUtil::textValue(import.fileHash));
    update.bindValue(1, SqlUtil::textValue(import.format));
    update.bindValue(2, import.id);
    return SqlUtil::exec(update, Tr::tr("storing the import of %1").arg(import.fileName));
}

Status ImportRepository::setLinesStatement(qint64 importId, int firstLine, int lastLine,
                                           const QString &statementId, const QDate &statementDate)
{
    QSqlQuery update(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            update,
            QStringLiteral("UPDATE statement_lines SET statement_id = ?, statement_date = ? "
                           "WHERE import_id = ? AND line_number BETWEEN ? AND ?"));
        !s)
        return s;
    update.bindValue(0, SqlUtil::textValue(statementId));
    update.bindValue(1, SqlUtil::dateValue(statementDate));
    update.bindValue(2, importId);
    update.bindValue(3, firstLine);
    update.bindValue(4, lastLine);
    return SqlUtil::exec(update, Tr::tr("storing the statement %1").arg(statementId));
}

// The id after the last one ever handed out (schema step 5), in the caller's transaction: a
// canceled draft's id is not given to the next import, whose audit entries would otherwise
// continue the canceled one's.
Result<qint64> ImportRepository::nextImportId()
{
    QSqlQuery next(m_ledger.database());
    if (Status s = SqlUtil::prepare(next,
                                    QStringLiteral("UPDATE statement_import_ids SET last_id = "
                                                   "max(last_id, (SELECT coalesce(max(id), 0) "
                                                   "FROM statement_imports)) + 1 "
                                                   "RETURNING last_id"));
        !s)
        return Error { s.error() };
    if (Status s = SqlUtil::exec(next, Tr::tr("numbering the import")); !s)
        return Error { s.error() };
    if (!next.next())
        return Error { Tr::tr("ledger: the import numbering is missing (statement_import_ids)") };
    return next.value(0).toLongLong();
}

// What the foreign keys of the rows storeDraft() wrote would have checked, with one look-up per
// referenced id (sorted, each once) instead of one per row: the import's own ids are right by
// construction (the import, its statements and lines were inserted here); the account, the
// counterparties and the invoices were read before the transaction and may have gone since.
// The ids are those DraftRowWriter wrote: reading the stored rows back took two seconds at
// 200,000 lines (docs/performance.md).
Status ImportRepository::checkReferences(qint64 accountId, std::vector<qint64> counterparties,
                                         std::vector<qint64> invoices)
{
    sqlite3 *db = sqliteHandle(m_ledger.database());
    if (Status s = checkAllExist(db, "own_accounts", { accountId }); !s)
        return s;
    if (Status s = checkAllExist(db, "counterparties", std::move(counterparties)); !s)
        return s;
    return checkAllExist(db, "invoices", std::move(invoices));
}

Status ImportRepository::insertStatement(qint64 importId, const ImportStatement &statement,
                                         const Iban &account)
{
    QSqlQuery insert(m_ledger.database());
    if (Status s
        = SqlUtil::prepare(insert,
                           QStringLiteral("INSERT INTO statement_headers (import_id, position, "
                                          "statement_id, account_iban, account_number, currency, "
                                          "sequence, statement_date, period_start, period_end, "
                                          "opening_balance, closing_balance, line_count) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !s)
        return s;
    insert.bindValue(0, importId);
    insert.bindValue(1, statement.position);
    insert.bindValue(2, SqlUtil::textValue(statement.statementId));
    insert.bindValue(3, account.toString());
    insert.bindValue(4, SqlUtil::textValue(statement.accountNumber));
    insert.bindValue(5, SqlUtil::textValue(statement.currency));
    insert.bindValue(6, SqlUtil::textValue(statement.sequence));
    insert.bindValue(7, SqlUtil::dateValue(statement.date));
    insert.bindValue(8, SqlUtil::dateValue(statement.periodStart));
    insert.bindValue(9, SqlUtil::dateValue(statement.periodEnd));
    insert.bindValue(10, nullableMoney(statement.openingBalance));
    insert.bindValue(11, nullableMoney(statement.closingBalance));
    insert.bindValue(12, statement.lineCount);
    return SqlUtil::exec(insert, Tr::tr("storing the statement %1").arg(statement.statementId));
}

Status ImportRepository::insertAllocations(const ImportRow &row)
{
    if (row.allocations.isEmpty())
        return {};
    if (m_insertAllocation.lastQuery().isEmpty()) {
        if (Status s
            = SqlUtil::prepare(m_insertAllocation,
                               QStringLiteral("INSERT INTO allocations (line_id, invoice_id, "
                                              "amount, currency, manual) VALUES (?, ?, ?, ?, ?)"));
            !s)
            return s;
    }
    for (const ImportAllocation &allocation : row.allocations) {
        m_insertAllocation.bindValue(0, row.lineId);
        m_insertAllocation.bindValue(1, allocation.invoiceId);
        m_insertAllocation.bindValue(2, allocation.amount.minorUnits());
        m_insertAllocation.bindValue(3, allocation.amount.currency().code());
        m_insertAllocation.bindValue(4, allocation.manual ? 1 : 0);
        if (!m_insertAllocation.exec())
            return SqlUtil::queryError(m_insertAllocation,
                                       Tr::tr("storing the allocation of line %1 to %2")
                                           .arg(row.line)
                                           .arg(allocation.number));
    }
    return {};
}

Result<StoredImport> ImportRepository::load(qint64 importId) const
{
    Result<StoredImport> header = loadHeader(importId);
    if (!header)
        return header;
    StoredImport import = std::move(header).value();
    Result<QList<ImportStatement>> statements = loadStatements(importId);
    if (!statements)
        return Error { statements.error() };
    import.statements = std::move(statements).value();
    Result<QList<ImportRow>> rows = loadRows(importId);
    if (!rows)
        return Error { rows.error() };
    import.rows = std::move(rows).value();
    if (Status s = loadAllocations(importId, import.rows); !s)
        return Error { s.error() };
    return import;
}

Result<ImportRow> ImportRepository::loadRow(qint64 importId, int line) const
{
    Result<QList<ImportRow>> found = loadRows(importId, line);
    if (!found)
        return Error { found.error() };
    QList<ImportRow> rows = std::move(found).value();
    if (rows.isEmpty())
        return Error { Tr::tr("import %1 has no line %2").arg(importId).arg(line) };
    if (Status s = loadAllocations(importId, rows, rows.constFirst().lineId); !s)
        return Error { s.error() };
    return rows.constFirst();
}

Result<StoredImport> ImportRepository::loadHeader(qint64 importId) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral("SELECT s.state, s.account_id, a.iban, s.file_name, s.file_hash, "
                           "s.format, s.created_by FROM statement_imports s "
                           "JOIN own_accounts a ON a.id = s.account_id WHERE s.id = ?"));
        !s)
        return Error { s.error() };
    query.bindValue(0, importId);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading import %1").arg(importId)); !s)
        return Error { s.error() };
    if (!query.next())
        return Error { Tr::tr("no import with id %1").arg(importId) };
    StoredImport import;
    import.id = importId;
    import.state
        = query.value(0).toString() == u"confirmed" ? ImportState::Confirmed : ImportState::Draft;
    import.accountId = query.value(1).toLongLong();
    import.account = parsedOr<Iban>(query.value(2).toString());
    import.fileName = query.value(3).toString();
    import.fileHash = query.value(4).toString();
    import.format = query.value(5).toString();
    import.createdBy = query.value(6).toString();
    return import;
}

Result<QList<ImportStatement>> ImportRepository::loadStatements(qint64 importId) const
{
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral("SELECT position, statement_id, account_number, currency, "
                           "sequence, statement_date, period_start, period_end, "
                           "opening_balance, closing_balance, line_count "
                           "FROM statement_headers WHERE import_id = ? ORDER BY position"));
        !s)
        return Error { s.error() };
    query.bindValue(0, importId);
    if (Status s
        = SqlUtil::exec(query, Tr::tr("reading the statements of import %1").arg(importId));
        !s)
        return Error { s.error() };
    QList<ImportStatement> statements;
    CurrencyCache currencies;
    while (query.next()) {
        ImportStatement statement;
        statement.position = query.value(0).toInt();
        statement.statementId = query.value(1).toString();
        statement.accountNumber = query.value(2).toString();
        statement.currency = query.value(3).toString();
        statement.sequence = query.value(4).toString();
        statement.date = SqlUtil::parseIsoDate(query.value(5).toString());
        statement.periodStart = SqlUtil::parseIsoDate(query.value(6).toString());
        statement.periodEnd = SqlUtil::parseIsoDate(query.value(7).toString());
        const Currency currency = currencies.get(statement.currency);
        if (!query.value(8).isNull())
            statement.openingBalance = Money(query.value(8).toLongLong(), currency);
        if (!query.value(9).isNull())
            statement.closingBalance = Money(query.value(9).toLongLong(), currency);
        statement.lineCount = query.value(10).toInt();
        statements.append(statement);
    }
    return statements;
}

Result<QList<ImportRow>> ImportRepository::loadRows(qint64 importId, std::optional<int> line) const
{
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral("SELECT %1 FROM statement_lines l LEFT JOIN "
                           "counterparties c ON c.id = l.counterparty_id "
                           "WHERE l.import_id = ? %2 ORDER BY "
                           "l.line_number")
                .arg(kLineColumns, line ? QStringLiteral("AND l.line_number = ?") : QString()));
        !s)
        return Error { s.error() };
    query.bindValue(0, importId);
    if (line)
        query.bindValue(1, *line);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the lines of import %1").arg(importId)); !s)
        return Error { s.error() };
    QList<ImportRow> rows;
    CurrencyCache currencies;
    while (query.next())
        rows.append(readRow(query, currencies));
    return rows;
}

Status ImportRepository::loadAllocations(qint64 importId, QList<ImportRow> &rows,
                                         std::optional<qint64> lineId) const
{
    QHash<qint64, qsizetype> rowOfLine;
    rowOfLine.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rowOfLine.insert(rows[i].lineId, i);
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s
        = SqlUtil::prepare(query,
                           QStringLiteral("SELECT a.line_id, a.invoice_id, i.number, "
                                          "a.amount, a.currency, a.manual "
                                          "FROM allocations a JOIN statement_lines l "
                                          "ON l.id = a.line_id JOIN invoices i ON "
                                          "i.id = a.invoice_id WHERE l.import_id = ? "
                                          "%1 ORDER BY a.id")
                               .arg(lineId ? QStringLiteral("AND a.line_id = ?") : QString()));
        !s)
        return s;
    query.bindValue(0, importId);
    if (lineId)
        query.bindValue(1, *lineId);
    if (Status s
        = SqlUtil::exec(query, Tr::tr("reading the allocations of import %1").arg(importId));
        !s)
        return s;
    CurrencyCache currencies;
    while (query.next()) {
        const auto row = rowOfLine.constFind(query.value(0).toLongLong());
        if (row == rowOfLine.cend())
            continue;
        ImportAllocation allocation;
        allocation.invoiceId = query.value(1).toLongLong();
        allocation.number = query.value(2).toString();
        allocation.amount
            = Money(query.value(3).toLongLong(), currencies.get(query.value(4).toString()));
        allocation.manual = query.value(5).toInt() != 0;
        rows[*row].allocations.append(allocation);
    }
    return {};
}

Status ImportRepository::cancel(qint64 importId)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<StoredImport> import = loadDraft(importId);
    if (!import)
        return Error { import.error() };
    QSqlQuery remove(m_ledger.database());
    if (Status s
        = SqlUtil::prepare(remove, QStringLiteral("DELETE FROM statement_imports WHERE id = ?"));
        !s)
        return s;
    remove.bindValue(0, importId);
    if (Status s = SqlUtil::exec(remove, Tr::tr("discarding import %1").arg(importId)); !s)
        return s;
    const QJsonObject before { { QStringLiteral("file"), import->fileName },
                               { QStringLiteral("lines"), qint64(import->rows.size()) } };
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("statement_import"), importId,
                                             QStringLiteral("cancel"), before, {});
        !s)
        return s;
    return guard.commit();
}

} // namespace Saldo
