// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Saldo {

/// One word of folded text, and whether punctuation (not just a space) or the end of the text
/// follows it. The flag tells "Tatra Stav, faktúra" (a name that ends) from "Tatra Stav Invest".
struct FoldedToken
{
    QString text;
    bool breakAfter = false;
};

/// Splits `text` into folded words: case folded, diacritics removed (also ø→o, æ→ae, ł→l, ß→ss
/// ...), every character that is not a letter or a digit separates words. Thread-safe.
QList<FoldedToken> foldTokens(QStringView text);

/// How many of `tokens`, starting at `from`, form a legal form ("s r o", "spol s r o", "as",
/// "eood", "ад", "asa" ...), the longest that fits; 0 when none starts there.
int legalFormLength(const QList<FoldedToken> &tokens, qsizetype from);

/// The key under which two spellings of a firm's name are equal: folded words (see
/// foldTokens()) joined by one space, without the legal forms that end the name
/// ("Poľana Pekáreň s.r.o." and "POLANA PEKAREN SRO" → "polana pekaren"). At least one word
/// always stays, so "AS" alone stays "as". Whole names only: "Tatra Stav Invest" keeps its
/// "invest". Thread-safe.
QString normalizeName(QStringView name);

} // namespace Saldo
