// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/referencefinder.h"

#include <QList>
#include <QString>

namespace Saldo {

/// One fact that led to a row's pairing. Kept as data and put into words (translated) only
/// when shown, so pairing 200,000 lines formats no text and a language switch re-renders it.
enum class EvidenceKind {
    OwnAccount, ///< a: counter IBAN, b: own account's name
    NoCounterIban,
    CounterIbanIsThisAccount, ///< a: IBAN
    CashDeposit,
    CardLine, ///< a: counterparty or text of the line
    CardCountedAsFee,
    IbanEntered, ///< a: IBAN, b: counterparty
    IbanLearned, ///< a: IBAN, b: counterparty
    IbanShared, ///< a: IBAN (on file for several counterparties)
    IbanUnknown, ///< a: IBAN
    NameMatches, ///< a: name in the statement, b: counterparty
    NameShared, ///< a: name in the statement (several counterparties have it)
    NameUnknown, ///< a: name in the statement
    NameInDescription, ///< a: counterparty
    VsMatches, ///< a: VS as written, b: invoice number; `source`
    NumberMatches, ///< a: invoice number as written, b: invoice number; `source`
    AmountEqual, ///< a: amount
    AmountSumEqual, ///< a: amount, b: how many documents
    AmountBelowOpen, ///< a: amount, b: open, c: left open
    AmountAboveOpen, ///< a: amount, b: open, c: unallocated
    NoDocument, ///< a: counterparty
    ReferenceAmbiguous, ///< a: reference as written, b: how many documents fit
    ReferenceOtherCounterparty, ///< a: reference, b: invoice number, c: its counterparty
    ReferenceOtherCurrency, ///< a: reference, b: invoice number, c: its currency
    ReferenceUnposted, ///< a: reference, b: invoice number
    ReferenceNotSearched, ///< a: reference, b: invoice number (its kind is not searched)
    ReferenceWrongDirection, ///< a: reference, b: invoice number
    AlreadySettled, ///< a: invoice number, b: line number in this batch
    PartlySettled, ///< a: invoice number, b: line number, c: what was left open
    NothingRecognised,
};

struct Evidence
{
    Evidence(EvidenceKind kind = EvidenceKind::NothingRecognised, QString a = {}, QString b = {},
             QString c = {}, ReferenceSource source = ReferenceSource::Description)
        : kind(kind)
        , a(std::move(a))
        , b(std::move(b))
        , c(std::move(c))
        , source(source)
    { }

    EvidenceKind kind;
    QString a, b, c;
    /// Where a matched reference was found (reference kinds only).
    ReferenceSource source;
};

/// The fact in words, translated ("VS 2025000001 in the description matches FV2025-000001").
QString describeEvidence(const Evidence &evidence);
/// All facts in words, joined as a list.
QString describeEvidence(const QList<Evidence> &evidence);

} // namespace Saldo
