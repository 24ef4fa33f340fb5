// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/invoicenumber.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace Saldo {

struct StatementLine;

/// Which field of a statement line a reference came from (for the evidence text).
enum class ReferenceSource {
    VariableSymbolField, ///< the line's own VS field
    EndToEndId, ///< the reference / end-to-end id ("/VS2025000001/SS/KS0308")
    Description, ///< the remittance text
    CreditorReference, ///< an ISO 11649 RF reference
    Kid, ///< a Norwegian KID
};

/// A variable-symbol candidate: its numeric value (leading zeros do not count, as for
/// VariableSymbol) and the text as written. `written` views the text searched: it is valid as
/// long as that text (for findLineReferences(), the line) is.
struct FoundSymbol
{
    quint64 value = 0;
    QStringView written;
    ReferenceSource source = ReferenceSource::Description;
};

/// An invoice-number candidate: the hash and length of its key (invoiceNumberKey(), never built
/// as a string on this path) and the text as written (a view, as for FoundSymbol).
struct FoundNumber
{
    quint64 keyHash = 0;
    int keyLength = 0;
    QStringView written;
    ReferenceSource source = ReferenceSource::Description;
};

/// At most this many symbols and this many numbers are taken from one line: a text full of
/// numbers (malformed or hostile) costs a bounded amount of work.
constexpr qsizetype kMaxReferencesPerKind = 64;

/// Everything in a line that may name a document. Candidates, not matches: the index decides.
/// Views into the line: do not keep it longer than the line.
struct LineReferences
{
    // Inline room for what a line usually carries: finding them allocates nothing.
    QVarLengthArray<FoundSymbol, 8> symbols;
    QVarLengthArray<FoundNumber, 16> numbers;

    bool isEmpty() const { return symbols.isEmpty() && numbers.isEmpty(); }
};

/// Variable symbols and invoice numbers written in free text, appended to `out` (a value
/// found before is not added again):
/// - symbols: "VS2025000001", "VS: 2025000001", "v.s. 123456", bare numbers of at least
///   `minBareDigits` digits, lists "VS 62084144, 12345678" and the end-to-end convention
///   "/VS123/SS/KS0308". Numbers after KS/SS, inside words, dates, amounts and card numbers are
///   not symbols; at most 10 significant digits (the VS limit).
/// - numbers: every word with a digit ("FV2025-000105,"), and such a word joined with a short
///   letters-only word before it ("FV 2025-000105", "č. 2025/12").
/// The results view `text`.
void collectReferencesInText(QStringView text, ReferenceSource source, LineReferences &out,
                             int minBareDigits = 3);

/// All candidates of a line: its VS field, its reference (end-to-end id), its RF and KID, and
/// its description. Duplicates (same value from two fields) are kept once, first source wins.
LineReferences findLineReferences(const StatementLine &line);

} // namespace Saldo
