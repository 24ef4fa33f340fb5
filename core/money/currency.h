// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace Saldo {

/// An ISO 4217 currency: its three-letter code and how many minor digits it has
/// (EUR 2, CZK 2, BGN 2, NOK 2, HUF 2, JPY 0, KWD 3 ...). A value type, cheap to copy.
/// A default-constructed Currency is invalid (no code).
class Currency
{
public:
    Currency() = default;

    /// Parses an ISO 4217 alphabetic code (case-insensitive, surrounding spaces ignored).
    /// Codes outside the built-in table but of three letters are accepted with 2 minor digits,
    /// because banks use codes (XXX, new currencies) the table may not know.
    static Result<Currency> fromCode(QStringView code);
    /// Looks up an ISO 4217 numeric code ("978" for EUR, "203" for CZK); as used by ABO/GPC.
    static Result<Currency> fromNumericCode(QStringView digits);

    bool isValid() const { return m_code[0] != 0; }
    /// The alphabetic code ("EUR"); empty for an invalid Currency.
    QString code() const;
    /// The same without allocating, for hot output paths (JSON writers).
    QLatin1StringView codeView() const;
    /// The ISO 4217 numeric code (978 for EUR); 0 when the table does not know the currency.
    int numericCode() const;
    int minorDigits() const { return m_minorDigits; }

    friend bool operator==(const Currency &a, const Currency &b)
    {
        return a.m_code[0] == b.m_code[0] && a.m_code[1] == b.m_code[1]
            && a.m_code[2] == b.m_code[2];
    }
    friend bool operator!=(const Currency &a, const Currency &b) { return !(a == b); }
    friend size_t qHash(const Currency &c, size_t seed = 0)
    {
        return qHashMulti(seed, c.m_code[0], c.m_code[1], c.m_code[2]);
    }

private:
    Currency(const char code[3], int minorDigits);

    char m_code[3] = { 0, 0, 0 };
    quint8 m_minorDigits = 2;
};

} // namespace Saldo
