// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdateformat.h"

namespace Saldo {

namespace {

constexpr int FirstPlausibleYear = 1900;
constexpr int LastPlausibleYear = 2100;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Reads `minDigits`..`maxDigits` digits at `pos`; -1 when there are fewer.
int readNumber(QStringView text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (digits < maxDigits && pos < text.size() && isDigit(text[pos])) {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    return digits >= minDigits ? value : -1;
}

/// After the date only a time may follow: " 14:23", " 14:23:05", "T14:23:05".
bool isTimeOrNothing(QStringView rest)
{
    if (rest.isEmpty())
        return true;
    if (rest.front() != u' ' && rest.front() != u'T')
        return false;
    for (const QChar c : rest.sliced(1)) {
        if (!isDigit(c) && c != u':' && c != u'.' && c != u' ' && c != u'+' && c != u'-'
            && c != u'Z')
            return false;
    }
    return true;
}

} // namespace

std::optional<CsvDateFormat> CsvDateFormat::fromPattern(const QString &pattern)
{
    CsvDateFormat format;
    format.m_pattern = pattern;
    bool year = false, month = false, day = false;
    for (qsizetype i = 0; i < pattern.size();) {
        const QStringView rest = QStringView(pattern).sliced(i);
        if (rest.startsWith(u"YYYY")) {
            format.m_tokens.append({ Part::Year4, {} });
            year = true;
            i += 4;
        } else if (rest.startsWith(u"YY")) {
            format.m_tokens.append({ Part::Year2, {} });
            year = true;
            i += 2;
        } else if (rest.front() == u'M') {
            format.m_tokens.append({ Part::Month, {} });
            month = true;
            i += rest.startsWith(u"MM") ? 2 : 1;
        } else if (rest.front() == u'D') {
            format.m_tokens.append({ Part::Day, {} });
            day = true;
            i += rest.startsWith(u"DD") ? 2 : 1;
        } else if (rest.front().isLetter()) {
            return std::nullopt;
        } else {
            format.m_tokens.append({ Part::Literal, rest.front() });
            ++i;
        }
    }
    if (!year || !month || !day)
        return std::nullopt;
    return format;
}

QDate CsvDateFormat::parse(QStringView text) const
{
    int year = -1, month = -1, day = -1;
    qsizetype pos = 0;
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens[t];
        // Day and month may drop their leading zero only where a separator marks their end.
        const bool separated = t + 1 < m_tokens.size() && m_tokens[t + 1].part == Part::Literal;
        switch (token.part) {
        case Part::Literal:
            if (pos >= text.size() || text[pos] != token.literal)
                return {};
            ++pos;
            break;
        case Part::Year4:
            year = readNumber(text, pos, 4, 4);
            break;
        case Part::Year2: {
            const int yy = readNumber(text, pos, 2, 2);
            year = yy < 0 ? -1 : (yy < 80 ? 2000 + yy : 1900 + yy);
            break;
        }
        case Part::Month:
            month = readNumber(text, pos, separated ? 1 : 2, 2);
            break;
        case Part::Day:
            day = readNumber(text, pos, separated ? 1 : 2, 2);
            break;
        }
        if ((token.part == Part::Year4 || token.part == Part::Year2) && year < 0)
            return {};
        if ((token.part == Part::Month && month < 0) || (token.part == Part::Day && day < 0))
            return {};
    }
    if (!isTimeOrNothing(text.sliced(pos)) || year < FirstPlausibleYear || year > LastPlausibleYear)
        return {};
    return QDate(year, month, day);
}

} // namespace Saldo
