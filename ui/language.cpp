// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Saldo {

QList<Language> Language::available()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("sk"), QStringLiteral("slovenčina") },
        { QStringLiteral("cs"), QStringLiteral("čeština") },
        { QStringLiteral("bg"), QStringLiteral("български") },
        { QStringLiteral("nb"), QStringLiteral("norsk bokmål") },
    };
}

QString Language::preferred()
{
    return Preferences().language.get();
}

void Language::setPreferred(const QString &code)
{
    Preferences().language.set(code);
}

QLocale Language::install(const QString &code)
{
    QLocale locale = QLocale::system();
    if (!code.isEmpty()) {
        locale = QLocale(code);
        QLocale::setDefault(locale);
    }
    auto *app = QCoreApplication::instance();
    auto *saldo = new QTranslator(app);
    // A language Saldo is not translated into (or the C locale) gets English, whose file holds
    // the plural forms ("1 invoice", "2 invoices").
    if (saldo->load(locale, QStringLiteral("saldo"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || saldo->load(QStringLiteral("saldo_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(saldo);
    else
        delete saldo;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Saldo
