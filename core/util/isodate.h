// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <array>
#include <optional>

namespace Saldo {

/// `date` as "2026-01-05", the way QDate::toString(Qt::ISODate) writes it, without its
/// printf-style formatter (the readers' listings write two dates for every statement line).
/// nullopt for an invalid date or a year outside 1..9999: leave those to QDate.
inline std::optional<std::array<char, 10>> isoDateChars(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    if (date.isValid())
        date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return std::nullopt;
    return std::array<char, 10> {
        char('0' + year / 1000),
        char('0' + year / 100 % 10),
        char('0' + year / 10 % 10),
        char('0' + year % 10),
        '-',
        char('0' + month / 10),
        char('0' + month % 10),
        '-',
        char('0' + day / 10),
        char('0' + day % 10),
    };
}

/// isoDateChars() of the date asked for last, remembered: the lines of a statement mostly
/// share their dates, and a date's parts cost a calendar conversion each time.
class LastIsoDate
{
public:
    const std::optional<std::array<char, 10>> &of(const QDate &date)
    {
        if (!m_known || date != m_date) {
            m_chars = isoDateChars(date);
            m_date = date;
            m_known = true;
        }
        return m_chars;
    }

private:
    QDate m_date;
    bool m_known = false;
    std::optional<std::array<char, 10>> m_chars;
};

} // namespace Saldo
