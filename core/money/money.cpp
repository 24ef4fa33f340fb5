// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/money.h"

#include "money/inputexcerpt.h"
#include "util/tr.h"
#include "util/trimmed.h"

#include <limits>

namespace Saldo {

namespace {

constexpr quint64 kMaxMagnitude = quint64(std::numeric_limits<qint64>::max());

// Characters that may separate groups of thousands besides '.' and ','. No-break and thin spaces
// come from spreadsheets and locale-aware printing; apostrophes from Swiss formats.
constexpr bool isSpaceGroupSeparator(char16_t c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\''
        || c == u'\u2019';
}

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isTrimmable(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\u00A0' || c == u'\u202F'
        || c == u'\u2009';
}

QStringView trimmedAmountText(QStringView text)
{
    return trimmedBy(text, isTrimmable);
}

// The separator-class of a character inside the integer part, so that mixed grouping ("1.234 567",
// likely two numbers run together) can be refused.
constexpr int separatorClass(char16_t c)
{
    return isSpaceGroupSeparator(c) ? 1 : c; // '.' and ',' stand for themselves
}

/// What one pass over the amount found; enough to decide which character is the decimal point.
struct Shape
{
    int dots = 0;
    int commas = 0;
    qsizetype lastDot = -1;
    qsizetype lastComma = -1;
    bool spaceGroups = false;
    bool anyDigit = false;
    qsizetype badIndex = -1;
};

Shape scan(QStringView body)
{
    Shape s;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char16_t c = body[i].unicode();
        if (isDigit(c)) {
            s.anyDigit = true;
        } else if (c == u'.') {
            ++s.dots;
            s.lastDot = i;
        } else if (c == u',') {
            ++s.commas;
            s.lastComma = i;
        } else if (isSpaceGroupSeparator(c)) {
            s.spaceGroups = true;
        } else {
            s.badIndex = i;
            return s;
        }
    }
    return s;
}

class AmountParser
{
public:
    AmountParser(QStringView original, Currency currency)
        : m_original(original)
        , m_currency(currency)
    { }

    Result<Money> run();

private:
    Error error(const QString &what) const
    {
        return Error { Tr::tr("amount \"%1\": %2").arg(inputExcerpt(m_original), what) };
    }
    // Finds the decimal point: its index in body, -1 for none, or an error.
    std::optional<Error> findDecimalPoint(QStringView body, const Shape &s, qsizetype &point) const;
    std::optional<Error> readInteger(QStringView part, quint64 &value) const;
    std::optional<Error> readFraction(QStringView part, quint64 &value) const;

    QStringView m_original;
    Currency m_currency;
};

std::optional<Error> AmountParser::findDecimalPoint(QStringView body, const Shape &s,
                                                    qsizetype &point) const
{
    point = -1;
    if (s.dots > 0 && s.commas > 0) {
        // Both present: the last one is the decimal point, the other groups thousands.
        const bool dotIsPoint = s.lastDot > s.lastComma;
        if ((dotIsPoint ? s.dots : s.commas) > 1) {
            return error(Tr::tr("\"%1\" appears both as a thousands separator and as the decimal "
                                "point")
                             .arg(dotIsPoint ? QLatin1Char('.') : QLatin1Char(',')));
        }
        point = dotIsPoint ? s.lastDot : s.lastComma;
        return std::nullopt;
    }
    const int count = s.dots + s.commas;
    if (count != 1)
        return std::nullopt; // none, or a repeated thousands separator ("1.234.567")
    const qsizetype at = s.dots ? s.lastDot : s.lastComma;
    const qsizetype after = body.size() - at - 1;
    // "1,234": a thousands separator or three decimals? Only a 1-3 digit head without a leading
    // zero, and no other grouping, makes the thousands reading possible.
    const QStringView head = body.left(at);
    const bool couldGroup
        = after == 3 && !s.spaceGroups && !head.isEmpty() && head.size() <= 3 && head[0] != u'0';
    if (couldGroup && m_currency.minorDigits() < 3) {
        return error(Tr::tr("ambiguous: \"%1\" followed by three digits is a thousands "
                            "separator, or a decimal point with too many decimals (%2 has %3); "
                            "write the amount without thousands separators or with %3 decimals")
                         .arg(body[at])
                         .arg(m_currency.code())
                         .arg(m_currency.minorDigits()));
    }
    point = at;
    return std::nullopt;
}

std::optional<Error> AmountParser::readInteger(QStringView part, quint64 &value) const
{
    value = 0;
    int groupDigits = 0; // digits since the last separator
    int separators = 0;
    int sepClass = 0;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char16_t c = part[i].unicode();
        if (isDigit(c)) {
            ++groupDigits;
            if (value > (kMaxMagnitude - quint64(c - u'0')) / 10)
                return error(Tr::tr("too large"));
            value = value * 10 + quint64(c - u'0');
            continue;
        }
        // A separator: it must follow a complete group and use the same kind as the others.
        const bool firstGroupOk = separators == 0 && groupDigits >= 1 && groupDigits <= 3;
        const bool laterGroupOk = separators > 0 && groupDigits == 3;
        if (!firstGroupOk && !laterGroupOk) {
            return error(Tr::tr("misplaced thousands separator (groups of three digits expected)"));
        }
        if (separators > 0 && separatorClass(c) != sepClass)
            return error(Tr::tr("mixed thousands separators"));
        sepClass = separatorClass(c);
        ++separators;
        groupDigits = 0;
    }
    if (separators > 0 && groupDigits != 3) {
        return error(Tr::tr("misplaced thousands separator (groups of three digits expected)"));
    }
    return std::nullopt;
}

