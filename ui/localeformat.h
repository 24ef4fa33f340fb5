// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace Saldo {

/// An amount in the locale's number format with the currency code after it:
/// "1 234,50 EUR" (sk), "1,234.50 EUR" (en), "-12,00 CZK". Exact: built from the minor units,
/// never through a double. The code is joined with a no-break space so it never wraps alone.
QString formatMoney(const Money &amount, const QLocale &locale = QLocale());

/// The same without the currency code, for columns that name the currency elsewhere.
QString formatMoneyNumber(const Money &amount, const QLocale &locale = QLocale());

/// A date in the locale's short format; an empty string for an invalid (unknown) date.
QString formatDate(const QDate &date, const QLocale &locale = QLocale());

} // namespace Saldo
