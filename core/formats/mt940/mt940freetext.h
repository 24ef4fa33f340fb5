// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "money/iban.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Saldo {

/// How a file's banks wrap free text, learnt as the file is read. A bank either cuts lines at
/// the full width of 65 characters, inside words (then every line of a text but the last is
/// full), or between words (then most are shorter, and a line that happens to reach the full
/// width was cut at a space). A text whose lines are all full is taken as cut inside words
/// until the file has shown a shorter one.
struct Mt940WrapState
{
    bool wordWrapSeen = false;
};

/// What can be told from an unstructured :86: text.
struct Mt940FreeText
{
    /// The lines joined: with nothing between them where they were cut inside words, with a
    /// space otherwise (see Mt940WrapState).
    QString text;
    /// A CZ/SK end-to-end token ("/VS2026000012/SS/KS0308") written in the text.
    QString reference;
    /// The account after an "IBAN:" label.
    Iban counterpartyIban;
    /// The name after that IBAN, or after a leading card/fee/cash posting phrase ("Platba kartou
    /// POS 1234 TESCO Platba kartou …" → "POS 1234 TESCO"), up to a legal form ("s.r.o.",
    /// "a.s.", "AS", "GmbH" …) or to the first word that starts a payment purpose ("Platba",
    /// "Úhrada", "VS" …). Empty where the text has no such landmark.
    QString counterpartyName;
    /// The kind findKindPhrase() gives `text`, when the parse looked for a phrase (it does so
    /// when the text names no IBAN), so that it is not looked for twice.
    std::optional<LineKind> kind;
};

/// `lines` are the field's lines separated by '\n'; `tagLength` the tag's width on the first.
Mt940FreeText parseMt940FreeText(QStringView lines, int tagLength, Mt940WrapState &wrap);

/// Joins free-text lines as parseMt940FreeText() does.
QString joinMt940FreeText(QStringView lines, int tagLength, Mt940WrapState &wrap);

} // namespace Saldo
