// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Saldo {

/// Internal helpers shared by Iban and CreditorReference (both use ISO 7064 MOD 97-10 over an
/// upper-case alphanumeric text). Not part of the public money API.
namespace IbanUtil {

/// Longest text either type accepts (IBAN: 34). Normalising stops there, so hostile input costs
/// no more than this.
constexpr int kMaxChars = 34;

inline constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

/// Text without spaces, upper case, in a fixed buffer (no allocation).
struct Normalized
{
    char chars[kMaxChars];
    int size = 0;
};

/// Drops spaces (also no-break) and upper-cases letters; an error (without the value, the caller
/// names it) for any other character or for more than `maxChars` characters.
std::optional<Error> normalize(QStringView text, Normalized &out, int maxChars = kMaxChars);

/// ISO 7064 MOD 97-10 of the text with its first four characters moved to the end and letters
/// expanded to two digits (A = 10 ... Z = 35). A valid IBAN or RF reference gives 1.
int mod97Rotated(const char *chars, int size);

/// The text in groups of four separated by spaces ("SK31 1200 ...").
QString grouped(const QString &text);

/// A Czech/Slovak local account number, zero-filled to its IBAN fields.
struct CzSkParts
{
    char prefix[6];
    char number[10];
    char bank[4];
};

/// Parses "[prefix-]number/bank", checking the lengths and the weighted mod-11 checks of prefix
/// and number. The error names the account text.
std::optional<Error> parseCzSkAccount(QStringView text, CzSkParts &out);

/// Whether zero-filled parts are digits, the number has two significant digits or more and
/// prefix and number pass the mod-11 check: what parseCzSkAccount() checks of a text.
bool isValidCzSkParts(const CzSkParts &parts);

} // namespace IbanUtil

} // namespace Saldo
