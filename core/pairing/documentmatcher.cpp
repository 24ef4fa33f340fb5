// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/documentmatcher.h"

#include "pairing/linecontext.h"
#include "pairing/nearmisses.h"
#include "pairing/subsetsum.h"

#include <vector>

namespace Saldo {

namespace {

constexpr qsizetype kMaxRejected = 3; // evidence about references that fit other invoices
constexpr qsizetype kMaxSuggestions = 5;

bool sameEvidence(const Evidence &a, const Evidence &b)
{
    return a.kind == b.kind && a.b == b.b;
}

} // namespace

DocumentMatcher::DocumentMatcher(const LineContext &context, int counterparty, RecognisedBy by,
                                 LinePairing &result)
    : m_context(context)
    , m_counterparty(counterparty)
    , m_by(by)
    , m_result(result)
{
    const Counterparty &cp = context.index.counterparty(counterparty);
    m_result.counterpartyId = cp.id;
    m_result.counterpartyName = cp.name;
}

void DocumentMatcher::run()
{
    collect();
    if (m_matches.isEmpty())
        settleWithoutReference();
    else
        settleReferenced();
    for (const Evidence &e : std::as_const(m_rejected))
        m_result.evidence.append(e);
    for (const int invoice : std::as_const(m_unposted)) {
        if (m_result.suggestions.size() < kMaxSuggestions)
            m_result.suggestions.append(
                suggestInvoice(m_context, SuggestionReason::Unposted, invoice));
    }
}

void DocumentMatcher::collect()
{
    const LineReferences &refs = m_context.references();
    const PairingIndex &index = m_context.index;
    const qsizetype symbolCount = refs.symbols.size();
    m_hitsPerReference.resize(symbolCount + refs.numbers.size());
    for (qsizetype i = 0; i < symbolCount; ++i) {
        const FoundSymbol &s = refs.symbols[i];
        for (const int invoice : index.invoicesByVs(s.value)) {
            Evidence e { EvidenceKind::VsMatches,
                         s.written.toString(),
                         index.invoice(invoice).number,
                         {},
                         s.source };
            consider(invoice, int(i), std::move(e), ruleBasis(s.source, false));
        }
    }
    for (qsizetype j = 0; j < refs.numbers.size(); ++j) {
        const FoundNumber &n = refs.numbers[j];
        for (const int invoice : index.invoicesByNumber(n.keyHash, n.written)) {
            Evidence e { EvidenceKind::NumberMatches,
                         n.written.toString(),
                         index.invoice(invoice).number,
                         {},
                         n.source };
            consider(invoice, int(symbolCount + j), std::move(e), ruleBasis(n.source, true));
        }
    }
}

void DocumentMatcher::consider(int invoice, int reference, Evidence evidence, RuleBasis basis)
{
    const PairingIndex &index = m_context.index;
    const Invoice &inv = index.invoice(invoice);
    Evidence rejected;
    const int owner = index.invoiceCounterparty(invoice);
    if (owner != m_counterparty) {
        // The VS-collision case: the counter IBAN already decided whose invoice it is.
        rejected = { EvidenceKind::ReferenceOtherCounterparty, evidence.a, inv.number,
                     owner >= 0 ? index.counterparty(owner).name : inv.counterpartyName };
    } else if (const Eligibility why = m_context.eligibility(inv); why != Eligibility::Eligible) {
        rejected = rejectedEvidence(why, evidence.a, inv);
        if (why == Eligibility::Unposted && !m_unposted.contains(invoice))
            m_unposted.append(invoice);
    } else {
        qsizetype k = 0;
        while (k < m_matches.size() && m_matches[k].invoice != invoice)
            ++k;
        if (k == m_matches.size())
            m_matches.append({ invoice, std::move(evidence), basis });
        if (!m_hitsPerReference[reference].contains(int(k)))
            m_hitsPerReference[reference].append(int(k));
        return;
    }
    if (m_rejected.size() >= kMaxRejected)
        return;
    for (const Evidence &e : std::as_const(m_rejected)) {
        if (sameEvidence(e, rejected))
            return;
    }
    m_rejected.append(rejected);
}

bool DocumentMatcher::referencesAmbiguous() const
{
    for (const QList<int> &hits : m_hitsPerReference) {
        if (hits.size() > 1)
            return true;
    }
    return false;
}

qint64 DocumentMatcher::openOf(int matchIndex) const
{
    return LineContext::openMagnitude(m_context.index.invoice(m_matches[matchIndex].invoice));
}

void DocumentMatcher::addAllocation(int invoice, qint64 amount)
{
    const Invoice &inv = m_context.index.invoice(invoice);
    m_result.allocations.append({ inv.id, inv.number, m_context.money(amount),
                                  m_context.money(LineContext::openMagnitude(inv)) });
}

void DocumentMatcher::finish(RowColour colour, const QString &ruleText)
{
    qint64 allocated = 0;
    for (const Allocation &a : std::as_const(m_result.allocations))
        allocated += a.amount.minorUnits();
    m_result.type
        = m_result.allocations.isEmpty() ? DocumentType::Unallocated : DocumentType::InvoicePayment;
    m_result.colour = colour;
    m_result.allocated = m_context.money(allocated);
    m_result.unallocated = m_context.money(m_context.magnitude() - allocated);
    m_result.rule = ruleText;
}

const QString &DocumentMatcher::rule(RuleBasis basis, RuleSuffix suffix) const
{
    return ruleName(m_by, basis, suffix);
}

const QString &DocumentMatcher::referenceRule(const QList<int> &matchIndexes,
                                              RuleSuffix suffix) const
{
    if (matchIndexes.size() == 1)
        return rule(m_matches[matchIndexes.first()].basis, suffix);
    return rule(RuleBasis::References, suffix);
}

void DocumentMatcher::allocateAll(const QList<int> &matchIndexes, const QString &ruleText)
{
    qint64 total = 0;
    for (const int k : matchIndexes) {
        m_result.evidence.append(m_matches[k].evidence);
        addAllocation(m_matches[k].invoice, openOf(k));
        total += openOf(k);
    }
    const QString amount = m_context.money(total).toString();
    if (matchIndexes.size() == 1)
        m_result.evidence.append({ EvidenceKind::AmountEqual, amount });
    else
        m_result.evidence.append(
            { EvidenceKind::AmountSumEqual, amount, QString::number(matchIndexes.size()) });
    finish(RowColour::Green, ruleText);
}

void DocumentMatcher::settleReferenced()
{
    QList<int> all;
    std::vector<qint64> opens;
    qint64 total = 0;
    for (qsizetype k = 0; k < m_matches.size(); ++k) {
        all.append(int(k));
        opens.push_back(openOf(int(k)));
        total += opens.back();
    }
    if (total == m_context.magnitude())
        return allocateAll(all, referenceRule(all));
    if (all.size() > 1) {
        // The text lists more documents than this payment settles: the ones that add up.
        const SubsetMatch subset = findExactSubset(opens, m_context.magnitude(), 1,
                                                   m_context.options.maxInvoicesPerPayment);
        if (subset.outcome == SubsetMatch::Outcome::Unique)
            return allocateAll(subset.members, referenceRule(subset.members));
    }
    if (referencesAmbiguous())
        return settleAmbiguous();
    if (m_context.magnitude() < total)
        settleShort();
    else
        settleOver();
}

void DocumentMatcher::settleShort()
{
    qint64 left = m_context.magnitude();
    qint64 total = 0;
    QList<int> used;
    for (qsizetype k = 0; k < m_matches.size(); ++k) {
        total += openOf(int(k));
        if (left == 0)
            continue;
        const qint64 take = std::min(left, openOf(int(k)));
        m_result.evidence.append(m_matches[k].evidence);
        addAllocation(m_matches[k].invoice, take);
        used.append(int(k));
        left -= take;
    }
    m_result.evidence.append({ EvidenceKind::AmountBelowOpen,
                               m_context.money(m_context.magnitude()).toString(),
                               m_context.money(total).toString(),
                               m_context.money(total - m_context.magnitude()).toString() });
    finish(RowColour::Green, referenceRule(used, RuleSuffix::Partial));
}

void DocumentMatcher::settleOver()
{
    const PairingIndex &index = m_context.index;
    qint64 total = 0;
    QList<int> matchedInvoices;
    for (qsizetype k = 0; k < m_matches.size(); ++k) {
        total += openOf(int(k));
        matchedInvoices.append(m_matches[k].invoice);
    }
    const qint64 rest = m_context.magnitude() - total;
    // Did the payer name only some of the invoices it pays? Look for further open invoices of
    // the counterparty that make up the rest exactly.
    std::vector<int> others;
    std::vector<qint64> amounts;
    const int room = m_context.options.maxInvoicesPerPayment - int(m_matches.size());
    for (const int invoice : index.openInvoicesOf(m_counterparty)) {
        if (room < 1 || others.size() > std::size_t(m_context.options.maxSumCandidates))
            break;
        if (!matchedInvoices.contains(invoice)
            && m_context.eligibility(index.invoice(invoice)) == Eligibility::Eligible) {
            others.push_back(invoice);
            amounts.push_back(LineContext::openMagnitude(index.invoice(invoice)));
        }
    }
    SubsetMatch extension;
    if (room >= 1 && others.size() <= std::size_t(m_context.options.maxSumCandidates))
        extension = findExactSubset(amounts, rest, 1, room);

    QList<int> all;
    for (qsizetype k = 0; k < m_matches.size(); ++k)
        all.append(int(k));
    if (extension.outcome == SubsetMatch::Outcome::Unique
        && m_context.options.applySumWithReference) {
        for (const int k : std::as_const(all)) {
            m_result.evidence.append(m_matches[k].evidence);
            addAllocation(m_matches[k].invoice, openOf(k));
        }
        for (const int member : std::as_const(extension.members)) {
            const int invoice = others[std::size_t(member)];
            addAllocation(invoice, LineContext::openMagnitude(index.invoice(invoice)));
        }
        m_result.evidence.append({ EvidenceKind::AmountSumEqual,
                                   m_context.money(m_context.magnitude()).toString(),
                                   QString::number(m_result.allocations.size()) });
        return finish(RowColour::Green, rule(RuleBasis::ReferencesSum));
    }
    if (extension.outcome == SubsetMatch::Outcome::Unique) {
        Suggestion s;
        s.reason = SuggestionReason::SumEqual;
        for (const int member : std::as_const(extension.members))
            s.invoices.append(
                suggestInvoice(m_context, s.reason, others[std::size_t(member)]).invoices.first());
        s.counterpartyId = m_result.counterpartyId;
        s.counterpartyName = m_result.counterpartyName;
        m_result.suggestions.append(s);
    }
    for (const int k : std::as_const(all)) {
        m_result.evidence.append(m_matches[k].evidence);
        addAllocation(m_matches[k].invoice, openOf(k));
    }
    m_result.evidence.append(
        { EvidenceKind::AmountAboveOpen, m_context.money(m_context.magnitude()).toString(),
          m_context.money(total).toString(), m_context.money(rest).toString() });
    finish(RowColour::Black, referenceRule(all, RuleSuffix::Overpaid));
}

void DocumentMatcher::settleAmbiguous()
{
    const LineReferences &refs = m_context.references();
    for (qsizetype r = 0; r < m_hitsPerReference.size(); ++r) {
        const QList<int> &hits = m_hitsPerReference[r];
        if (hits.size() < 2)
            continue;
        const QString written
            = (r < refs.symbols.size() ? refs.symbols[r].written
                                       : refs.numbers[r - refs.symbols.size()].written)
                  .toString();
        m_result.evidence.append(
            { EvidenceKind::ReferenceAmbiguous, written, QString::number(hits.size()) });
        for (const int k : hits) {
            if (m_result.suggestions.size() < kMaxSuggestions)
                m_result.suggestions.append(suggestInvoice(m_context,
                                                           SuggestionReason::AmbiguousReference,
                                                           m_matches[k].invoice, written));
        }
    }
    finish(RowColour::Black, rule(RuleBasis::AmbiguousReference));
}

void DocumentMatcher::settleWithoutReference()
{
    NearMisses near = findNearMisses(m_context, m_counterparty);
    const PairingOptions &options = m_context.options;
    const PairingIndex &index = m_context.index;
    if (options.applyAmountWithoutReference && near.uniqueAmountMatch >= 0) {
        const Invoice &inv = index.invoice(near.uniqueAmountMatch);
        addAllocation(near.uniqueAmountMatch, LineContext::openMagnitude(inv));
        m_result.evidence.append(
            { EvidenceKind::AmountEqual, m_context.money(m_context.magnitude()).toString() });
        return finish(RowColour::Green, rule(RuleBasis::Amount));
    }
    if (options.applySumWithoutReference && !near.uniqueSum.isEmpty()) {
        for (const int invoice : std::as_const(near.uniqueSum))
            addAllocation(invoice, LineContext::openMagnitude(index.invoice(invoice)));
        m_result.evidence.append({ EvidenceKind::AmountSumEqual,
                                   m_context.money(m_context.magnitude()).toString(),
                                   QString::number(near.uniqueSum.size()) });
        return finish(RowColour::Green, rule(RuleBasis::Sum));
    }
    m_result.evidence.append({ EvidenceKind::NoDocument, m_result.counterpartyName });
    m_result.suggestions = std::move(near.suggestions);
    finish(RowColour::Black, rule(RuleBasis::NoDocument));
}

} // namespace Saldo
