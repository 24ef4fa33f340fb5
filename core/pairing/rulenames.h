// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/referencefinder.h"

#include <QString>

namespace Saldo {

/// How the counterparty of a line was recognised (the first word of the rule).
enum class RecognisedBy { Iban, Name, Description, NameInDescription };

/// What tied the documents (the rest of the rule).
enum class RuleBasis {
    Vs, ///< "+vs"
    InvoiceNumber, ///< "+invoice-number"
    Rf, ///< "+rf"
    Kid, ///< "+kid"
    References, ///< "+references": several documents
    ReferencesSum, ///< "+references+sum": referenced ones and more that add up
    Amount, ///< "+amount": the amount alone (by setting)
    Sum, ///< "+sum": a sum of open invoices alone (by setting)
    NoDocument, ///< ", no document"
    AmbiguousReference, ///< ", ambiguous reference"
};

enum class RuleSuffix { None, Partial, Overpaid };

/// The rule text, e.g. "iban+vs", "name+invoice-number, partial", "description, no document".
/// Built once for all combinations: a row's rule costs a reference count, not a string.
const QString &ruleName(RecognisedBy by, RuleBasis basis, RuleSuffix suffix = RuleSuffix::None);

/// The basis for a single document found by a reference from `source`.
RuleBasis ruleBasis(ReferenceSource source, bool isNumber);

} // namespace Saldo
