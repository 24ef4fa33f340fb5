// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "pairing/linepairing.h"
#include "pairing/pairingindex.h"
#include "pairing/pairingoptions.h"

namespace Saldo {

/// Pairs one statement line: decides its document type, colour, counterparty, allocations,
/// rule, evidence and suggestions. The recognition cascade:
///  1. no counter IBAN (nor a local account number), or the account being imported
///     (`importAccount`) → bank fee; a cash deposit (line.kind) → deposit; a card/ATM line
///     (line.card or line.kind) → red, a purchase that needs a receipt (a fee with
///     options.countCardAsFee, the seed's literal rule). A line with an account number but no
///     IBAN (a foreign account) goes on with step 4;
///  2. counter IBAN of another own account → own transfer (grey, ignored on import);
///  3. counter IBAN on file → that counterparty's open documents, tied by the references;
///  4. otherwise the counterparty by normalised name (whole names; shared names do not count);
///  5. otherwise by the description: references that fit one counterparty's documents, or a
///     counterparty's name in the text;
///  6. otherwise red.
/// Pure: depends only on its arguments; safe to call from many threads at once. Lines are
/// paired as if alone: pairLines() accounts for two lines of one import settling one invoice.
LinePairing pairLine(const StatementLine &line, const PairingIndex &index,
                     const PairingOptions &options, const Iban &importAccount);

} // namespace Saldo
