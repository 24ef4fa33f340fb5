// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/nearmisses.h"

#include "pairing/linecontext.h"
#include "pairing/subsetsum.h"

#include <vector>

namespace Saldo {

namespace {

constexpr qsizetype kMaxSuggestions = 5;
// A counterparty with more open invoices than this is not scanned by amount (it would cost
// more than the rest of the line); references still work for it.
constexpr std::size_t kMaxAmountScan = 5000;
constexpr int kMinNearMissDigits = 4; // a 3-digit number has too many neighbours to mean much
constexpr int kMaxDigits = 20;

enum class Nearness { None, OneDigit, Swapped };

struct Digits
{
    int count = 0;
    char digit[kMaxDigits]; // most significant first
};

Digits digitsOf(quint64 value)
{
    Digits d;
    char reversed[kMaxDigits];
    do {
        reversed[d.count++] = char(value % 10);
        value /= 10;
    } while (value && d.count < kMaxDigits);
    for (int i = 0; i < d.count; ++i)
        d.digit[i] = reversed[d.count - 1 - i];
    return d;
}

// One keystroke apart: one digit replaced, or two neighbours swapped (same length).
Nearness nearness(quint64 a, quint64 b)
{
    const Digits x = digitsOf(a);
    const Digits y = digitsOf(b);
    if (x.count != y.count || x.count < kMinNearMissDigits)
        return Nearness::None;
    int first = -1, differences = 0;
    for (int i = 0; i < x.count; ++i) {
        if (x.digit[i] != y.digit[i]) {
            if (++differences > 2)
                return Nearness::None;
            if (first < 0)
                first = i;
        }
    }
    if (differences == 1)
        return Nearness::OneDigit;
    if (differences == 2 && first + 1 < x.count && x.digit[first] == y.digit[first + 1]
        && x.digit[first + 1] == y.digit[first])
        return Nearness::Swapped;
    return Nearness::None;
}

bool alreadySuggested(const QList<Suggestion> &list, qint64 id)
{
    for (const Suggestion &s : list) {
        for (const SuggestedInvoice &i : s.invoices) {
            if (i.invoiceId == id)
                return true;
        }
    }
    return false;
}

class NearMissSearch
{
public:
    NearMissSearch(const LineContext &context, int counterparty)
        : m_context(context)
        , m_index(context.index)
        , m_counterparty(counterparty)
    { }

    NearMisses run()
    {
        if (m_counterparty >= 0) {
            byCounterparty();
            bySum();
        } else {
            for (const FoundSymbol &symbol : m_context.references().symbols)
                symbolNeighbours(symbol);
        }
        return std::move(m_result);
    }

private:
    bool closeInAmount(qint64 open) const
    {
        const qint64 diff = open - m_context.magnitude();
        return (diff < 0 ? -diff : diff) <= m_context.options.nearMissTolerance;
    }

    bool eligible(int invoice) const
    {
        return m_context.eligibility(m_index.invoice(invoice)) == Eligibility::Eligible;
    }

    void offer(SuggestionReason reason, int invoice, QStringView written = {})
    {
        if (m_result.suggestions.size() >= kMaxSuggestions
            || alreadySuggested(m_result.suggestions, m_index.invoice(invoice).id))
            return;
        m_result.suggestions.append(suggestInvoice(m_context, reason, invoice, written.toString()));
    }

    // A VS typo of one of the line's symbols, else the amount alone.
    void offerCandidate(int invoice, bool exact)
    {
        const VariableSymbol &vs = m_index.invoice(invoice).variableSymbol;
        if (!vs.isEmpty()) {
            const quint64 value = vs.toString().toULongLong();
            for (const FoundSymbol &symbol : m_context.references().symbols) {
                const Nearness n = nearness(symbol.value, value);
                if (n != Nearness::None)
                    return offer(n == Nearness::OneDigit ? SuggestionReason::VsOneDigitOff
                                                         : SuggestionReason::VsDigitsSwapped,
                                 invoice, symbol.written);
            }
        }
        offer(exact ? SuggestionReason::AmountEqual : SuggestionReason::AmountClose, invoice);
    }

