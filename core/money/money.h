// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/currency.h"
#include "util/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Saldo {

/// An amount of money: a signed 64-bit count of the currency's minor units (cents) plus the
/// currency. Never floating point. Arithmetic between different currencies is a programming
/// error (asserted); use checked*() where overflow or mixed currencies can come from input.
class Money
{
public:
    Money() = default; ///< zero, invalid currency
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    { }

    /// Parses a human or machine amount in `currency`:
    /// "1234.50", "1 234,50", "1.234,50", "1,234.50", "-12", "+12,5", "12.", "1234,50 EUR"
    /// is NOT accepted (no currency text), nor is "12.345" for a 2-digit currency (too many
    /// decimals: the error says so), nor an empty string or an overflow.
    /// Grouping separators: space, no-break space, apostrophe, and '.' or ',' when the other is
    /// the decimal separator. A single '.' or ',' followed by exactly three digits is ambiguous
    /// ("1,234") and is taken as a decimal separator only when that fits the minor digits;
    /// otherwise it is an error.
    /// Decimals beyond the currency's minor digits are accepted only when they are zeros and the
    /// text is not ambiguous ("12.5000" is 12.50 EUR; "12.500" is an error). Signs: leading '-',
    /// '+' or U+2212; "-0" is zero. Magnitudes above INT64_MAX minor units are an overflow error.
    /// An invalid (default) currency is an error: the minor digits would be unknown.
    static Result<Money> parse(QStringView text, Currency currency);

    qint64 minorUnits() const { return m_minor; }
    Currency currency() const { return m_currency; }

    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }
    Money abs() const { return Money(m_minor < 0 ? -m_minor : m_minor, m_currency); }

    /// Plain decimal with a dot and exactly the currency's minor digits: "1234.50", "-12.00",
    /// "1500" for JPY. This is the form of every amount in saldo-cli's JSON.
    QString toString() const;
    /// Room toString()'s characters need at most.
    static constexpr qsizetype MaxChars = 32;
    /// Writes toString()'s characters (ASCII) so that they end at `end`, with MaxChars bytes
    /// of room before it; returns where they start. For output written a line at a time.
    char *writeBefore(char *end) const;

    /// Sum and difference that report overflow or a currency mismatch instead of asserting.
    /// A zero Money without a currency (default-constructed, e.g. a running total) is compatible
    /// with every currency and the result takes the other operand's currency; the operators and
    /// comparisons below follow the same rule.
    std::optional<Money> checkedAdd(const Money &other) const;
    std::optional<Money> checkedSubtract(const Money &other) const;

    Money operator-() const { return Money(-m_minor, m_currency); }
    Money operator+(const Money &o) const;
    Money operator-(const Money &o) const;
    Money &operator+=(const Money &o) { return *this = *this + o; }
    Money &operator-=(const Money &o) { return *this = *this - o; }

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
    /// Ordering is defined only within one currency (asserted).
    friend bool operator<(const Money &a, const Money &b);
    friend bool operator>(const Money &a, const Money &b) { return b < a; }
    friend bool operator<=(const Money &a, const Money &b) { return !(b < a); }
    friend bool operator>=(const Money &a, const Money &b) { return !(a < b); }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace Saldo
