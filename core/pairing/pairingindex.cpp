// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/pairingindex.h"

#include "pairing/namenormalizer.h"
#include "pairing/referencefinder.h"

#include <algorithm>
#include <utility>

namespace Saldo {

namespace {

// Marks a key that two entries share: the first one seen is not the answer any more.
void insertUnique(QHash<QString, int> &hash, const QString &key, int index)
{
    auto it = hash.find(key);
    if (it == hash.end())
        hash.insert(key, index);
    else if (it.value() != index)
        it.value() = PairingIndex::kAmbiguous;
}

// A VariableSymbol's canonical digits (at most 10) as a number.
quint64 symbolValue(const QString &digits)
{
    quint64 value = 0;
    for (const QChar c : digits)
        value = value * 10 + quint64(c.unicode() - u'0');
    return value;
}

} // namespace

PairingIndex::PairingIndex(QList<OwnAccount> ownAccounts, QList<Counterparty> counterparties,
                           QList<Invoice> invoices)
    : m_ownAccounts(std::move(ownAccounts))
    , m_counterparties(std::move(counterparties))
    , m_invoices(std::move(invoices))
{
    for (qsizetype i = 0; i < m_ownAccounts.size(); ++i) {
        if (!m_ownAccounts.at(i).iban.isNull())
            m_ownByIban.insert(m_ownAccounts.at(i).iban.toString(), int(i));
    }
    indexCounterparties();
    indexInvoices();
}

void PairingIndex::indexCounterparties()
{
    m_counterpartyById.reserve(m_counterparties.size());
    m_counterpartyByName.reserve(m_counterparties.size());
    for (qsizetype i = 0; i < m_counterparties.size(); ++i) {
        const Counterparty &cp = m_counterparties.at(i);
        m_counterpartyById.insert(cp.id, int(i));
        for (const CounterpartyIban &iban : cp.ibans) {
            if (!iban.iban.isNull())
                insertUnique(m_counterpartyByIban, iban.iban.toString(), int(i));
        }
        const QString key = normalizeName(cp.name);
        if (key.isEmpty())
            continue;
        insertUnique(m_counterpartyByName, key, int(i));
        m_maxNameWords = std::max(m_maxNameWords, int(key.count(QLatin1Char(' ')) + 1));
    }
}

void PairingIndex::indexInvoices()
{
    const std::size_t n = std::size_t(m_invoices.size());
    m_invoiceCounterparty.assign(n, kNone);
    std::vector<std::pair<quint64, int>> byVs;
    std::vector<std::pair<quint64, int>> byNumber;
    byVs.reserve(n);
    byNumber.reserve(n);
    std::vector<qint64> openAmount(n); // kept from this pass so the next one need not reread
    m_cpStart.assign(std::size_t(m_counterparties.size()) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Invoice &inv = m_invoices.at(qsizetype(i));
        const qint64 open = inv.total.minorUnits() - inv.paid.minorUnits();
        if (open == 0)
            continue; // settled: nothing to pair with
        openAmount[i] = open < 0 ? -open : open;
        ++m_openCount;
        const int cp = m_counterpartyById.value(inv.counterpartyId, kNone);
        m_invoiceCounterparty[i] = cp;
        if (cp >= 0)
            ++m_cpStart[std::size_t(cp) + 1];
        if (!inv.variableSymbol.isEmpty())
            byVs.emplace_back(symbolValue(inv.variableSymbol.toString()), int(i));
        int keyLength = 0;
        const quint64 hash = invoiceNumberHash(inv.number, &keyLength);
        if (keyLength > 0)
            byNumber.emplace_back(hash, int(i));
    }
    m_byVs.build(byVs);
    m_byNumber.build(byNumber);

    // Grouped by counterparty (a counting sort), in the ledger's order within each: that is
    // issue order for a ledger that numbers invoices as it issues them.
    for (std::size_t c = 1; c < m_cpStart.size(); ++c)
        m_cpStart[c] += m_cpStart[c - 1];
    m_byCounterparty.resize(m_cpStart.back());
    m_openAmountByCounterparty.resize(m_cpStart.back());
    std::vector<std::size_t> next(m_cpStart.begin(), m_cpStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        const int cp = m_invoiceCounterparty[i];
        if (cp < 0)
            continue;
        const std::size_t at = next[std::size_t(cp)]++;
        m_byCounterparty[at] = int(i);
        m_openAmountByCounterparty[at] = openAmount[i];
    }
}

const OwnAccount *PairingIndex::ownAccount(const Iban &iban) const
{
    const auto it = m_ownByIban.constFind(iban.toString());
    return it == m_ownByIban.cend() ? nullptr : &m_ownAccounts[it.value()];
}

int PairingIndex::counterpartyByIban(const Iban &iban) const
{
    return iban.isNull() ? kNone : m_counterpartyByIban.value(iban.toString(), kNone);
}

int PairingIndex::counterpartyByName(const QString &key) const
{
    return key.isEmpty() ? kNone : m_counterpartyByName.value(key, kNone);
}

int PairingIndex::counterpartyById(qint64 id) const
{
    return m_counterpartyById.value(id, kNone);
}

std::span<const int> PairingIndex::openInvoicesOf(int counterparty) const
{
    if (counterparty < 0 || std::size_t(counterparty) + 1 >= m_cpStart.size())
        return {};
    const std::size_t begin = m_cpStart[std::size_t(counterparty)];
    const std::size_t end = m_cpStart[std::size_t(counterparty) + 1];
    return std::span<const int>(m_byCounterparty.data() + begin, end - begin);
}

std::span<const qint64> PairingIndex::openAmountsOf(int counterparty) const
{
    if (counterparty < 0 || std::size_t(counterparty) + 1 >= m_cpStart.size())
        return {};
    const std::size_t begin = m_cpStart[std::size_t(counterparty)];
    const std::size_t end = m_cpStart[std::size_t(counterparty) + 1];
    return std::span<const qint64>(m_openAmountByCounterparty.data() + begin, end - begin);
}

InvoiceKeyTable::Found PairingIndex::invoicesByNumber(quint64 keyHash, QStringView written) const
{
    InvoiceKeyTable::Found found = m_byNumber.find(keyHash);
    // Different numbers can share a hash: confirm on the text.
    found.removeIf(
        [&](int index) { return !sameInvoiceNumber(m_invoices[index].number, written); });
    return found;
}

} // namespace Saldo
