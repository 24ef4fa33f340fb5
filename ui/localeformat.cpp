// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

namespace Saldo {

QString formatMoneyNumber(const Money &amount, const QLocale &locale)
{
    const qint64 minor = amount.minorUnits();
    // Negating in unsigned arithmetic keeps INT64_MIN representable.
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    const int digits = amount.currency().isValid() ? amount.currency().minorDigits() : 2;
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;

    QString text = locale.toString(magnitude / scale);
    if (digits > 0) {
        text += locale.decimalPoint();
        text += QString::number(magnitude % scale).rightJustified(digits, QLatin1Char('0'));
    }
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatMoney(const Money &amount, const QLocale &locale)
{
    const QString number = formatMoneyNumber(amount, locale);
    if (!amount.currency().isValid())
        return number;
    return number + QChar(QChar::Nbsp) + amount.currency().code();
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

} // namespace Saldo
