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

} // namespace Saldo
