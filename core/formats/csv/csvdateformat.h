// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Saldo {

/// A date layout of a bank's CSV such as "DD.MM.YYYY", "YYYY/MM/DD" or "YYYYMMDD": YYYY, YY,
/// MM (or M), DD (or D) and literal characters. Day and month take one or two digits when a
/// separator follows them; a time after the date ("08.06.2026 14:23") is ignored.
class CsvDateFormat
{
public:
    CsvDateFormat() = default;
    /// Nullopt when the pattern lacks a year, month or day or has an unknown letter.
    static std::optional<CsvDateFormat> fromPattern(const QString &pattern);

    /// The date, or an invalid QDate when the text does not fit the pattern, is not a date of
    /// the calendar, or lies outside 1900-2100 (anonymised exports write "1111/11/11").
    QDate parse(QStringView text) const;
    const QString &pattern() const { return m_pattern; }

private:
    enum class Part { Year4, Year2, Month, Day, Literal };
    struct Token
    {
        Part part;
        QChar literal;
    };
    QString m_pattern;
    QList<Token> m_tokens;
};

} // namespace Saldo
