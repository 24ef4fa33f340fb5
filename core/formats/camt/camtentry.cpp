// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtentry.h"

namespace Saldo {

QString CamtBankCode::text() const
{
    if (domain.isEmpty() && family.isEmpty())
        return proprietary;
    if (family.isEmpty() && subFamily.isEmpty())
        return domain;
    // Built in one allocation: this runs for every line.
    QString code;
    code.reserve(domain.size() + family.size() + subFamily.size() + 2);
    code += domain;
    for (const QString *part : { &family, &subFamily }) {
        if (!part->isEmpty()) {
            code += QLatin1Char('/');
            code += *part;
        }
    }
    return code;
}

std::optional<Money> CamtTransaction::signedAmountIn(Currency currency, bool entryCredit) const
{
    const bool isCredit = credit.value_or(entryCredit);
    for (const std::optional<Money> *candidate : { &amount, &transactionAmount }) {
        if (*candidate && (*candidate)->currency() == currency)
            return isCredit ? **candidate : -**candidate;
    }
    return std::nullopt;
}

} // namespace Saldo
