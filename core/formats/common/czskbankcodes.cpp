// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "czskbankcodes.h"

#include <algorithm>
#include <array>

namespace Saldo {

namespace {

// The two systems do not share a code. Numbers in ascending order (binary search: this runs for
// every new counter account of a GPC file).
constexpr std::array<short, 30> slovakBankCodes {
    200,  720,  900,  1100, 1111, 3000, 3100, 5200, 5600, 5900, 6500, 7300, 7500, 7930, 8050,
    8100, 8120, 8130, 8160, 8170, 8180, 8191, 8300, 8320, 8330, 8360, 8370, 8420, 8430, 9952,
};
constexpr std::array<short, 56> czechBankCodes {
    100,  300,  600,  710,  800,  2010, 2060, 2070, 2100, 2200, 2220, 2250, 2260, 2275,
    2600, 2700, 3030, 3050, 3060, 3500, 4000, 4300, 5500, 5800, 6000, 6100, 6200, 6210,
    6300, 6700, 6800, 7910, 7950, 7960, 7970, 7990, 8030, 8040, 8060, 8090, 8150, 8190,
    8198, 8199, 8200, 8220, 8230, 8240, 8250, 8255, 8265, 8270, 8280, 8293, 8299, 8500,
};
static_assert(std::is_sorted(slovakBankCodes.begin(), slovakBankCodes.end()));
static_assert(std::is_sorted(czechBankCodes.begin(), czechBankCodes.end()));

char16_t unitOf(QChar c)
{
    return c.unicode();
}
char16_t unitOf(char c)
{
    return uchar(c);
}

// The code's number; -1 unless it is four digits.
template<typename Text>
int codeNumber(Text code)
{
    if (code.size() != 4)
        return -1;
    int number = 0;
    for (const auto c : code) {
        const char16_t unit = unitOf(c);
        if (unit < u'0' || unit > u'9')
            return -1;
        number = number * 10 + (unit - u'0');
    }
    return number;
}

template<size_t N>
bool contains(const std::array<short, N> &codes, int code)
{
    return std::binary_search(codes.begin(), codes.end(), code);
}

QLatin1StringView countryOfCode(int code)
{
    if (code < 0)
        return {};
    if (contains(slovakBankCodes, code))
        return QLatin1StringView("SK");
    if (contains(czechBankCodes, code))
        return QLatin1StringView("CZ");
    return {};
}

} // namespace

QLatin1StringView countryOfCzSkBankCode(QStringView bankCode)
{
    return countryOfCode(codeNumber(bankCode));
}

QLatin1StringView countryOfCzSkBankCode(QLatin1StringView bankCode)
{
    return countryOfCode(codeNumber(bankCode));
}

} // namespace Saldo
