// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpclookups.h"

#include "formats/common/czskbankcodes.h"
#include "formats/gpc/gpcrecord.h"

#include <algorithm>

namespace Saldo {

namespace {

// Huge files with many accounts must not make the cache grow without bound.
constexpr qsizetype MaxCachedCounterAccounts = 100000;
constexpr qsizetype ManyCounterAccounts = 512;
constexpr qsizetype RoomForManyCounterAccounts = 16384;

} // namespace

std::optional<Currency> GpcLookups::currency(QByteArrayView druhDat)
{
    // Items of a file name one or two kinds: the last answer is the next one's, mostly.
    const bool fourBytes = druhDat.size() == 4;
    if (fourBytes && m_hasLastCurrency
        && std::equal(druhDat.begin(), druhDat.end(), m_lastCurrencyBytes.begin()))
        return m_lastCurrency;
    const std::optional<Currency> currency = lookUpCurrency(druhDat);
    if (fourBytes) {
        std::copy_n(druhDat.begin(), 4, m_lastCurrencyBytes.begin());
        m_lastCurrency = currency;
        m_hasLastCurrency = true;
    }
    return currency;
}

std::optional<Currency> GpcLookups::lookUpCurrency(QByteArrayView druhDat)
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

std::optional<QDate> GpcLookups::date(QByteArrayView ddmmyy)
{
    if (m_hasLastDate && ddmmyy.size() == 6
        && std::equal(ddmmyy.begin(), ddmmyy.end(), m_lastDateBytes.begin()))
        return m_lastDate;
    const std::optional<QDate> date = gpcDate(ddmmyy);
    if (date) {
        std::copy_n(ddmmyy.begin(), 6, m_lastDateBytes.begin());
        m_lastDate = *date;
        m_hasLastDate = true;
    }
    return date;
}

void GpcLookups::setStatementCountry(QLatin1StringView country)
{
    // The IBAN of an account at an unknown bank code takes the statement's country.
    if (country != m_statementCountry)
        m_counterAccounts.clear();
    m_statementCountry = country;
}

const GpcCounterAccount &GpcLookups::counterAccount(QByteArrayView digits16,
                                                    QByteArrayView bankCode,
                                                    GpcAccount::Order tieBreak)
{
    CounterAccountKey key;
    const qsizetype fieldSize = std::min<qsizetype>(digits16.size(), 16);
    const qsizetype bankSize = std::min<qsizetype>(bankCode.size(), 4);
    std::copy_n(digits16.data(), fieldSize, key.bytes.begin());
    std::copy_n(bankCode.data(), bankSize, key.bytes.begin() + 16);
    key.bytes[20] = char(fieldSize);
    key.bytes[21] = char(bankSize);
    key.bytes[22] = char(tieBreak);
    if (m_counterAccounts.size() >= MaxCachedCounterAccounts) {
        const auto cached = m_counterAccounts.constFind(key);
        if (cached != m_counterAccounts.constEnd())
            return *cached;
        m_counterAccounts.clear();
    }
    // A file with many accounts gets room for many at once: growing step by step hashed every
    // account again at each step. (The room is a table of offsets; accounts take memory as
    // they come. A small file never needs it.)
    if (m_counterAccounts.size() == ManyCounterAccounts)
        m_counterAccounts.reserve(RoomForManyCounterAccounts);
    // One look-up whether the account is known or not: operator[] finds it or makes its place
    // (a look-up and then an insert hashed a new account twice).
    const qsizetype known = m_counterAccounts.size();
    GpcCounterAccount &account = m_counterAccounts[key];
    if (m_counterAccounts.size() != known)
        account = makeCounterAccount(digits16, bankCode, tieBreak);
    return account;
}

GpcCounterAccount GpcLookups::makeCounterAccount(QByteArrayView digits16, QByteArrayView bankCode,
                                                 GpcAccount::Order tieBreak)
{
    const GpcAccount account = GpcAccount::fromFieldInDetectedOrder(digits16, tieBreak);
    const bool hasBank = bankCode.size() == 4 && gpcNumber(bankCode) && !gpcAllZeros(bankCode);
    const QLatin1StringView bank = hasBank ? QLatin1StringView(bankCode) : QLatin1StringView();
    GpcCounterAccount counter { account.localForm(bank), {} };
    if (hasBank && account.passesCheck())
        counter.iban = iban(account, bank);
    return counter;
}

ConstantSymbol GpcLookups::constantSymbol(quint64 value)
{
    const auto known = m_constantSymbols.constFind(value);
    if (known != m_constantSymbols.constEnd())
        return *known;
    // Four digits give at most 10,000 symbols; a caller with more must not grow this forever.
    if (m_constantSymbols.size() >= 10000)
        m_constantSymbols.clear();
    return *m_constantSymbols.emplace(value, ConstantSymbol::fromNumber(value));
}

QLatin1StringView GpcLookups::bankCountry(QLatin1StringView bankCode)
{
    const std::optional<qint64> code
        = bankCode.size() == 4 ? gpcNumber(QByteArrayView(bankCode.data(), 4)) : std::nullopt;
    if (!code)
        return countryOfCzSkBankCode(bankCode);
    BankCountry &known = m_bankCountries[size_t(*code)];
    if (known == BankCountry::NotLookedUp) {
        const QLatin1StringView country = countryOfCzSkBankCode(bankCode);
        if (country.isEmpty())
            known = BankCountry::None;
        else if (country == QLatin1StringView("CZ"))
            known = BankCountry::Cz;
        else if (country == QLatin1StringView("SK"))
            known = BankCountry::Sk;
        else
            return country; // no such answer today; not remembered, to stay exact
    }
    switch (known) {
    case BankCountry::Cz:
        return QLatin1StringView("CZ");
    case BankCountry::Sk:
        return QLatin1StringView("SK");
    default:
        return {};
    }
}

Iban GpcLookups::iban(const GpcAccount &account, QLatin1StringView bankCode)
{
    if (!account.isValid() || bankCode.size() != 4)
        return {};
    QLatin1StringView country = bankCountry(bankCode);
    if (country.isEmpty())
        country = m_statementCountry.isEmpty() ? QLatin1StringView("CZ") : m_statementCountry;
    const QLatin1StringView countryCode
        = country == QLatin1StringView("SK") ? QLatin1StringView("SK") : QLatin1StringView("CZ");
    // The digits as they are: no local form "19-2000145399/0800" to write and parse again.
    return Iban::fromCzSkDigits(countryCode, account.prefixDigits(), account.numberDigits(),
                                bankCode.data());
}

} // namespace Saldo
