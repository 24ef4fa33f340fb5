// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"
#include "pairing/linepairing.h"

namespace Saldo {

/// Copies the pairing's decision into a row: type, colour, counterparty, allocations,
/// amounts, rule, the evidence in words and the suggestions as JSON text.
void applyPairing(ImportRow &row, const LinePairing &pairing);

/// Marks a row as a line stored before (import `importId`, line `line`): it pays nothing.
void markDuplicate(ImportRow &row, qint64 importId, int line);

/// The suggestions as the JSON text kept in the ledger: an array of
/// {"reason", "documents", "counterparty", "text"}; empty for none.
QString suggestionsJson(const QList<Suggestion> &suggestions);

} // namespace Saldo
