// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rules shared by ImportRepository's edits (importedits.cpp) and corrections
// (importcorrections.cpp); not part of the ledger's interface.

#include "ledger/importrow.h"

namespace Saldo {

/// Rows that take part in the import: not deleted by hand, not already stored before, not
/// annulled after confirmation.
bool isActiveRow(const ImportRow &row);

/// What the rows of `import` besides `exceptLine` allocate to an invoice and have not yet
/// written into it (a written row's payment is already in the invoice's paid amount).
Money allocatedElsewhere(const StoredImport &import, qint64 invoiceId, int exceptLine,
                         Currency currency);

} // namespace Saldo
