// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/migration.h"

namespace Saldo {

/// Schema step 2: what a stored statement import needs beyond step 1 — the statements' headers
/// (for the continuity check: sequence numbers and balances), the duplicate mark of a line, the
/// amounts the pairing allocated, its suggestions, and whether an allocation was made by hand.
Migration importSchemaMigration();
/// Schema step 3: corrections after confirmation — the annulled mark of a line.
Migration importCorrectionsMigration();
/// Schema step 4: no index on statement_lines.fingerprint. The lines an import compares its
/// fingerprints with are those of the imports into the same account, found through
/// statement_imports_by_account and the (import_id, line_number) key; the index cost every
/// stored line a look-up by a 76-character key and a sixth of the draft's bytes.
Migration dropFingerprintIndexMigration();
/// Schema step 5: import ids are never used twice. A canceled draft is deleted, and SQLite gives
/// the next row the highest id + 1, so the next import took the canceled one's id and the audit
/// log told the two apart no more. statement_import_ids holds the last id handed out (started
/// above every id the imports and the audit log have seen).
Migration importIdSequenceMigration();
/// Schema step 6: no index on statement_lines.counterparty_id. No query looks lines up by their
/// counterparty, and the index cost every stored line a random B-tree insert (13 % of storing a
/// draft). Counterparties are never deleted; should they be one day, the foreign key's check
/// wants the index back.
Migration dropLineCounterpartyIndexMigration();

} // namespace Saldo
