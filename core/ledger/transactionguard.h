// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

namespace Saldo {

class Ledger;

/// Wraps a change of several rows: begins a transaction on construction and rolls it back on
/// destruction unless commit() succeeded, so an early return or a failure leaves the ledger as
/// it was (KMyMoney's MyMoneyFileTransaction idea).
///
/// Guards nest: the outermost one is a real transaction (BEGIN IMMEDIATE, so the write lock is
/// taken up front and a concurrent writer waits instead of failing half way), inner ones are
/// savepoints. Committing an inner guard keeps its rows only if the outer one commits too.
/// Guards must be destroyed in reverse order of construction (keep them on the stack).
///
/// Threads: the ledger's thread only, like the Ledger itself.
class TransactionGuard
{
public:
    explicit TransactionGuard(Ledger &ledger);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    /// Whether the transaction began; when not, nothing may be written and commit() fails.
    const Status &status() const { return m_status; }
    /// Makes the changes permanent (or, nested, part of the outer transaction). After a failed
    /// commit the destructor still rolls back.
    Status commit();

private:
    Status run(const QString &sql);
    void rollback();

    Ledger &m_ledger;
    Status m_status;
    int m_depth = 0; ///< 0 = outermost
    bool m_active = false;
};

} // namespace Saldo
