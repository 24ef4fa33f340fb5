// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/counterparty.h"
#include "model/invoice.h"
#include "model/ownaccount.h"

#include <QList>

namespace Saldo {

/// Everything pairing needs from the ledger, read once per import (PairingDataLoader): plain
/// values, so pairing can run on any thread and on every core.
struct PairingData
{
    QList<OwnAccount> accounts; ///< in id order
    QList<Counterparty> counterparties; ///< with their IBANs, in id order
    /// The open invoices (total != paid), posted or not, both kinds, in id order. Each carries
    /// its counterparty id; counterpartyName is left empty (look it up in `counterparties`), and
    /// so are the issue, due and paid dates (pairing does not use them).
    QList<Invoice> openInvoices;
};

} // namespace Saldo
