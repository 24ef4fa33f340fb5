// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/counterparty.h"
#include "model/invoice.h"
#include "model/ownaccount.h"
#include "pairing/invoicekeytable.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <span>
#include <utility>
#include <vector>

namespace Saldo {

/// What the pairing engine looks things up in: the ledger's own accounts, counterparties and
/// open invoices, indexed once (by IBAN, normalised name, VS, invoice number and counterparty)
/// so that every statement line costs a few hash and binary-search lookups, whatever the size of
/// the ledger. Built from a snapshot: later ledger changes need a new index.
/// Immutable after construction, so any number of threads may read it at once.
class PairingIndex
{
public:
    static constexpr int kNone = -1; ///< no counterparty
    static constexpr int kAmbiguous = -2; ///< several counterparties fit: none may be chosen

    PairingIndex() = default;
    /// Only invoices with something open (total != paid) are indexed; the lists are kept
    /// (implicitly shared, never detached or copied). Names are normalised here, once. The
    /// ledger's PairingData (accounts, counterparties, openInvoices) is exactly this input.
    /// A million invoices take a few hundred milliseconds and about 40 MB besides the lists.
    PairingIndex(QList<OwnAccount> ownAccounts, QList<Counterparty> counterparties,
                 QList<Invoice> invoices);

    /// The own account with this IBAN, or nullptr.
    const OwnAccount *ownAccount(const Iban &iban) const;

    /// Index of the counterparty that has `iban` on file, kNone or kAmbiguous.
    int counterpartyByIban(const Iban &iban) const;
    /// Index of the counterparty whose normalised name (normalizeName()) is `key`, kNone or
    /// kAmbiguous (two counterparties share it).
    int counterpartyByName(const QString &key) const;
    /// Index of the counterparty with ledger id `id`, or kNone.
    int counterpartyById(qint64 id) const;
    const Counterparty &counterparty(int index) const { return m_counterparties[index]; }
    qsizetype counterpartyCount() const { return m_counterparties.size(); }
    /// The most words a normalised counterparty name has (bounds the search in free text).
    int maxNameWords() const { return m_maxNameWords; }

    const Invoice &invoice(int index) const { return m_invoices[index]; }
    /// The counterparty index of an invoice, kNone when its counterparty is not in the list.
    int invoiceCounterparty(int index) const { return m_invoiceCounterparty[std::size_t(index)]; }
    /// Open invoices of a counterparty (indexes into invoice()), in the ledger's order.
    std::span<const int> openInvoicesOf(int counterparty) const;
    /// |total - paid| in minor units of each of openInvoicesOf(counterparty), same order: a
    /// compact array, so scanning a counterparty by amount does not touch the invoices.
    std::span<const qint64> openAmountsOf(int counterparty) const;
    /// Open invoices whose VS has the value `symbol` (leading zeros do not count).
    InvoiceKeyTable::Found invoicesByVs(quint64 symbol) const { return m_byVs.find(symbol); }
    /// Open invoices whose number is `written` as far as invoiceNumberKey() can tell
    /// ("fv 2025-000105" finds FV2025-000105); `keyHash` is invoiceNumberHash(written).
    InvoiceKeyTable::Found invoicesByNumber(quint64 keyHash, QStringView written) const;
    qsizetype openInvoiceCount() const { return m_openCount; }

private:
    void indexCounterparties();
    void indexInvoices();

    QList<OwnAccount> m_ownAccounts;
    QList<Counterparty> m_counterparties;
    QList<Invoice> m_invoices;

    QHash<QString, int> m_ownByIban;
    QHash<QString, int> m_counterpartyByIban;
    QHash<QString, int> m_counterpartyByName;
    QHash<qint64, int> m_counterpartyById;
    int m_maxNameWords = 0;
    qsizetype m_openCount = 0;

    std::vector<int> m_invoiceCounterparty; // per invoice
    // Open invoices grouped by counterparty: m_byCounterparty[m_cpStart[c] .. m_cpStart[c+1]).
    std::vector<int> m_byCounterparty;
    std::vector<qint64> m_openAmountByCounterparty; // parallel to m_byCounterparty
    std::vector<int> m_cpStart;
    InvoiceKeyTable m_byVs;
    InvoiceKeyTable m_byNumber; // by invoiceNumberHash(); confirmed on the text
};

} // namespace Saldo