std::optional<Error> AmountParser::readFraction(QStringView part, quint64 &value) const
{
    const int digits = m_currency.minorDigits();
    value = 0;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char16_t c = part[i].unicode();
        if (!isDigit(c))
            return error(Tr::tr("unexpected \"%1\" after the decimal point").arg(part[i]));
        if (i >= digits && c != u'0') {
            return error(Tr::tr("too many decimals: %1 has %2, the amount has %3")
                             .arg(m_currency.code())
                             .arg(digits)
                             .arg(part.size()));
        }
        if (i < digits)
            value = value * 10 + quint64(c - u'0');
    }
    for (qsizetype i = part.size(); i < digits; ++i)
        value *= 10;
    return std::nullopt;
}

Result<Money> AmountParser::run()
{
    if (!m_currency.isValid())
        return error(Tr::tr("no currency given"));
    QStringView body = trimmedAmountText(m_original);
    if (body.isEmpty())
        return Error { Tr::tr("amount is empty") };
    bool negative = false;
    const char16_t first = body[0].unicode();
    if (first == u'-' || first == u'+' || first == u'\u2212') {
        negative = first != u'+';
        body = trimmedAmountText(body.mid(1));
    }
    const Shape shape = scan(body);
    if (shape.badIndex >= 0) {
        return error(Tr::tr("unexpected \"%1\"; expected digits, a decimal point and thousands "
                            "separators")
                         .arg(body[shape.badIndex]));
    }
    if (!shape.anyDigit)
        return error(Tr::tr("no digits"));
    qsizetype point = -1;
    if (auto e = findDecimalPoint(body, shape, point))
        return *e;
    quint64 whole = 0;
    quint64 fraction = 0;
    if (auto e = readInteger(point < 0 ? body : body.left(point), whole))
        return *e;
    if (point >= 0) {
        if (auto e = readFraction(body.mid(point + 1), fraction))
            return *e;
    } else if (auto e = readFraction({}, fraction)) {
        return *e;
    }
    quint64 scale = 1;
    for (int i = 0; i < m_currency.minorDigits(); ++i)
        scale *= 10;
    quint64 minor = 0;
    if (__builtin_mul_overflow(whole, scale, &minor)
        || __builtin_add_overflow(minor, fraction, &minor) || minor > kMaxMagnitude) {
        return error(Tr::tr("too large"));
    }
    // "-0.00" is zero: there is no negative zero in integers.
    return Money(negative ? -qint64(minor) : qint64(minor), m_currency);
}

// A zero amount without a currency (a default-constructed Money, e.g. a running total) adopts the
// other operand's currency, so "Money total; total += x;" works.
bool compatible(const Money &a, const Money &b)
{
    return a.currency() == b.currency() || (!a.currency().isValid() && a.isZero())
        || (!b.currency().isValid() && b.isZero());
}

Currency commonCurrency(const Money &a, const Money &b)
{
    return a.currency().isValid() ? a.currency() : b.currency();
}

} // namespace

Result<Money> Money::parse(QStringView text, Currency currency)
{
    return AmountParser(text, currency).run();
}

QString Money::toString() const
{
    // Built in a stack buffer: this runs for every line of JSON output.
    char buffer[MaxChars];
    char *const end = buffer + sizeof buffer;
    const char *const start = writeBefore(end);
    return QString::fromLatin1(start, end - start);
}

char *Money::writeBefore(char *end) const
{
    char *p = end;
    quint64 magnitude = m_minor < 0 ? 0 - quint64(m_minor) : quint64(m_minor);
    const int digits = m_currency.minorDigits();
    for (int i = 0; i < digits; ++i) {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (digits > 0)
        *--p = '.';
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (m_minor < 0)
        *--p = '-';
    return p;
}

std::optional<Money> Money::checkedAdd(const Money &other) const
{
    qint64 sum = 0;
    if (!compatible(*this, other) || __builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, commonCurrency(*this, other));
}

std::optional<Money> Money::checkedSubtract(const Money &other) const
{
    qint64 difference = 0;
    if (!compatible(*this, other) || __builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return std::nullopt;
    return Money(difference, commonCurrency(*this, other));
}

Money Money::operator+(const Money &o) const
{
    Q_ASSERT_X(compatible(*this, o), "Money::operator+", "currencies differ");
    const std::optional<Money> sum = checkedAdd(o);
    Q_ASSERT_X(sum, "Money::operator+", "overflow");
    return sum ? *sum : Money(m_minor, m_currency);
}

Money Money::operator-(const Money &o) const
{
    Q_ASSERT_X(compatible(*this, o), "Money::operator-", "currencies differ");
    const std::optional<Money> difference = checkedSubtract(o);
    Q_ASSERT_X(difference, "Money::operator-", "overflow");
    return difference ? *difference : Money(m_minor, m_currency);
}

bool operator<(const Money &a, const Money &b)
{
    Q_ASSERT_X(compatible(a, b), "Money::operator<", "currencies differ");
    return a.m_minor < b.m_minor;
}

} // namespace Saldo
