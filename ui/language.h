// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Saldo {

/// A language Saldo's user interface is translated into.
struct Language
{
    QString code; ///< "sk", "cs", "bg", "nb", "en"
    QString nativeName; ///< "slovenčina" ...

    /// Every language Saldo ships, English first.
    static QList<Language> available();

    /// The language chosen in Settings (empty: the system's).
    static QString preferred();
    static void setPreferred(const QString &code);

    /// Loads Saldo's translation (embedded under :/i18n) and Qt's own for `code`, or for the
    /// system locale when `code` is empty, and installs them on the application. A chosen
    /// language also becomes the default locale, so numbers and dates follow it. Returns the
    /// locale used.
    static QLocale install(const QString &code);
};

} // namespace Saldo
