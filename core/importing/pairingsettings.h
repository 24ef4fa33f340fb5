// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrepository.h"
#include "pairing/pairingoptions.h"
#include "util/result.h"

namespace Saldo {

class Ledger;

/// The pairing options the bookkeeper set in the ledger (pairing.match_issued,
/// pairing.match_received, pairing.search_unposted, pairing.card_as_bank_fee); the rest keep
/// the engine's defaults.
Result<PairingOptions> pairingOptionsFromSettings(Ledger &ledger);

/// Which date a confirmed payment writes into its invoice (pairing.payment_date).
Result<PaymentDateSource> paymentDateSourceFromSettings(Ledger &ledger);

} // namespace Saldo
