// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcaccount.h"

#include "formats/gpc/gpcrecord.h"

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

/// The national check's weights by the position of a digit in the field, for one order: the
/// check then reads the field as it is, without putting its digits in plain order first.
/// Every weight is non-zero, so a position belongs to the number when its number weight is.
struct CheckWeights
{
    std::array<int, 16> prefix {};
    std::array<int, 16> number {};
};

constexpr CheckWeights checkWeights(GpcAccount::Order order)
{
    CheckWeights weights;
    for (int plain = 0; plain < 16; ++plain) {
        const int position
            = order == GpcAccount::Order::Plain ? plain : internalPositionOfPlainDigit[plain];
        if (plain < 6)
            weights.prefix[position] = prefixWeights[plain];
        else
            weights.number[position] = numberWeights[plain - 6];
    }
    return weights;
}

constexpr CheckWeights plainOrderWeights = checkWeights(GpcAccount::Order::Plain);
constexpr CheckWeights internalOrderWeights = checkWeights(GpcAccount::Order::Internal);

const CheckWeights &weightsOf(GpcAccount::Order order)
{
    return order == GpcAccount::Order::Plain ? plainOrderWeights : internalOrderWeights;
}

bool sixteenDigits(QByteArrayView field)
{
    return field.size() == 16 && gpcAllDigits(field);
}

/// The national check on 16 digits read with `weights`: prefix and number each weighted sum
/// ≡ 0 (mod 11), and the number is not zero. The weights are positive, so the number's sum
/// is zero exactly when its digits are: one loop of multiply-adds, no test on each digit.
bool digitsPass(const char *digits, const CheckWeights &weights)
{
    int prefixSum = 0, numberSum = 0;
    for (int i = 0; i < 16; ++i) {
        const int digit = digits[i] - '0';
        prefixSum += digit * weights.prefix[i];
        numberSum += digit * weights.number[i];
    }
    return numberSum != 0 && prefixSum % 11 == 0 && numberSum % 11 == 0;
}

/// digitsPass() in both orders, each digit read once (what detecting the order needs).
struct BothOrders
{
    bool plain = false;
    bool internal = false;
};

BothOrders digitsPassInBothOrders(const char *digits)
{
    int plainPrefix = 0, plainNumber = 0, internalPrefix = 0, internalNumber = 0;
    for (int i = 0; i < 16; ++i) {
        const int digit = digits[i] - '0';
        plainPrefix += digit * plainOrderWeights.prefix[i];
        plainNumber += digit * plainOrderWeights.number[i];
        internalPrefix += digit * internalOrderWeights.prefix[i];
        internalNumber += digit * internalOrderWeights.number[i];
    }
    return { plainNumber != 0 && plainPrefix % 11 == 0 && plainNumber % 11 == 0,
             internalNumber != 0 && internalPrefix % 11 == 0 && internalNumber % 11 == 0 };
}

void toPlain(QByteArrayView field, GpcAccount::Order order, char *out)
{
    if (order == GpcAccount::Order::Plain) {
        std::copy_n(field.data(), 16, out);
        return;
    }
    for (int i = 0; i < 16; ++i)
        out[i] = field[internalPositionOfPlainDigit[i]];
}

/// Where the digits start without their leading zeros (the last digit stays).
const char *withoutLeadingZeros(const char *digits, int length)
{
    int start = 0;
    while (start < length - 1 && digits[start] == '0')
        ++start;
    return digits + start;
}

} // namespace

bool GpcAccount::passesCheck(QByteArrayView digits16, Order order)
{
    return sixteenDigits(digits16) && digitsPass(digits16.data(), weightsOf(order));
}

GpcAccount::Order GpcAccount::detectOrder(QByteArrayView digits16, Order tieBreak)
{
    if (!sixteenDigits(digits16))
        return tieBreak; // neither order passes
    const BothOrders passes = digitsPassInBothOrders(digits16.data());
    if (passes.plain != passes.internal)
        return passes.plain ? Order::Plain : Order::Internal;
    return tieBreak;
}

GpcAccount GpcAccount::fromField(QByteArrayView digits16, Order order)
{
    GpcAccount account;
    account.m_order = order;
    if (!sixteenDigits(digits16))
        return account;
    toPlain(digits16, order, account.m_digits);
    account.m_valid = true;
    account.m_passesCheck = digitsPass(account.m_digits, plainOrderWeights);
    return account;
}

GpcAccount GpcAccount::fromFieldInDetectedOrder(QByteArrayView digits16, Order tieBreak)
{
    GpcAccount account;
    account.m_order = tieBreak;
    if (!sixteenDigits(digits16))
        return account;
    const BothOrders passes = digitsPassInBothOrders(digits16.data());
    if (passes.plain != passes.internal)
        account.m_order = passes.plain ? Order::Plain : Order::Internal;
    toPlain(digits16, account.m_order, account.m_digits);
    account.m_valid = true;
    account.m_passesCheck = account.m_order == Order::Plain ? passes.plain : passes.internal;
    return account;
}

bool GpcAccount::isZero() const
{
    return std::all_of(std::begin(m_digits), std::end(m_digits), [](char c) { return c == '0'; });
}

QString GpcAccount::localForm(QLatin1StringView bankCode) const
{
    if (!m_valid)
        return {};
    // Written into a buffer and made a string once: "prefix-number/bank" has at most 6 + 1 +
    // 10 + 1 + 4 characters.
    std::array<char, 32> text;
    char *out = text.data();
    if (std::any_of(m_digits, m_digits + 6, [](char c) { return c != '0'; })) {
        const char *prefix = withoutLeadingZeros(m_digits, 6);
        out = std::copy(prefix, m_digits + 6, out);
        *out++ = '-';
    }
    out = std::copy(withoutLeadingZeros(m_digits + 6, 10), m_digits + 16, out);
    const QLatin1StringView number(text.data(), out - text.data());
    if (bankCode.isEmpty() || bankCode == QLatin1StringView("0000"))
        return number;
    if (bankCode.size() >= text.end() - out) // no bank code is that long; still, no overflow
        return number + QLatin1Char('/') + bankCode;
    *out++ = '/';
    out = std::copy(bankCode.begin(), bankCode.end(), out);
    return QLatin1StringView(text.data(), out - text.data());
}

} // namespace Saldo
