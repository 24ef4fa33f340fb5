// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "czskbankcodes.h"

#include <algorithm>
#include <array>

namespace Saldo {

namespace {

// The two systems do not share a code.
constexpr std::array<const char16_t *, 30> slovakBankCodes {
    u"0200", u"0720", u"0900", u"1100", u"1111", u"3000", u"3100", u"5200", u"5600", u"5900",
    u"6500", u"7300", u"7500", u"7930", u"8050", u"8100", u"8120", u"8130", u"8160", u"8170",
    u"8180", u"8191", u"8300", u"8320", u"8330", u"8360", u"8370", u"8420", u"8430", u"9952",
};
constexpr std::array<const char16_t *, 56> czechBankCodes {
    u"0100", u"0300", u"0600", u"0710", u"0800", u"2010", u"2060", u"2070", u"2100", u"2200",
    u"2220", u"2250", u"2260", u"2275", u"2600", u"2700", u"3030", u"3050", u"3060", u"3500",
    u"4000", u"4300", u"5500", u"5800", u"6000", u"6100", u"6200", u"6210", u"6300", u"6700",
    u"6800", u"7910", u"7950", u"7960", u"7970", u"7990", u"8030", u"8040", u"8060", u"8090",
    u"8150", u"8190", u"8198", u"8199", u"8200", u"8220", u"8230", u"8240", u"8250", u"8255",
    u"8265", u"8270", u"8280", u"8293", u"8299", u"8500",
};

template<size_t N>
bool contains(const std::array<const char16_t *, N> &codes, QStringView code)
{
    return std::any_of(codes.begin(), codes.end(),
                       [code](const char16_t *c) { return code == QStringView(c); });
}

} // namespace

QLatin1StringView countryOfCzSkBankCode(QStringView bankCode)
{
    if (contains(slovakBankCodes, bankCode))
        return QLatin1StringView("SK");
    if (contains(czechBankCodes, bankCode))
        return QLatin1StringView("CZ");
    return {};
}

} // namespace Saldo
