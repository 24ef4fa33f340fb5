// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

namespace Saldo {

namespace IbanUtil {
struct CzSkParts;
}

/// A validated International Bank Account Number. Only parse() and the converters make one, so
/// every non-null Iban has the right length for its country and passes the mod-97 check.
/// Stored in electronic form (upper case, no spaces). A default-constructed Iban is null:
/// "no IBAN", which is different from an invalid one (that never exists as a value).
class Iban
{
public:
    Iban() = default;

    /// Accepts print form ("SK31 1200 ..."), lower case, and the "IBAN " prefix. Errors say what
    /// is wrong: unknown country, wrong length for the country (with both lengths), bad
    /// characters, failed check digits.
    static Result<Iban> parse(QStringView text);

    /// `text` when it is an IBAN in electronic form already (upper case, no spaces, no "IBAN"
    /// prefix), else null; no error is built. A cheap first try for readers that meet the same
    /// form on every line: what it refuses, parse() may still accept.
    static Iban fromElectronic(QStringView text);

    /// Czech or Slovak local account number "[prefix-]number/bank" (e.g. "19-2000145399/0800",
    /// "2000145399/0800", with or without leading zeros) to an IBAN of `countryCode` "CZ" or
    /// "SK". The prefix and number each pass the national weighted mod-11 check.
    static Result<Iban> fromCzSkAccount(QStringView countryCode, QStringView localAccount);

    /// The same from an account already in its zero-filled parts (`prefix` six ASCII digits,
    /// `number` ten, `bank` four, as ABO/GPC records carry them) and `countryCode` "CZ" or
    /// "SK": no text to parse. Null when a part is not digits, the number has fewer than two
    /// significant digits or a part fails the mod-11 check.
    static Iban fromCzSkDigits(QLatin1StringView countryCode, const char *prefix,
                               const char *number, const char *bank);

    bool isNull() const { return m_text.isEmpty(); }
    QString countryCode() const { return m_text.left(2); }
    /// Electronic form: "SK3112000000198742637541".
    const QString &toString() const { return m_text; }
    /// Print form in groups of four: "SK31 1200 0000 1987 4263 7541".
    QString toGroupedString() const;

    /// For CZ and SK IBANs, the local form "prefix-number/bank" without leading zeros
    /// ("19-2000145399/0800", "2000145399/0800"); nullopt for other countries.
    std::optional<QString> toCzSkAccount() const;

    friend bool operator==(const Iban &a, const Iban &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const Iban &a, const Iban &b) { return a.m_text != b.m_text; }
    friend bool operator<(const Iban &a, const Iban &b) { return a.m_text < b.m_text; }
    friend size_t qHash(const Iban &iban, size_t seed = 0) { return qHash(iban.m_text, seed); }

private:
    /// The IBAN of checked CZ/SK parts.
    static Iban czSkIban(bool cz, const IbanUtil::CzSkParts &parts);

    explicit Iban(QString electronic)
        : m_text(std::move(electronic))
    { }
    QString m_text;
};

} // namespace Saldo