    // The counterparty's open invoices whose amount is within the tolerance: scanned on the
    // compact amount array, so only the few close ones are looked at.
    void byCounterparty()
    {
        const std::span<const int> open = m_index.openInvoicesOf(m_counterparty);
        const std::span<const qint64> amounts = m_index.openAmountsOf(m_counterparty);
        if (open.size() > kMaxAmountScan)
            return;
        int equal = 0;
        for (std::size_t i = 0; i < open.size(); ++i) {
            if (!closeInAmount(amounts[i]) || !eligible(open[i]))
                continue;
            const bool exact = amounts[i] == m_context.magnitude();
            if (exact) {
                ++equal;
                m_result.uniqueAmountMatch = equal == 1 ? open[i] : -1;
            }
            offerCandidate(open[i], exact);
        }
    }

    void tryVariant(quint64 value, SuggestionReason reason, QStringView written)
    {
        for (const int invoice : m_index.invoicesByVs(value)) {
            if (eligible(invoice)
                && closeInAmount(LineContext::openMagnitude(m_index.invoice(invoice))))
                offer(reason, invoice, written);
        }
    }

    // No counterparty: every VS one keystroke away is looked up (about 100 lookups).
    void symbolNeighbours(const FoundSymbol &symbol)
    {
        const Digits d = digitsOf(symbol.value);
        if (d.count < kMinNearMissDigits)
            return;
        quint64 place = 1;
        for (int i = d.count - 1; i >= 0; --i, place *= 10) {
            const quint64 without = symbol.value - quint64(d.digit[i]) * place;
            for (int digit = i == 0 ? 1 : 0; digit <= 9; ++digit) {
                if (digit != d.digit[i])
                    tryVariant(without + quint64(digit) * place, SuggestionReason::VsOneDigitOff,
                               symbol.written);
            }
        }
        place = 1;
        for (int i = d.count - 2; i >= 0; --i, place *= 10) {
            const int low = d.digit[i + 1], high = d.digit[i];
            if (low == high || (i == 0 && low == 0))
                continue;
            // Digits i (high, at place*10) and i+1 (low, at place) trade places.
            const quint64 swapped = symbol.value - quint64(high) * place * 10 - quint64(low) * place
                + quint64(low) * place * 10 + quint64(high) * place;
            tryVariant(swapped, SuggestionReason::VsDigitsSwapped, symbol.written);
        }
    }

    void bySum()
    {
        const std::span<const int> open = m_index.openInvoicesOf(m_counterparty);
        const std::span<const qint64> openAmounts = m_index.openAmountsOf(m_counterparty);
        if (open.size() > std::size_t(m_context.options.maxSumCandidates) * 4)
            return; // quick reject before filtering a large list
        std::vector<int> candidates;
        std::vector<qint64> amounts;
        for (std::size_t i = 0; i < open.size(); ++i) {
            if (openAmounts[i] < m_context.magnitude() && eligible(open[i])) {
                candidates.push_back(open[i]);
                amounts.push_back(openAmounts[i]);
            }
        }
        if (candidates.size() < 2
            || candidates.size() > std::size_t(m_context.options.maxSumCandidates))
            return;
        const SubsetMatch match = findExactSubset(amounts, m_context.magnitude(), 2,
                                                  m_context.options.maxInvoicesPerPayment);
        if (match.outcome != SubsetMatch::Outcome::Unique)
            return;
        Suggestion s;
        s.reason = SuggestionReason::SumEqual;
        for (const int member : match.members) {
            const int invoice = candidates[std::size_t(member)];
            m_result.uniqueSum.append(invoice);
            s.invoices.append(suggestInvoice(m_context, s.reason, invoice).invoices.first());
        }
        const Counterparty &cp = m_index.counterparty(m_counterparty);
        s.counterpartyId = cp.id;
        s.counterpartyName = cp.name;
        if (m_result.suggestions.size() < kMaxSuggestions)
            m_result.suggestions.append(s);
    }

    const LineContext &m_context;
    const PairingIndex &m_index;
    const int m_counterparty;
    NearMisses m_result;
};

} // namespace

NearMisses findNearMisses(const LineContext &context, int counterparty)
{
    return NearMissSearch(context, counterparty).run();
}

Suggestion suggestInvoice(const LineContext &context, SuggestionReason reason, int invoice,
                          const QString &written)
{
    const Invoice &inv = context.index.invoice(invoice);
    Suggestion s;
    s.reason = reason;
    s.invoices.append(
        { inv.id, inv.number, Money(LineContext::openMagnitude(inv), inv.total.currency()) });
    const int cp = context.index.invoiceCounterparty(invoice);
    s.counterpartyId = inv.counterpartyId;
    s.counterpartyName = cp >= 0 ? context.index.counterparty(cp).name : inv.counterpartyName;
    s.written = written;
    return s;
}

} // namespace Saldo
