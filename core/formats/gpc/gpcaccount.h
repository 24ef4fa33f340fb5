// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

namespace Saldo {

/// A Czech/Slovak account number as a GPC record carries it: 16 digits, prefix (6) + number
/// (10), either in that plain ("edition") order or in the permuted "internal" order of
/// Komerční banka and a few others. Which order a field uses is told by the national mod-11
/// check: an account number is valid in only one of the two orders (almost always).
class GpcAccount
{
public:
    enum class Order { Plain, Internal };

    /// Plain order when the field passes the mod-11 check as written, internal order when only
    /// the permuted digits do, `tieBreak` when both or neither do.
    static Order detectOrder(QByteArrayView digits16, Order tieBreak);
    /// True when the field read in `order` passes the check on prefix and number.
    static bool passesCheck(QByteArrayView digits16, Order order);

    /// Reads the field (16 ASCII digits) in `order`; anything but 16 digits gives an invalid
    /// account.
    static GpcAccount fromField(QByteArrayView digits16, Order order);
    /// fromField() in the order detectOrder() tells, the digits looked at once: what a GPC
    /// reader does with every field.
    static GpcAccount fromFieldInDetectedOrder(QByteArrayView digits16, Order tieBreak);

    /// The order the digits were read in (for an invalid field, the order asked for).
    Order order() const { return m_order; }

    bool isValid() const { return m_valid; }
    /// All sixteen digits are zero: the field is empty (no counter account).
    bool isZero() const;
    /// The prefix and number pass the CZ/SK weighted mod-11 check.
    bool passesCheck() const { return m_valid && m_passesCheck; }

    /// "19-2000145399" or "2000145399" (no leading zeros), with "/0800" when `bankCode` is
    /// given and not "0000".
    QString localForm(QLatin1StringView bankCode = {}) const;

    /// The six digits of the prefix and the ten of the number, zero-filled (not terminated).
    const char *prefixDigits() const { return m_digits; }
    const char *numberDigits() const { return m_digits + 6; }

private:
    char m_digits[16] = {};
    bool m_valid = false;
    bool m_passesCheck = false; ///< worked out when the digits are read
    Order m_order = Order::Plain;
};

} // namespace Saldo
