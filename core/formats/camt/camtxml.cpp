// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtxml.h"
#include "util/tr.h"

#include <limits>

namespace Saldo {

namespace {

/// Long values are cut in messages so that a hostile file cannot make them huge.
QString shown(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    if (text.size() <= maxShown)
        return text.toString();
    return text.left(maxShown).toString() + QStringLiteral("…");
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitsValue(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

/// Whether QString::trimmed() would return `text` as it is (most values have no spaces).
bool isTrimmed(QStringView text)
{
    return !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
}

/// Whether QString::simplified() would return `text` as it is: its only white space is
/// single ' ' between words.
bool isSimplified(QStringView text)
{
    bool afterSpace = true; // so that a leading space counts as a change
    for (const QChar c : text) {
        const bool printableAscii = c.unicode() > u' ' && c.unicode() < 0x7F;
        if (printableAscii || !c.isSpace()) {
            afterSpace = false;
            continue;
        }
        if (afterSpace || c != u' ')
            return false;
        afterSpace = true;
    }
    return !afterSpace; // false for a trailing space and for an empty text
}

} // namespace

std::optional<qint64> parseXmlDecimal(QStringView text, int minorDigits)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    int digits = 0;
    auto addDigit = [&](int digit) {
        if (value > (max - digit) / 10)
            return false;
        value = value * 10 + digit;
        return true;
    };
    for (; i < text.size() && isDigit(text[i]); ++i, ++digits) {
        if (!addDigit(text[i].unicode() - u'0'))
            return std::nullopt;
    }
    int decimals = 0;
    if (i < text.size() && text[i] == u'.') {
        for (++i; i < text.size() && isDigit(text[i]); ++i, ++digits) {
            const int digit = text[i].unicode() - u'0';
            if (decimals < minorDigits) {
                if (!addDigit(digit))
                    return std::nullopt;
                ++decimals;
            } else if (digit != 0) {
                return std::nullopt; // more precision than the currency has: never round money
            }
        }
    }
    if (i != text.size() || digits == 0)
        return std::nullopt;
    for (; decimals < minorDigits; ++decimals) {
        if (!addDigit(0))
            return std::nullopt;
    }
    return negative ? -value : value;
}

QDate parseIsoDatePart(QStringView text)
{
    // After the date: nothing, a time ("T10:30:00+01:00") or an xs:date zone ("Z", "+02:00").
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    if (text.size() > 10 && text[10] != u'T' && text[10] != u'Z' && text[10] != u'+'
        && text[10] != u'-')
        return {};
    const int year = digitsValue(text, 0, 4);
    const int month = digitsValue(text, 5, 2);
    const int day = digitsValue(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2023-02-30
}

CamtXml::CamtXml(XmlScanner &reader, const QString &fileName)
    : m_reader(reader)
    , m_fileName(fileName)
{ }

QString CamtXml::text()
{
    // The checks spare trimmed() and simplified() their copy when there is nothing to do.
    QString text = m_reader.readElementText();
    return isTrimmed(text) ? text : std::move(text).trimmed();
}

QString CamtXml::prose()
{
    QString text = m_reader.readElementText();
    return isSimplified(text) ? text : std::move(text).simplified();
}

QStringView CamtXml::valueText(ValueText &storage)
{
    const std::optional<QByteArrayView> plain
        = m_reader.readPlainAsciiText(qsizetype(storage.chars.size()));
    if (!plain) {
        storage.string = text();
        return storage.string;
    }
    // ASCII reads the same in every encoding the scanner takes: the bytes are the characters.
    std::copy(plain->begin(), plain->end(), storage.chars.begin());
    QStringView value(storage.chars.data(), plain->size());
    while (!value.isEmpty() && value.front().isSpace())
        value = value.sliced(1);
    while (!value.isEmpty() && value.back().isSpace())
        value.chop(1);
    return value;
}

std::optional<Currency> CamtXml::currency(QStringView code, QStringView field)
{
    const Result<Currency> parsed = Currency::fromCode(code);
    if (!parsed) {
        fail(field, Tr::tr("currency code expected, found '%1'").arg(shown(code)));
        return std::nullopt;
    }
    return *parsed;
}

std::optional<Currency> CamtXml::currencyOfAttribute(QStringView field, Currency fallback)
{
    const QByteArrayView code = m_reader.attribute("Ccy");
    if (code.isEmpty()) {
        if (!fallback.isValid())
            fail(field, Tr::tr("the amount has no currency (attribute Ccy)"));
        return fallback.isValid() ? std::optional<Currency>(fallback) : std::nullopt;
    }
    if (code == m_lastCurrencyCode && m_lastCurrency.isValid())
        return m_lastCurrency;
    const std::optional<Currency> parsed = currency(QString::fromUtf8(code), field);
    if (parsed) {
        m_lastCurrencyCode = code.toByteArray();
        m_lastCurrency = *parsed;
    }
    return parsed;
}

std::optional<Money> CamtXml::amount(QStringView field, Currency fallback)
{
    const std::optional<Currency> found = currencyOfAttribute(field, fallback);
    if (!found)
        return std::nullopt;
    const Currency currency = *found;
    ValueText storage;
    const QStringView value = valueText(storage);
    const std::optional<qint64> minor = parseXmlDecimal(value, currency.minorDigits());
    if (!minor) {
        fail(field,
             Tr::tr("amount expected (like 1234.50, at most %1 decimals), found '%2'")
                 .arg(currency.minorDigits())
                 .arg(shown(value)));
        return std::nullopt;
    }
    return Money(*minor, currency);
}

QDate CamtXml::date(QStringView field)
{
    ValueText storage;
    const QStringView value = valueText(storage);
    const QDate parsed = parseIsoDatePart(value);
    if (!parsed.isValid())
        fail(field, Tr::tr("date expected (YYYY-MM-DD), found '%1'").arg(shown(value)));
    return parsed;
}

QDate CamtXml::dateChoice(QStringView field)
{
    QDate result;
    while (nextChild()) {
        if (is("Dt") || is("DtTm"))
            result = date(field);
        else
            skip();
    }
    return result;
}

std::optional<bool> CamtXml::creditIndicator(QStringView field)
{
    ValueText storage;
    const QStringView value = valueText(storage);
    if (value == u"CRDT")
        return true;
    if (value == u"DBIT")
        return false;
    fail(field, Tr::tr("CRDT or DBIT expected, found '%1'").arg(shown(value)));
    return std::nullopt;
}

void CamtXml::fail(QStringView field, const QString &message)
{
    if (failed())
        return;
    m_error = ReadError { m_fileName, m_reader.lineNumber(), -1, field.toString(), message };
    m_reader.raiseError(message);
}

std::optional<ReadError> CamtXml::error() const
{
    if (m_error)
        return m_error;
    if (!m_reader.hasError())
        return std::nullopt;
    return ReadError { m_fileName,
                       m_reader.lineNumber(),
                       -1,
                       {},
                       Tr::tr("malformed XML: %1").arg(m_reader.errorString()) };
}

} // namespace Saldo
