// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/linecontext.h"

namespace Saldo {

LineContext::LineContext(const StatementLine &line, const PairingIndex &index,
                         const PairingOptions &options)
    : line(line)
    , index(index)
    , options(options)
    , m_magnitude(line.amount.abs().minorUnits())
{ }

const LineReferences &LineContext::references() const
{
    if (!m_references)
        m_references = findLineReferences(line);
    return *m_references;
}

qint64 LineContext::openMagnitude(const Invoice &invoice)
{
    const qint64 open = invoice.total.minorUnits() - invoice.paid.minorUnits();
    return open < 0 ? -open : open;
}

Eligibility LineContext::eligibility(const Invoice &invoice) const
{
    if (invoice.total.currency() != line.amount.currency())
        return Eligibility::OtherCurrency;
    const bool issued = invoice.kind == InvoiceKind::Issued;
    if (!(issued ? options.matchIssued : options.matchReceived))
        return Eligibility::NotSearched;
    // A credit note (negative open amount) is paid the other way round.
    const bool creditNote = invoice.total.minorUnits() - invoice.paid.minorUnits() < 0;
    if ((issued != creditNote) != incoming())
        return Eligibility::WrongDirection;
    if (!invoice.posted && !options.searchUnposted)
        return Eligibility::Unposted;
    return Eligibility::Eligible;
}

Evidence rejectedEvidence(Eligibility why, const QString &written, const Invoice &invoice)
{
    Evidence e;
    e.a = written;
    e.b = invoice.number;
    switch (why) {
    case Eligibility::OtherCurrency:
        e.kind = EvidenceKind::ReferenceOtherCurrency;
        e.c = invoice.total.currency().code();
        break;
    case Eligibility::Unposted:
        e.kind = EvidenceKind::ReferenceUnposted;
        break;
    case Eligibility::NotSearched:
        e.kind = EvidenceKind::ReferenceNotSearched;
        break;
    case Eligibility::WrongDirection:
        e.kind = EvidenceKind::ReferenceWrongDirection;
        break;
    case Eligibility::Eligible:
        break;
    }
    return e;
}

} // namespace Saldo
