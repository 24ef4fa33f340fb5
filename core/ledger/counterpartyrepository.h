// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/counterparty.h"
#include "util/result.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Saldo {

class Ledger;

/// Counterparties (customers and suppliers) and their IBANs (tables counterparties and
/// counterparty_ibans). An IBAN belongs to at most one counterparty. The normalised name
/// (normalizeName()) is kept in step with the name by this class.
///
/// Two kinds of writers: add()/addIban() check, run in their own transaction and write the
/// audit log; insert()/insertIban() are for bulk loads (InvoiceImporter) that validated
/// everything beforehand, run inside the caller's TransactionGuard and reuse one prepared query
/// per kind of row.
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class CounterpartyRepository
{
public:
    explicit CounterpartyRepository(Ledger &ledger);

    /// Stores a new counterparty with its IBANs; returns its id. Refused when the name is empty or
    /// one of the IBANs belongs to another counterparty.
    Result<qint64> add(const Counterparty &counterparty);
    /// Adds an IBAN to a counterparty (the `origin` says whether it was entered or learned from
    /// a statement row). Nothing happens when the IBAN is already this counterparty's; refused
    /// when it belongs to another one (the message names it).
    Status addIban(qint64 counterpartyId, const CounterpartyIban &iban);
    /// Removes an IBAN the counterparty learned from a statement row (not one that was
    /// entered); nothing happens when it has no such IBAN. Runs in the caller's transaction
    /// when there is one.
    Status removeLearnedIban(qint64 counterpartyId, const Iban &iban);

    /// Bulk forms: no checks beyond the schema's constraints, no audit entry. Call inside a
    /// TransactionGuard.
    Result<qint64> insert(const Counterparty &counterparty);
    Status insertIban(qint64 counterpartyId, const CounterpartyIban &iban);

    /// The counterparty with its IBANs, or nullopt.
    Result<std::optional<Counterparty>> byId(qint64 id) const;
    /// The (oldest) counterparty with exactly this name.
    Result<std::optional<qint64>> idByName(const QString &name) const;
    /// Counterparties whose normalised name equals `name`'s, oldest first, without IBANs.
    Result<QList<Counterparty>> byNormalizedName(QStringView name) const;
    /// The counterparty this IBAN belongs to.
    Result<std::optional<qint64>> ownerOfIban(const Iban &iban) const;
    /// Every counterparty with its IBANs, in id order: two queries, one pass each.
    Result<QList<Counterparty>> all() const;

private:
    Result<QList<Counterparty>> select(const QString &where, const QVariantList &values) const;

    Ledger &m_ledger;
    QSqlQuery m_insert;
    QSqlQuery m_insertIban;
};

} // namespace Saldo
