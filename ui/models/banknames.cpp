// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "banknames.h"

#include <QHash>

namespace Saldo {

namespace {

struct KnownBank
{
    const char *key; ///< country code + bank code
    const char *name;
};

// Bank codes from the national registers (NBS for SK, ČNB for CZ, BNB's BIC prefixes for BG).
constexpr KnownBank knownBanks[] = {
    { "SK0200", "VÚB banka" },
    { "SK0900", "Slovenská sporiteľňa" },
    { "SK1100", "Tatra banka" },
    { "SK1111", "UniCredit Bank" },
    { "SK5200", "OTP Banka" },
    { "SK5600", "Prima banka" },
    { "SK6500", "Poštová banka" },
    { "SK7300", "ING Bank" },
    { "SK7500", "ČSOB" },
    { "SK8330", "Fio banka" },
    { "SK8360", "mBank" },
    { "CZ0100", "Komerční banka" },
    { "CZ0300", "ČSOB" },
    { "CZ0600", "MONETA Money Bank" },
    { "CZ0800", "Česká spořitelna" },
    { "CZ2010", "Fio banka" },
    { "CZ2250", "Banka CREDITAS" },
    { "CZ2700", "UniCredit Bank" },
    { "CZ3030", "Air Bank" },
    { "CZ5500", "Raiffeisenbank" },
    { "CZ5800", "J&T Banka" },
    { "CZ6210", "mBank" },
    { "BGBNBG", "Българска народна банка" },
    { "BGUNCR", "UniCredit Bulbank" },
    { "BGSTSA", "Банка ДСК" },
    { "BGFINV", "Първа инвестиционна банка" },
    { "BGUBBS", "ОББ" },
    { "BGBPBI", "Пощенска банка" },
    { "BGCECB", "Централна кооперативна банка" },
};

} // namespace

QString bankCode(const Iban &iban)
{
    const QString country = iban.countryCode();
    // SK, CZ: four digits after the check digits; BG: the four letters of the BIC.
    if (country == u"SK" || country == u"CZ" || country == u"BG")
        return iban.toString().mid(4, 4);
    return {};
}

QString bankName(const Iban &iban)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (const KnownBank &bank : knownBanks)
            map.insert(QLatin1StringView(bank.key), QString::fromUtf8(bank.name));
        return map;
    }();
    const QString code = bankCode(iban);
    return code.isEmpty() ? QString() : names.value(iban.countryCode() + code);
}

} // namespace Saldo
