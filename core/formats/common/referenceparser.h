// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"

#include <QStringView>

namespace Saldo {

/// Payment references found in a piece of text.
struct FoundReferences
{
    VariableSymbol variableSymbol;
    ConstantSymbol constantSymbol;
    SpecificSymbol specificSymbol;
    CreditorReference creditorReference;
};

/// The CZ/SK end-to-end id convention "/VS2026000012/SS/KS0308" (any order, empty values
/// allowed). Values that are not valid symbols are left empty.
FoundReferences parseSymbolEndToEnd(QStringView text);

/// Symbols written in free text: "VS: 2026001", "VS 2026001", "VS2026001", "v.s. 2026001",
/// "var. symbol 2026001", "KS 0308", "SS 123"; an RF reference "RF18 5390 0754 7034" whose
/// check digits pass. Only the first of each kind is taken.
FoundReferences findReferencesInText(QStringView text);

/// Fills the line's empty symbol and RF fields from its `reference` (end-to-end convention)
/// and then its `description` (free text). Never overwrites a value a dedicated field gave.
void fillMissingReferences(StatementLine &line);

/// Card, ATM, deposit or fee by words banks use in line texts ("POS", "ATM", "Platba kartou",
/// "Výber z bankomatu", "Vklad hotovosti", "Poplatok" ...). Unknown when nothing fits.
LineKind kindFromText(QStringView text);

/// The first phrase kindFromText() recognises in `text` and where it stands (UTF-16 positions
/// into `text`); kind Unknown and position -1 when there is none. Phrases match whole words
/// only, case and diacritics aside ("POS" is not found in "POSTA").
struct KindPhrase
{
    LineKind kind = LineKind::Unknown;
    qsizetype position = -1;
    qsizetype length = 0;
};
KindPhrase findKindPhrase(QStringView text);

/// `text` folded for matching words: lower case, Latin letters without their diacritics
/// ("Výběr" → "vyber", "Kjøp" → "kjop"), other scripts only lower-cased. One character out for
/// every character in, so positions in the result are positions in `text`.
QString foldForMatching(QStringView text);
/// foldForMatching() into `out` (room for text.size() units), for callers that fold into a
/// buffer of their own.
void foldForMatching(QStringView text, char16_t *out);

} // namespace Saldo
