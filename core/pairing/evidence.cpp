// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/evidence.h"

#include "util/tr.h"

namespace Saldo {

namespace {

QString sourceLabel(ReferenceSource source)
{
    switch (source) {
    case ReferenceSource::VariableSymbolField:
        return Tr::tr("in the VS field");
    case ReferenceSource::EndToEndId:
        return Tr::tr("in the end-to-end reference");
    case ReferenceSource::Description:
        return Tr::tr("in the description");
    case ReferenceSource::CreditorReference:
        return Tr::tr("in the RF reference");
    case ReferenceSource::Kid:
        return Tr::tr("in the KID");
    }
    return {};
}

} // namespace

QString describeEvidence(const Evidence &e)
{
    switch (e.kind) {
    case EvidenceKind::OwnAccount:
        return Tr::tr("counter IBAN %1 is the firm's own account \"%2\"").arg(e.a, e.b);
    case EvidenceKind::NoCounterIban:
        return Tr::tr("no counter IBAN");
    case EvidenceKind::CounterIbanIsThisAccount:
        return Tr::tr("counter IBAN %1 is the account being imported").arg(e.a);
    case EvidenceKind::CashDeposit:
        return Tr::tr("the bank marks the line as a cash deposit");
    case EvidenceKind::CardLine:
        return Tr::tr("card or cash machine line (%1): a purchase that needs a receipt").arg(e.a);
    case EvidenceKind::CardCountedAsFee:
        return Tr::tr("card lines count as bank fees (setting)");
    case EvidenceKind::IbanEntered:
        return Tr::tr("counter IBAN %1 is %2's IBAN").arg(e.a, e.b);
    case EvidenceKind::IbanLearned:
        return Tr::tr("counter IBAN %1 is %2's learned IBAN").arg(e.a, e.b);
    case EvidenceKind::IbanShared:
        return Tr::tr("counter IBAN %1 is on file for several counterparties").arg(e.a);
    case EvidenceKind::IbanUnknown:
        return Tr::tr("counter IBAN %1 is not on file").arg(e.a);
    case EvidenceKind::NameMatches:
        return Tr::tr("name \"%1\" in the statement is %2").arg(e.a, e.b);
    case EvidenceKind::NameShared:
        return Tr::tr("name \"%1\" fits several counterparties").arg(e.a);
    case EvidenceKind::NameUnknown:
        return Tr::tr("name \"%1\" is not a known counterparty").arg(e.a);
    case EvidenceKind::NameInDescription:
        return Tr::tr("the description names %1").arg(e.a);
    case EvidenceKind::VsMatches:
        return Tr::tr("VS %1 %3 matches %2").arg(e.a, e.b, sourceLabel(e.source));
    case EvidenceKind::NumberMatches:
        return Tr::tr("invoice number %1 %3 matches %2").arg(e.a, e.b, sourceLabel(e.source));
    case EvidenceKind::AmountEqual:
        return Tr::tr("amount %1 equal to the open amount").arg(e.a);
    case EvidenceKind::AmountSumEqual:
        return Tr::tr("amount %1 equal to the open amounts of %2 documents together").arg(e.a, e.b);
    case EvidenceKind::AmountBelowOpen:
        return Tr::tr("amount %1 below the open %2: %3 stays open").arg(e.a, e.b, e.c);
    case EvidenceKind::AmountAboveOpen:
        return Tr::tr("amount %1 above the open %2: %3 unallocated").arg(e.a, e.b, e.c);
    case EvidenceKind::NoDocument:
        return Tr::tr("no open document of %1 is referenced").arg(e.a);
    case EvidenceKind::ReferenceAmbiguous:
        return Tr::tr("reference %1 fits %2 open documents: none chosen").arg(e.a, e.b);
    case EvidenceKind::ReferenceOtherCounterparty:
        return Tr::tr("reference %1 matches %2 of another counterparty, %3").arg(e.a, e.b, e.c);
    case EvidenceKind::ReferenceOtherCurrency:
        return Tr::tr("reference %1 matches %2, which is in %3").arg(e.a, e.b, e.c);
    case EvidenceKind::ReferenceUnposted:
        return Tr::tr("reference %1 matches %2, which is not posted").arg(e.a, e.b);
    case EvidenceKind::ReferenceNotSearched:
        return Tr::tr("reference %1 matches %2, a kind of invoice not searched (settings)")
            .arg(e.a, e.b);
    case EvidenceKind::ReferenceWrongDirection:
        return Tr::tr("reference %1 matches %2, but the payment goes the other way").arg(e.a, e.b);
    case EvidenceKind::AlreadySettled:
        return Tr::tr("%1 is already settled by line %2 of this import").arg(e.a, e.b);
    case EvidenceKind::PartlySettled:
        return Tr::tr("line %2 of this import already pays part of %1: %3 was left")
            .arg(e.a, e.b, e.c);
    case EvidenceKind::NothingRecognised:
        return Tr::tr("neither counterparty nor document recognised");
    }
    return {};
}

QString describeEvidence(const QList<Evidence> &evidence)
{
    if (evidence.isEmpty())
        return {};
    // Translated once per list, not once per part: this runs for every line of an import.
    const QString separated = Tr::tr("%1; %2", "list of evidence");
    QString text;
    for (const Evidence &e : evidence) {
        const QString part = describeEvidence(e);
        text = text.isEmpty() ? part : separated.arg(text, part);
    }
    return text;
}

} // namespace Saldo
