// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Saldo {

/// What the bookkeeper set for pairing (stored in the ledger; the core only receives it).
struct PairingOptions
{
    /// Incoming payments are matched against issued invoices (and received credit notes).
    bool matchIssued = true;
    /// Outgoing payments are matched against received invoices (and issued credit notes).
    bool matchReceived = true;
    /// Unposted (draft) invoices are searched too; otherwise a reference to one is only offered.
    bool searchUnposted = false;
    /// The seed's literal rule: a card/POS/ATM line without a counter IBAN is a bank fee (green).
    /// Off: it is a purchase that needs a receipt and stays red.
    bool countCardAsFee = false;
    /// Amounts this close (minor units) to an open amount are offered as near misses.
    qint64 nearMissTolerance = 5;
    /// At most this many invoices are settled by one payment found by sum alone.
    int maxInvoicesPerPayment = 4;
    /// The sum search runs only for counterparties with at most this many open candidates.
    int maxSumCandidates = 30;
    /// Extend referenced invoices by further open invoices of the counterparty when together
    /// they equal the amount exactly and uniquely (the payer named only the first invoice).
    /// Off by default, offered as a suggestion instead: a counterparty with a few dozen open
    /// invoices has thousands of sums, and an overpayment's rest matches one of them by chance
    /// (genbank, 200,000 lines: 6 rows paired to a wrong invoice with it on, none with it off).
    bool applySumWithReference = false;
    /// Settle a payment without any reference by the unique set of open invoices of the
    /// counterparty that equals its amount. Off by default (offered as a suggestion) for the
    /// same reason (genbank, 200,000 lines: 18 wrong rows with it on).
    bool applySumWithoutReference = false;
    /// Settle a payment without any reference by the one open invoice of the counterparty with
    /// exactly its amount. Off by default (offered as a suggestion): without a reference it is
    /// a guess, however often it is right.
    bool applyAmountWithoutReference = false;
    /// Look for known counterparty names in the description when nothing else recognised one.
    bool findNamesInDescription = true;
};

} // namespace Saldo
