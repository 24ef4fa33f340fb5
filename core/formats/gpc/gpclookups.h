// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/gpc/gpcaccount.h"
#include "money/currency.h"
#include "money/iban.h"

#include <QByteArrayView>
#include <QHash>
#include <QLatin1StringView>

#include <optional>
#include <utility>

namespace Saldo {

/// The look-ups a GPC file repeats on every item, each done once: the currency of a "druh dat"
/// field and the IBAN of a counter account.
class GpcLookups
{
public:
    /// "0" + ISO 4217 numeric code ("0203", "0978"), as Fio and Raiffeisenbank write it; other
    /// banks put a data kind there ("1501"), which names no currency.
    std::optional<Currency> currency(QByteArrayView druhDat);

    /// The IBAN of a local account at `bankCode`; its country is the bank code's, else the
    /// statement's (see setStatementCountry), else CZ. A null Iban when it cannot be made.
    Iban iban(const GpcAccount &account, QLatin1StringView bankCode);

    /// "CZ" when the statement's bank is known to be Czech, empty when unknown.
    void setStatementCountry(QLatin1StringView country) { m_statementCountry = country; }

private:
    QLatin1StringView m_statementCountry;
    QHash<int, Currency> m_currencies; ///< ISO numeric code → currency
    QHash<std::pair<quint64, int>, Iban> m_ibans; ///< (account digits, bank code) → IBAN
};

} // namespace Saldo
