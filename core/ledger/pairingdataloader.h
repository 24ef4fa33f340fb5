// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/pairingdata.h"
#include "util/result.h"

namespace Saldo {

class Ledger;

/// Reads PairingData: all own accounts, all counterparties with their IBANs and all open
/// invoices, one forward-only query per table (no per-row queries). A million open invoices take
/// well under two seconds (docs/performance.md).
///
/// Threads: runs on the ledger's thread; to load in the background, open a Ledger on the
/// worker thread and load there. The result is a plain value that may then move anywhere.
class PairingDataLoader
{
public:
    explicit PairingDataLoader(Ledger &ledger);

    Result<PairingData> load() const;

private:
    Result<QList<Invoice>> loadOpenInvoices() const;

    Ledger &m_ledger;
};

} // namespace Saldo
