// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace Saldo {

/// Czech/Slovak payment symbols: digits only. A symbol's value is its number: leading zeros do
/// not make a different symbol ("0012345" == "12345"), so the canonical text has none.
/// Limits: variable symbol (VS) up to 10 digits, constant symbol (KS) up to 4, specific symbol
/// (SS) up to 10. A default-constructed symbol is empty ("none").
template<int MaxDigits, typename Tag>
class PaymentSymbol
{
public:
    static constexpr int maxDigits = MaxDigits;

    PaymentSymbol() = default;
    /// Spaces around are ignored; anything but digits, an empty value or too many significant
    /// digits is an error that names the symbol (Tag::name()) and the limit.
    static Result<PaymentSymbol> parse(QStringView text);
    /// The symbol whose digits are `value`'s (as fixed-width digit fields give it, e.g. GPC);
    /// empty when `value` has more than MaxDigits digits.
    static PaymentSymbol fromNumber(quint64 value);
    /// The symbol `digits` spell, as parse() gives it, without an error text: empty unless
    /// `digits` are one or more ASCII digits with at most MaxDigits significant ones. For
    /// readers, which look at every line of a file and have nothing to report.
    static PaymentSymbol fromDigits(QStringView digits);

    bool isEmpty() const { return m_digits.isEmpty(); }
    /// Canonical digits without leading zeros ("0" for an all-zero symbol).
    const QString &toString() const { return m_digits; }

    friend bool operator==(const PaymentSymbol &a, const PaymentSymbol &b)
    {
        return a.m_digits == b.m_digits;
    }
    friend bool operator!=(const PaymentSymbol &a, const PaymentSymbol &b) { return !(a == b); }
    friend size_t qHash(const PaymentSymbol &s, size_t seed = 0) { return qHash(s.m_digits, seed); }

private:
    /// `digits` without their leading zeros ("0" stays).
    static QStringView significant(QStringView digits);
    explicit PaymentSymbol(QString digits)
        : m_digits(std::move(digits))
    { }
    QString m_digits;
};

struct VariableSymbolTag
{
    static QString name();
};
struct ConstantSymbolTag
{
    static QString name();
};
struct SpecificSymbolTag
{
    static QString name();
};

using VariableSymbol = PaymentSymbol<10, VariableSymbolTag>;
using ConstantSymbol = PaymentSymbol<4, ConstantSymbolTag>;
using SpecificSymbol = PaymentSymbol<10, SpecificSymbolTag>;

extern template class PaymentSymbol<10, VariableSymbolTag>;
extern template class PaymentSymbol<4, ConstantSymbolTag>;
extern template class PaymentSymbol<10, SpecificSymbolTag>;

/// ISO 11649 structured creditor reference ("RF18 5390 0754 7034"): "RF", two check digits,
/// up to 21 alphanumerics; mod-97 over the rearranged text equals 1.
class CreditorReference
{
public:
    CreditorReference() = default;
    /// Accepts print form with spaces and lower case.
    static Result<CreditorReference> parse(QStringView text);
    /// Makes the reference for `base` (1-21 letters/digits): computes the check digits.
    static Result<CreditorReference> create(QStringView base);

    bool isEmpty() const { return m_text.isEmpty(); }
    /// Electronic form "RF18539007547034".
    const QString &toString() const { return m_text; }
    /// Print form in groups of four.
    QString toGroupedString() const;

    friend bool operator==(const CreditorReference &a, const CreditorReference &b)
    {
        return a.m_text == b.m_text;
    }

private:
    explicit CreditorReference(QString text)
        : m_text(std::move(text))
    { }
    QString m_text;
};

/// Norwegian KID (kundeidentifikasjonsnummer): 2-25 digits whose last digit is a MOD10 (Luhn)
/// or MOD11 check digit ('-' stands for MOD11's 10).
class Kid
{
public:
    enum class Algorithm { Mod10, Mod11 };

    Kid() = default;
    /// Valid when the check digit fits either algorithm (banks accept both).
    static Result<Kid> parse(QStringView text);
    /// Appends the check digit of `algorithm` to `base` (1-24 digits). MOD11 bases whose check
    /// would be 10 get '-'.
    static Result<Kid> create(QStringView base, Algorithm algorithm);

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString &toString() const { return m_text; }

    friend bool operator==(const Kid &a, const Kid &b) { return a.m_text == b.m_text; }

private:
    explicit Kid(QString text)
        : m_text(std::move(text))
    { }
    QString m_text;
};

} // namespace Saldo
