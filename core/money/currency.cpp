// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/currency.h"

#include "money/inputexcerpt.h"
#include "util/tr.h"
#include "util/trimmed.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace Saldo {

namespace {

struct CurrencyInfo
{
    char code[4]; // NUL-terminated for readability of the table; only three letters count
    quint16 numeric;
    quint8 minorDigits;
};

// ISO 4217 list one (active codes with minor units, plus HRK for statements from before 2023),
// sorted by alphabetic code so fromCode() can binary-search without allocating.
// Precious metals, XDR, XXX etc. ("N.A." minor units) are left out on purpose.
constexpr CurrencyInfo kCurrencies[] = {
    { "AED", 784, 2 }, { "AFN", 971, 2 }, { "ALL", 8, 2 },   { "AMD", 51, 2 },  { "ANG", 532, 2 },
    { "AOA", 973, 2 }, { "ARS", 32, 2 },  { "AUD", 36, 2 },  { "AWG", 533, 2 }, { "AZN", 944, 2 },
    { "BAM", 977, 2 }, { "BBD", 52, 2 },  { "BDT", 50, 2 },  { "BGN", 975, 2 }, { "BHD", 48, 3 },
    { "BIF", 108, 0 }, { "BMD", 60, 2 },  { "BND", 96, 2 },  { "BOB", 68, 2 },  { "BOV", 984, 2 },
    { "BRL", 986, 2 }, { "BSD", 44, 2 },  { "BTN", 64, 2 },  { "BWP", 72, 2 },  { "BYN", 933, 2 },
    { "BZD", 84, 2 },  { "CAD", 124, 2 }, { "CDF", 976, 2 }, { "CHE", 947, 2 }, { "CHF", 756, 2 },
    { "CHW", 948, 2 }, { "CLF", 990, 4 }, { "CLP", 152, 0 }, { "CNY", 156, 2 }, { "COP", 170, 2 },
    { "COU", 970, 2 }, { "CRC", 188, 2 }, { "CUC", 931, 2 }, { "CUP", 192, 2 }, { "CVE", 132, 2 },
    { "CZK", 203, 2 }, { "DJF", 262, 0 }, { "DKK", 208, 2 }, { "DOP", 214, 2 }, { "DZD", 12, 2 },
    { "EGP", 818, 2 }, { "ERN", 232, 2 }, { "ETB", 230, 2 }, { "EUR", 978, 2 }, { "FJD", 242, 2 },
    { "FKP", 238, 2 }, { "GBP", 826, 2 }, { "GEL", 981, 2 }, { "GHS", 936, 2 }, { "GIP", 292, 2 },
    { "GMD", 270, 2 }, { "GNF", 324, 0 }, { "GTQ", 320, 2 }, { "GYD", 328, 2 }, { "HKD", 344, 2 },
    { "HNL", 340, 2 }, { "HRK", 191, 2 }, { "HTG", 332, 2 }, { "HUF", 348, 2 }, { "IDR", 360, 2 },
    { "ILS", 376, 2 }, { "INR", 356, 2 }, { "IQD", 368, 3 }, { "IRR", 364, 2 }, { "ISK", 352, 0 },
    { "JMD", 388, 2 }, { "JOD", 400, 3 }, { "JPY", 392, 0 }, { "KES", 404, 2 }, { "KGS", 417, 2 },
    { "KHR", 116, 2 }, { "KMF", 174, 0 }, { "KPW", 408, 2 }, { "KRW", 410, 0 }, { "KWD", 414, 3 },
    { "KYD", 136, 2 }, { "KZT", 398, 2 }, { "LAK", 418, 2 }, { "LBP", 422, 2 }, { "LKR", 144, 2 },
    { "LRD", 430, 2 }, { "LSL", 426, 2 }, { "LYD", 434, 3 }, { "MAD", 504, 2 }, { "MDL", 498, 2 },
    { "MGA", 969, 2 }, { "MKD", 807, 2 }, { "MMK", 104, 2 }, { "MNT", 496, 2 }, { "MOP", 446, 2 },
    { "MRU", 929, 2 }, { "MUR", 480, 2 }, { "MVR", 462, 2 }, { "MWK", 454, 2 }, { "MXN", 484, 2 },
    { "MXV", 979, 2 }, { "MYR", 458, 2 }, { "MZN", 943, 2 }, { "NAD", 516, 2 }, { "NGN", 566, 2 },
    { "NIO", 558, 2 }, { "NOK", 578, 2 }, { "NPR", 524, 2 }, { "NZD", 554, 2 }, { "OMR", 512, 3 },
    { "PAB", 590, 2 }, { "PEN", 604, 2 }, { "PGK", 598, 2 }, { "PHP", 608, 2 }, { "PKR", 586, 2 },
    { "PLN", 985, 2 }, { "PYG", 600, 0 }, { "QAR", 634, 2 }, { "RON", 946, 2 }, { "RSD", 941, 2 },
    { "RUB", 643, 2 }, { "RWF", 646, 0 }, { "SAR", 682, 2 }, { "SBD", 90, 2 },  { "SCR", 690, 2 },
    { "SDG", 938, 2 }, { "SEK", 752, 2 }, { "SGD", 702, 2 }, { "SHP", 654, 2 }, { "SLE", 925, 2 },
    { "SLL", 694, 2 }, { "SOS", 706, 2 }, { "SRD", 968, 2 }, { "SSP", 728, 2 }, { "STN", 930, 2 },
    { "SVC", 222, 2 }, { "SYP", 760, 2 }, { "SZL", 748, 2 }, { "THB", 764, 2 }, { "TJS", 972, 2 },
    { "TMT", 934, 2 }, { "TND", 788, 3 }, { "TOP", 776, 2 }, { "TRY", 949, 2 }, { "TTD", 780, 2 },
    { "TWD", 901, 2 }, { "TZS", 834, 2 }, { "UAH", 980, 2 }, { "UGX", 800, 0 }, { "USD", 840, 2 },
    { "USN", 997, 2 }, { "UYI", 940, 0 }, { "UYU", 858, 2 }, { "UYW", 927, 4 }, { "UZS", 860, 2 },
    { "VED", 926, 2 }, { "VES", 928, 2 }, { "VND", 704, 0 }, { "VUV", 548, 0 }, { "WST", 882, 2 },
    { "XAF", 950, 0 }, { "XCD", 951, 2 }, { "XOF", 952, 0 }, { "XPF", 953, 0 }, { "YER", 886, 2 },
    { "ZAR", 710, 2 }, { "ZMW", 967, 2 }, { "ZWG", 924, 2 }, { "ZWL", 932, 2 },
};

constexpr int compareCodes(const char *a, const char *b)
{
    for (int i = 0; i < 3; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

constexpr bool tableIsSorted()
{
    for (size_t i = 1; i < std::size(kCurrencies); ++i) {
        if (compareCodes(kCurrencies[i - 1].code, kCurrencies[i].code) >= 0)
            return false;
    }
    return true;
}
static_assert(tableIsSorted(), "kCurrencies must be sorted by code for the binary search");

// Numeric code -> index into kCurrencies, built once at compile time (codes are below 1000).
struct NumericIndex
{
    std::array<qint16, 1000> slot {};
    constexpr NumericIndex()
    {
        for (auto &s : slot)
            s = -1;
        for (size_t i = 0; i < std::size(kCurrencies); ++i)
            slot[kCurrencies[i].numeric] = qint16(i);
    }
};
constexpr NumericIndex kNumericIndex;

constexpr bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\u00A0';
}

QStringView trimmedAsciiSpace(QStringView text)
{
    return trimmedBy(text, isAsciiSpace);
}

} // namespace

Currency::Currency(const char code[3], int minorDigits)
    : m_code { code[0], code[1], code[2] }
    , m_minorDigits(quint8(minorDigits))
{ }

Result<Currency> Currency::fromCode(QStringView code)
{
    const QStringView t = trimmedAsciiSpace(code);
    char upper[3] = { 0, 0, 0 };
    bool letters = t.size() == 3;
    for (qsizetype i = 0; letters && i < 3; ++i) {
        const char16_t c = t[i].unicode();
        if (c >= u'a' && c <= u'z')
            upper[i] = char(c - u'a' + 'A');
        else if (c >= u'A' && c <= u'Z')
            upper[i] = char(c);
        else
            letters = false;
    }
    if (!letters) {
        return Error { Tr::tr("currency \"%1\": expected a three-letter ISO 4217 code such as "
                              "EUR or CZK")
                           .arg(inputExcerpt(code)) };
    }
    const auto *end = std::end(kCurrencies);
    const auto *it = std::lower_bound(
        std::begin(kCurrencies), end, upper,
        [](const CurrencyInfo &info, const char *key) { return compareCodes(info.code, key) < 0; });
    if (it != end && compareCodes(it->code, upper) == 0)
        return Currency(it->code, it->minorDigits);
    // Unknown but well-formed: banks use codes the table may not know (see the header).
    return Currency(upper, 2);
}

Result<Currency> Currency::fromNumericCode(QStringView digits)
{
    const QStringView t = trimmedAsciiSpace(digits);
    int value = 0;
    bool ok = !t.isEmpty() && t.size() <= 3;
    for (qsizetype i = 0; ok && i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        ok = c >= u'0' && c <= u'9';
        value = value * 10 + (c - u'0');
    }
    if (!ok) {
        return Error { Tr::tr("currency \"%1\": expected a numeric ISO 4217 code of up to three "
                              "digits such as 978 or 203")
                           .arg(inputExcerpt(digits)) };
    }
    const int index = kNumericIndex.slot[size_t(value)];
    if (index < 0) {
        return Error {
            Tr::tr("currency \"%1\": unknown numeric ISO 4217 code").arg(inputExcerpt(digits))
        };
    }
    const CurrencyInfo &info = kCurrencies[index];
    return Currency(info.code, info.minorDigits);
}

QString Currency::code() const
{
    return isValid() ? QString(codeView()) : QString();
}

QLatin1StringView Currency::codeView() const
{
    return isValid() ? QLatin1StringView(m_code, 3) : QLatin1StringView();
}

int Currency::numericCode() const
{
    const auto *end = std::end(kCurrencies);
    const auto *it = std::lower_bound(
        std::begin(kCurrencies), end, m_code,
        [](const CurrencyInfo &info, const char *key) { return compareCodes(info.code, key) < 0; });
    return isValid() && it != end && compareCodes(it->code, m_code) == 0 ? it->numeric : 0;
}

} // namespace Saldo
