// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/linepairing.h"
#include "theme.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace Saldo {

/// Words, icons and colours of statement rows and document types (SCREENS.md, "Row colours"),
/// in one place so the table, the legend and the dialogs say the same.
class RowStates
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::RowStates)
public:
    static QList<RowColour> colours();
    /// "Paired", "Open part", "To do", "Own transfer".
    static QString text(RowColour colour);
    /// What the colour means, for tooltips.
    static QString meaning(RowColour colour);
    static Tone tone(RowColour colour);
    static Glyph glyph(RowColour colour);
    /// The glyph as a character for plain text: "✓", "◐", "!", "⇄".
    static QString symbol(RowColour colour);
    static QIcon icon(RowColour colour) { return Theme::statusIcon(glyph(colour), tone(colour)); }
    /// A row already imported earlier: grey and ignored like an own transfer, but said apart.
    static QString duplicateText();
    static QString duplicateMeaning();
    static QIcon duplicateIcon() { return Theme::statusIcon(Glyph::Circle, Tone::Muted); }

    static QList<DocumentType> types();
    /// "Invoice payment", "Own transfer", "No document" ...
    static QString text(DocumentType type);
};

} // namespace Saldo
