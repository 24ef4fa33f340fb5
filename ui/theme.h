// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace Saldo {

/// What a coloured state means; the colour follows the theme (SCREENS.md, "Row colours").
enum class Tone {
    Positive, ///< settled, paired: green
    Neutral, ///< open but in order: the palette's text colour
    Negative, ///< needs the bookkeeper: red
    Muted, ///< ignored, informational: grey
    Attention, ///< unusual but not wrong (overpaid): amber
};

/// The shape drawn in a status icon. Colour is never the only signal: each state has its own
/// shape as well as its own word.
enum class Glyph {
    Check, ///< ✓ paid, paired
    HalfCircle, ///< ◐ partly paid, open part
    Circle, ///< ○ unpaid, nothing yet
    Exclamation, ///< ! overdue, to do
    Plus, ///< + overpaid
    Transfer, ///< ⇄ own transfer
};

/// Saldo's few colours on top of the system palette. Light or dark is read from the palette
/// (the window colour's lightness), so both themes work without a setting of our own.
class Theme
{
public:
    /// True when the palette's window background is dark.
    static bool isDark(const QPalette &palette);
    static bool isDark();

    /// The text colour of a tone for the given palette: #1a7f37 / #3fb950 for Positive in light /
    /// dark, and so on; Neutral is the palette's text colour.
    static QColor color(Tone tone, const QPalette &palette);
    static QColor color(Tone tone);

    /// A small status icon: `glyph` drawn in the tone's colour for the current palette.
    /// Cached per palette lightness; cheap to call from QAbstractItemModel::data().
    static QIcon statusIcon(Glyph glyph, Tone tone);
};

} // namespace Saldo
