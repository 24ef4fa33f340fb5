// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/gpc/gpcaccount.h"
#include "money/currency.h"
#include "money/iban.h"
#include "money/paymentreference.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <cstring>
#include <optional>
#include <utility>

namespace Saldo {

/// A counter account as an item (075) gives it: its local form ("19-2000145399/0800") and, when
/// it has a bank code and passes the national check, its IBAN (else null).
struct GpcCounterAccount
{
    QString local;
    Iban iban;
};

/// The look-ups a GPC file repeats on every item, each done once: the currency of a "druh dat"
/// field, a counter account's local form and IBAN, and the date of a DDMMYY field.
class GpcLookups
{
public:
    /// "0" + ISO 4217 numeric code ("0203", "0978"), as Fio and Raiffeisenbank write it; other
    /// banks put a data kind there ("1501"), which names no currency.
    std::optional<Currency> currency(QByteArrayView druhDat);

    /// gpcDate() of a DDMMYY field, the last one remembered: the lines of a statement share a
    /// few dates, and working a date out costs more than comparing six bytes.
    std::optional<QDate> date(QByteArrayView ddmmyy);

    /// The IBAN of a local account at `bankCode`; its country is the bank code's, else the
    /// statement's (see setStatementCountry), else CZ. A null Iban when it cannot be made.
    Iban iban(const GpcAccount &account, QLatin1StringView bankCode);

    /// ConstantSymbol::fromNumber(), remembered: a file uses a handful of constant symbols
    /// ("0308", "0558") on thousands of items, and each made anew is a string made anew.
    ConstantSymbol constantSymbol(quint64 value);

    /// The counter account of an item's 16-digit field `digits16` (its order detected, `tieBreak`
    /// when both orders pass the check) at the 4-byte `bankCode` field, remembered by the raw
    /// bytes: most accounts of a file come again and again, and working one out took a fifth of
    /// reading a GPC file.
    const GpcCounterAccount &counterAccount(QByteArrayView digits16, QByteArrayView bankCode,
                                            GpcAccount::Order tieBreak);

    /// "CZ" when the statement's bank is known to be Czech, empty when unknown.
    void setStatementCountry(QLatin1StringView country);

private:
    /// The raw bytes counterAccount() works from: field, bank code, tie-break and their sizes.
    struct CounterAccountKey
    {
        std::array<char, 24> bytes {};
        friend bool operator==(const CounterAccountKey &a, const CounterAccountKey &b)
        {
            return a.bytes == b.bytes;
        }
        /// Three words multiplied and folded, inline: qHashBits() is a call that costs more
        /// than the look-up it serves (a GPC item has a counter account).
        friend size_t qHash(const CounterAccountKey &key, size_t seed = 0)
        {
            quint64 words[3];
            std::memcpy(words, key.bytes.data(), sizeof words);
            quint64 hash = seed ^ 0x9E3779B97F4A7C15ULL;
            for (const quint64 word : words)
                hash = (hash ^ word) * 0xFF51AFD7ED558CCDULL;
            return size_t(hash ^ (hash >> 32));
        }
    };
    std::optional<Currency> lookUpCurrency(QByteArrayView druhDat);
    QLatin1StringView bankCountry(QLatin1StringView bankCode);
    GpcCounterAccount makeCounterAccount(QByteArrayView digits16, QByteArrayView bankCode,
                                         GpcAccount::Order tieBreak);

    QLatin1StringView m_statementCountry;
    QHash<int, Currency> m_currencies; ///< ISO numeric code → currency
    QHash<CounterAccountKey, GpcCounterAccount> m_counterAccounts;
    QHash<quint64, ConstantSymbol> m_constantSymbols;

    /// countryOfCzSkBankCode() of each four-digit bank code met so far (BankCountry).
    enum class BankCountry : quint8 { NotLookedUp, None, Cz, Sk };
    std::array<BankCountry, 10000> m_bankCountries {};

    std::array<char, 4> m_lastCurrencyBytes {};
    std::optional<Currency> m_lastCurrency;
    bool m_hasLastCurrency = false;

    std::array<char, 6> m_lastDateBytes {};
    QDate m_lastDate;
    bool m_hasLastDate = false;
};

} // namespace Saldo
