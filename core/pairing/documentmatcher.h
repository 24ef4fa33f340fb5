// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/linepairing.h"
#include "pairing/rulenames.h"

#include <QList>

namespace Saldo {

class LineContext;

/// Ties a line whose counterparty is known to that counterparty's open documents: by the
/// line's references, then by amount (exact, partial, overpaid, several invoices), and fills
/// in the pairing's type, colour, allocations, rule, evidence and suggestions. Internal.
class DocumentMatcher
{
public:
    DocumentMatcher(const LineContext &context, int counterparty, RecognisedBy by,
                    LinePairing &result);
    void run();

private:
    struct Match
    {
        int invoice;
        Evidence evidence;
        RuleBasis basis; // how the reference that found it names the rule
    };

    void collect();
    void consider(int invoice, int reference, Evidence evidence, RuleBasis basis);
    bool referencesAmbiguous() const;

    void allocateAll(const QList<int> &matchIndexes, const QString &ruleTail);
    void settleReferenced();
    void settleShort(); // amount below the referenced open amounts
    void settleOver(); // amount above them
    void settleAmbiguous();
    void settleWithoutReference();

    const QString &rule(RuleBasis basis, RuleSuffix suffix = RuleSuffix::None) const;
    const QString &referenceRule(const QList<int> &matchIndexes,
                                 RuleSuffix suffix = RuleSuffix::None) const;
    qint64 openOf(int matchIndex) const;
    void addAllocation(int invoice, qint64 amount);
    void finish(RowColour colour, const QString &ruleText);

    const LineContext &m_context;
    const int m_counterparty;
    const RecognisedBy m_by;
    LinePairing &m_result;

    QList<Match> m_matches; // eligible invoices of the counterparty the references found
    QList<QList<int>> m_hitsPerReference; // per reference: indexes into m_matches
    QList<Evidence> m_rejected; // references that fit invoices this line cannot settle
    QList<int> m_unposted; // invoices offered because unposted ones are not searched
};

} // namespace Saldo
