// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ownaccount.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace Saldo {

class Ledger;

/// The firm's own bank accounts (table own_accounts). IBANs are unique.
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class AccountRepository
{
public:
    explicit AccountRepository(Ledger &ledger);

    /// Stores a new account and returns it with its id. Refused with a message saying why: no
    /// IBAN, an empty name, no currency, or an IBAN that is already one of the accounts.
    /// Written to the audit log.
    Result<OwnAccount> add(OwnAccount account);

    /// All accounts in the order they were added.
    Result<QList<OwnAccount>> all() const;
    /// The account with this IBAN, or nullopt.
    Result<std::optional<OwnAccount>> byIban(const Iban &iban) const;

    /// Puts the account on or off the "allowed accounts" list.
    Status setAllowed(qint64 accountId, bool allowed);
    /// Sets (or with an invalid date clears) the open-banking link activation date.
    Status setLinkActivationDate(qint64 accountId, const QDate &date);

private:
    Status update(qint64 accountId, const QString &column, const QVariant &value);

    Ledger &m_ledger;
};

} // namespace Saldo
