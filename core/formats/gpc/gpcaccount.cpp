// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcaccount.h"

#include <algorithm>
#include <array>

namespace Saldo {

namespace {

// Where each plain-order digit N1..N16 stands in the internal order: the internal field reads
// N16 N14 N15 N12 N7 N8 N9 N10 N11 N13 N1 N2 N3 N4 N5 N6 (KB's "vnitřní formát").
constexpr std::array<int, 16> internalPositionOfPlainDigit { 10, 11, 12, 13, 14, 15, 4, 5,
                                                             6,  7,  8,  3,  9,  1,  2, 0 };

constexpr std::array<int, 6> prefixWeights { 10, 5, 8, 4, 2, 1 };
constexpr std::array<int, 10> numberWeights { 6, 3, 7, 9, 10, 5, 8, 4, 2, 1 };

bool allDigits(QByteArrayView field)
{
    return std::all_of(field.begin(), field.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The national check on plain-order digits: prefix and number each weighted sum ≡ 0 (mod 11),
/// and the number is not zero.
bool plainDigitsPass(const char *digits)
{
    int prefixSum = 0, numberSum = 0;
    bool numberNonZero = false;
    for (int i = 0; i < 6; ++i)
        prefixSum += (digits[i] - '0') * prefixWeights[i];
    for (int i = 0; i < 10; ++i) {
        numberSum += (digits[6 + i] - '0') * numberWeights[i];
        numberNonZero = numberNonZero || digits[6 + i] != '0';
    }
    return numberNonZero && prefixSum % 11 == 0 && numberSum % 11 == 0;
}

void toPlain(QByteArrayView field, GpcAccount::Order order, char *out)
{
    for (int i = 0; i < 16; ++i)
        out[i]
            = order == GpcAccount::Order::Plain ? field[i] : field[internalPositionOfPlainDigit[i]];
}

QLatin1StringView withoutLeadingZeros(const char *digits, int length)
{
    int start = 0;
    while (start < length - 1 && digits[start] == '0')
        ++start;
    return QLatin1StringView(digits + start, length - start);
}

} // namespace

bool GpcAccount::passesCheck(QByteArrayView digits16, Order order)
{
    if (digits16.size() != 16 || !allDigits(digits16))
        return false;
    char plain[16];
    toPlain(digits16, order, plain);
    return plainDigitsPass(plain);
}

GpcAccount::Order GpcAccount::detectOrder(QByteArrayView digits16, Order tieBreak)
{
    const bool plain = passesCheck(digits16, Order::Plain);
    const bool internal = passesCheck(digits16, Order::Internal);
    if (plain != internal)
        return plain ? Order::Plain : Order::Internal;
    return tieBreak;
}

GpcAccount GpcAccount::fromField(QByteArrayView digits16, Order order)
{
    GpcAccount account;
    if (digits16.size() != 16 || !allDigits(digits16))
        return account;
    toPlain(digits16, order, account.m_digits);
    account.m_valid = true;
    return account;
}

bool GpcAccount::isZero() const
{
    return std::all_of(std::begin(m_digits), std::end(m_digits), [](char c) { return c == '0'; });
}

bool GpcAccount::passesCheck() const
{
    return m_valid && plainDigitsPass(m_digits);
}

QString GpcAccount::localForm(QLatin1StringView bankCode) const
{
    if (!m_valid)
        return {};
    QString text;
    text.reserve(24);
    if (std::any_of(m_digits, m_digits + 6, [](char c) { return c != '0'; })) {
        text += withoutLeadingZeros(m_digits, 6);
        text += QLatin1Char('-');
    }
    text += withoutLeadingZeros(m_digits + 6, 10);
    if (!bankCode.isEmpty() && bankCode != QLatin1StringView("0000")) {
        text += QLatin1Char('/');
        text += bankCode;
    }
    return text;
}

} // namespace Saldo
