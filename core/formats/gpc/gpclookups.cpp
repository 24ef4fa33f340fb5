// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpclookups.h"

#include "formats/common/czskbankcodes.h"
#include "formats/gpc/gpcrecord.h"

namespace Saldo {

namespace {

// Huge files with many accounts must not make the cache grow without bound.
constexpr qsizetype MaxCachedIbans = 100000;

} // namespace

std::optional<Currency> GpcLookups::currency(QByteArrayView druhDat)
{
    const std::optional<qint64> code
        = druhDat.size() == 4 && druhDat[0] == '0' ? gpcNumber(druhDat.sliced(1)) : std::nullopt;
    if (!code)
        return std::nullopt;
    const auto cached = m_currencies.constFind(int(*code));
    if (cached != m_currencies.constEnd())
        return *cached;
    const Result<Currency> currency
        = Currency::fromNumericCode(QString::fromLatin1(druhDat.sliced(1)));
    if (!currency)
        return std::nullopt;
    m_currencies.insert(int(*code), *currency);
    return *currency;
}

Iban GpcLookups::iban(const GpcAccount &account, QLatin1StringView bankCode)
{
    int bank = 0;
    for (const char c : bankCode)
        bank = bank * 10 + (c - '0');
    const std::pair<quint64, int> key { account.key(), bank };
    const auto cached = m_ibans.constFind(key);
    if (cached != m_ibans.constEnd())
        return *cached;
    QLatin1StringView country = countryOfCzSkBankCode(QString(bankCode));
    if (country.isEmpty())
        country = m_statementCountry.isEmpty() ? QLatin1StringView("CZ") : m_statementCountry;
    const QStringView countryCode
        = country == QLatin1StringView("SK") ? QStringView(u"SK") : QStringView(u"CZ");
    const Result<Iban> iban = Iban::fromCzSkAccount(countryCode, account.localForm(bankCode));
    const Iban value = iban ? *iban : Iban();
    if (m_ibans.size() >= MaxCachedIbans)
        m_ibans.clear();
    m_ibans.insert(key, value);
    return value;
}

} // namespace Saldo
