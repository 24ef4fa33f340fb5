// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/importschema.h"

namespace Saldo {

Migration importSchemaMigration()
{
    return { 2,
             QStringLiteral("statement headers, duplicate lines, allocated amounts"),
             {
                 // One row per statement of an imported file, in file order (`position`).
                 // account_iban is the account the file was imported into.
                 QStringLiteral(R"(CREATE TABLE statement_headers (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES statement_imports(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    statement_id TEXT NOT NULL DEFAULT '',
    account_iban TEXT NOT NULL,
    account_number TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    sequence TEXT NOT NULL DEFAULT '',
    statement_date TEXT,
    period_start TEXT,
    period_end TEXT,
    opening_balance INTEGER,
    closing_balance INTEGER,
    line_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (import_id, position)))"),
                 QStringLiteral("CREATE INDEX statement_headers_by_account "
                                "ON statement_headers(account_iban)"),
                 // A line already stored by an earlier import: shown, never paid again.
                 QStringLiteral("ALTER TABLE statement_lines ADD COLUMN duplicate INTEGER NOT "
                                "NULL DEFAULT 0 CHECK (duplicate IN (0, 1))"),
                 QStringLiteral("ALTER TABLE statement_lines ADD COLUMN statement_date TEXT"),
                 // Magnitudes in the line's currency, as the pairing (or the last edit) left
                 // them: a fee is allocated without any allocation row.
                 QStringLiteral("ALTER TABLE statement_lines ADD COLUMN allocated INTEGER NOT "
                                "NULL DEFAULT 0"),
                 QStringLiteral("ALTER TABLE statement_lines ADD COLUMN unallocated INTEGER "
                                "NOT NULL DEFAULT 0"),
                 // JSON array of the pairing's near misses; '' when there are none.
                 QStringLiteral("ALTER TABLE statement_lines ADD COLUMN suggestions TEXT NOT "
                                "NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE allocations ADD COLUMN manual INTEGER NOT NULL "
                                "DEFAULT 0 CHECK (manual IN (0, 1))"),
             } };
}

Migration importCorrectionsMigration()
{
    return { 3,
             QStringLiteral("annulled statement lines"),
             {
                 // A line of a confirmed import that books nothing any more (its payment was
                 // taken back out of the invoices); unlike a deleted line it stays part of the
                 // statement, so the same bank line in a later file is still a duplicate.
                 QStringLiteral("ALTER TABLE statement_lines ADD COLUMN annulled INTEGER NOT "
                                "NULL DEFAULT 0 CHECK (annulled = 0 OR annulled = 1)"),
             } };
}

Migration dropFingerprintIndexMigration()
{
    return { 4,
             QStringLiteral("duplicates found by account, not by a fingerprint index"),
             { QStringLiteral("DROP INDEX IF EXISTS statement_lines_by_fingerprint") } };
}

Migration importIdSequenceMigration()
{
    return { 5,
             QStringLiteral("import ids are never used twice"),
             { QStringLiteral("CREATE TABLE statement_import_ids (last_id INTEGER NOT NULL)"),
               QStringLiteral("INSERT INTO statement_import_ids (last_id) SELECT max("
                              "(SELECT coalesce(max(id), 0) FROM statement_imports), "
                              "(SELECT coalesce(max(entity_id), 0) FROM audit_log "
                              "WHERE entity = 'statement_import'))") } };
}

Migration dropLineCounterpartyIndexMigration()
{
    return { 6,
             QStringLiteral("no index of statement lines by counterparty"),
             { QStringLiteral("DROP INDEX IF EXISTS statement_lines_by_counterparty") } };
}

} // namespace Saldo
