// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/importschema.h"
#include "ledger/migration.h"

namespace Saldo {

namespace {

// Conventions of the schema: money is INTEGER minor units next to a currency column (ISO 4217
// code); dates are ISO text "YYYY-MM-DD" or NULL; timestamps are UTC ISO text with
// milliseconds; IBANs are stored in electronic form (upper case, no spaces); booleans are 0/1.
// Every lookup the ledger does has an index.
Migration version1()
{
    return { 1,
             QStringLiteral("initial schema"),
             {
                 QStringLiteral(R"(CREATE TABLE own_accounts (
    id INTEGER PRIMARY KEY,
    iban TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    allowed INTEGER NOT NULL DEFAULT 1 CHECK (allowed IN (0, 1)),
    link_activation_date TEXT))"),
                 QStringLiteral(R"(CREATE TABLE counterparties (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    company_id TEXT NOT NULL DEFAULT ''))"),
                 QStringLiteral("CREATE INDEX counterparties_by_name ON counterparties(name)"),
                 QStringLiteral("CREATE INDEX counterparties_by_normalized_name "
                                "ON counterparties(normalized_name)"),
                 // An IBAN belongs to at most one counterparty: UNIQUE (which also indexes it).
                 QStringLiteral(R"(CREATE TABLE counterparty_ibans (
    id INTEGER PRIMARY KEY,
    counterparty_id INTEGER NOT NULL REFERENCES counterparties(id) ON DELETE CASCADE,
    iban TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL CHECK (origin IN ('entered', 'learned')),
    since TEXT NOT NULL))"),
                 QStringLiteral("CREATE INDEX counterparty_ibans_by_counterparty "
                                "ON counterparty_ibans(counterparty_id)"),
                 QStringLiteral(R"(CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('issued', 'received')),
    number TEXT NOT NULL,
    variable_symbol TEXT NOT NULL DEFAULT '',
    counterparty_id INTEGER NOT NULL REFERENCES counterparties(id),
    issue_date TEXT,
    due_date TEXT,
    currency TEXT NOT NULL,
    total INTEGER NOT NULL,
    paid INTEGER NOT NULL DEFAULT 0,
    posted INTEGER NOT NULL DEFAULT 1 CHECK (posted IN (0, 1)),
    paid_date TEXT,
    UNIQUE (kind, number)))"),
                 QStringLiteral("CREATE INDEX invoices_by_number ON invoices(number)"),
                 QStringLiteral("CREATE INDEX invoices_by_vs ON invoices(variable_symbol)"),
                 // Open invoices of a counterparty: the pairing and the invoice list ask this.
                 QStringLiteral("CREATE INDEX invoices_open_by_counterparty "
                                "ON invoices(counterparty_id) WHERE total <> paid"),
                 QStringLiteral(R"(CREATE TABLE statement_imports (
    id INTEGER PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('draft', 'confirmed')),
    account_id INTEGER NOT NULL REFERENCES own_accounts(id),
    file_name TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    format TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    confirmed_by TEXT,
    confirmed_at TEXT))"),
                 QStringLiteral("CREATE INDEX statement_imports_by_account "
                                "ON statement_imports(account_id)"),
                 QStringLiteral("CREATE INDEX statement_imports_by_hash "
                                "ON statement_imports(file_hash)"),
                 // Every field of StatementLine, then the pairing outcome. line_number is the
                 // row's 1-based position in the file (saldo-cli's "line").
                 QStringLiteral(R"(CREATE TABLE statement_lines (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES statement_imports(id) ON DELETE CASCADE,
    line_number INTEGER NOT NULL,
    source_line INTEGER NOT NULL DEFAULT 0,
    statement_id TEXT NOT NULL DEFAULT '',
    booking_date TEXT,
    value_date TEXT,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    counterparty_name TEXT NOT NULL DEFAULT '',
    counterparty_iban TEXT NOT NULL DEFAULT '',
    counterparty_account TEXT NOT NULL DEFAULT '',
    counterparty_bic TEXT NOT NULL DEFAULT '',
    variable_symbol TEXT NOT NULL DEFAULT '',
    constant_symbol TEXT NOT NULL DEFAULT '',
    specific_symbol TEXT NOT NULL DEFAULT '',
    creditor_reference TEXT NOT NULL DEFAULT '',
    kid TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    bank_reference TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    transaction_code TEXT NOT NULL DEFAULT '',
    line_kind TEXT NOT NULL DEFAULT 'unknown',
    card INTEGER NOT NULL DEFAULT 0 CHECK (card IN (0, 1)),
    type TEXT CHECK (type IN ('invoice_payment', 'own_transfer', 'no_document', 'unallocated',
                              'deposit', 'bank_fee')),
    colour TEXT CHECK (colour IN ('green', 'black', 'red', 'grey')),
    counterparty_id INTEGER REFERENCES counterparties(id),
    rule TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    written INTEGER NOT NULL DEFAULT 0 CHECK (written IN (0, 1)),
    written_at TEXT,
    UNIQUE (import_id, line_number)))"),
                 QStringLiteral("CREATE INDEX statement_lines_by_fingerprint "
                                "ON statement_lines(fingerprint)"),
                 QStringLiteral("CREATE INDEX statement_lines_by_counterparty "
                                "ON statement_lines(counterparty_id)"),
                 QStringLiteral(R"(CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    line_id INTEGER NOT NULL REFERENCES statement_lines(id) ON DELETE CASCADE,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL))"),
                 QStringLiteral("CREATE INDEX allocations_by_line ON allocations(line_id)"),
                 QStringLiteral("CREATE INDEX allocations_by_invoice ON allocations(invoice_id)"),
                 QStringLiteral(R"(CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL))"),
                 QStringLiteral(R"(CREATE TABLE user_rights (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    module TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('none', 'read', 'write', 'manage')),
    PRIMARY KEY (user_id, module)))"),
                 QStringLiteral(R"(CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL))"),
                 // before/after are JSON text; NULL when there is no before (a creation) or
                 // no after (a deletion).
                 QStringLiteral(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT))"),
                 QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id)"),
             } };
}

} // namespace

const QList<Migration> &standardMigrations()
{
    static const QList<Migration> migrations { version1(),
                                               importSchemaMigration(),
                                               importCorrectionsMigration(),
                                               dropFingerprintIndexMigration(),
                                               importIdSequenceMigration(),
                                               dropLineCounterpartyIndexMigration() };
    return migrations;
}

} // namespace Saldo
