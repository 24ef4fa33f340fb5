// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "pairing/evidence.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Saldo {

/// What a statement row is booked as (the JSON words of `saldo-cli statement import`).
enum class DocumentType {
    InvoicePayment, ///< pays one or more invoices
    OwnTransfer, ///< between the firm's own accounts; ignored on import
    NoDocument, ///< posted without a counter document (chosen by hand)
    Unallocated, ///< nothing (or not all) could be allocated
    Deposit, ///< cash paid in
    BankFee, ///< the bank's charges (and, by setting, card payments)
};

/// How a row is shown: green = fully allocated; black = counterparty known, something left
/// unallocated; red = nothing recognised (blocks confirming); grey = own transfer (ignored).
enum class RowColour { Green, Black, Red, Grey };

QLatin1StringView documentTypeName(DocumentType type); // "invoice_payment" ...
std::optional<DocumentType> documentTypeFromName(QStringView name);
QLatin1StringView rowColourName(RowColour colour); // "green" | "black" | "red" | "grey"

/// Part of a row's amount allocated to one invoice. `amount` is a magnitude in the line's
/// currency (credit notes too); `openBefore` is the invoice's open amount before this row.
struct Allocation
{
    qint64 invoiceId = 0;
    QString number;
    Money amount;
    Money openBefore;
};

/// Why a document is offered to the bookkeeper (never applied by itself).
enum class SuggestionReason {
    VsOneDigitOff, ///< the line's VS differs from the invoice's in one digit
    VsDigitsSwapped, ///< two neighbouring digits swapped
    AmountEqual, ///< no reference, but the amount equals the open amount
    AmountClose, ///< the amount is within the tolerance of the open amount
    SumEqual, ///< no reference, but these invoices together equal the amount
    AmbiguousReference, ///< one of several documents the references fit
    Unposted, ///< the reference fits an unposted invoice (not searched by setting)
};

QLatin1StringView suggestionReasonName(SuggestionReason reason); // "vs_one_digit_off" ...

struct SuggestedInvoice
{
    qint64 invoiceId = 0;
    QString number;
    Money open; ///< magnitude, in the invoice's currency
};

/// A near miss: documents (usually one; several for SumEqual, to be taken together) that the
/// bookkeeper may want, and why.
struct Suggestion
{
    SuggestionReason reason = SuggestionReason::AmountClose;
    QList<SuggestedInvoice> invoices;
    qint64 counterpartyId = 0;
    QString counterpartyName;
    QString written; ///< the reference as the line wrote it, when the reason is about one
};

/// The explanation for a suggestion, translated ("VS 2025000010 differs in one digit from ...").
QString describeSuggestion(const Suggestion &suggestion);

/// The decision for one statement line.
struct LinePairing
{
    DocumentType type = DocumentType::Unallocated;
    RowColour colour = RowColour::Red;
    qint64 counterpartyId = 0; ///< 0 when none was recognised
    QString counterpartyName;
    QList<Allocation> allocations;
    /// Magnitudes in the line's currency; allocated + unallocated = |amount| except for own
    /// transfers (both zero: they are ignored on import).
    Money allocated;
    Money unallocated;
    /// Short, stable, untranslated: which rule decided ("iban+vs", "name+vs, partial",
    /// "iban, no document", "no counter IBAN", "card line: nothing recognised" ...).
    QString rule;
    QList<Evidence> evidence;
    QList<Suggestion> suggestions;

    QStringList documents() const;
    QString evidenceText() const { return describeEvidence(evidence); }
};

} // namespace Saldo
