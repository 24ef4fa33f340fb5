// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ofxvalues.h"

#include "util/tr.h"

#include <QList>

#include <array>
#include <limits>

namespace Saldo {

namespace {

/// windows-1252 in 0x80-0x9F; 0 where the code page leaves a byte undefined (kept as Latin-1).
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text = decodeText(bytes, TextEncoding::Latin1);
    for (QChar &c : text) {
        const char16_t code = c.unicode();
        if (code >= 0x80 && code <= 0x9F && Windows1252High[code - 0x80] != 0)
            c = QChar(Windows1252High[code - 0x80]);
    }
    return text;
}

QString resolveReferences(const QString &text)
{
    static const QList<std::pair<QLatin1StringView, QChar>> named = {
        { QLatin1StringView("amp"), u'&' },   { QLatin1StringView("lt"), u'<' },
        { QLatin1StringView("gt"), u'>' },    { QLatin1StringView("quot"), u'"' },
        { QLatin1StringView("apos"), u'\'' }, { QLatin1StringView("nbsp"), QChar(0xA0) },
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype semicolon = text[i] == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 10) {
            out += text[i++];
            continue;
        }
        const QStringView name = QStringView(text).sliced(i + 1, semicolon - i - 1);
        std::optional<char32_t> code;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint value = name.startsWith(u"#x", Qt::CaseInsensitive)
                ? name.sliced(2).toUInt(&ok, 16)
                : name.sliced(1).toUInt(&ok, 10);
            if (ok && value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
                code = value;
        } else {
            for (const auto &[entity, character] : named) {
                if (name == entity)
                    code = character.unicode();
            }
        }
        if (!code) {
            out += text[i++]; // a lone '&' is text (OFX 1.x files often have them)
            continue;
        }
        out += QString::fromUcs4(&*code, 1);
        i = semicolon + 1;
    }
    return out;
}

QByteArray upperTrimmed(QByteArrayView text)
{
    return text.trimmed().toByteArray().toUpper();
}

} // namespace

std::optional<OfxEncoding> ofxEncodingFromName(QByteArrayView givenName)
{
    const QByteArray name = upperTrimmed(givenName);
    if (const std::optional<TextEncoding> known = encodingFromName(QString::fromLatin1(name))) {
        if (*known != TextEncoding::Latin1)
            return OfxEncoding { *known, false };
    }
    // OFX 1.x names Windows code pages by their number alone.
    QByteArray number = name;
    for (const char *prefix : { "WINDOWS-", "CP" }) {
        if (number.startsWith(prefix))
            number = number.sliced(qstrlen(prefix));
    }
    if (number == "1252")
        return OfxEncoding { TextEncoding::Latin1, true };
    if (number == "1250")
        return OfxEncoding { TextEncoding::Windows1250, false };
    if (number == "1251")
        return OfxEncoding { TextEncoding::Windows1251, false };
    if (number == "852")
        return OfxEncoding { TextEncoding::Cp852, false };
    if (name == "UTF-8" || name == "UTF8" || name == "US-ASCII" || name == "USASCII"
        || name == "ASCII")
        return OfxEncoding { TextEncoding::Utf8, false }; // ASCII reads the same in UTF-8
    if (name == "ISO-8859-1" || name == "8859-1" || name == "LATIN1" || name == "ISOLATIN1"
        || name == "ISO8859-1")
        return OfxEncoding { TextEncoding::Latin1, false };
    return std::nullopt;
}

std::optional<OfxEncoding> encodingFromSgmlHeader(QByteArrayView header)
{
    QByteArray encoding, charset;
    for (const QByteArrayView line : header.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = upperTrimmed(line.first(colon));
        if (key == "ENCODING")
            encoding = upperTrimmed(line.sliced(colon + 1));
        else if (key == "CHARSET")
            charset = upperTrimmed(line.sliced(colon + 1));
    }
    if (encoding == "UTF-8" || encoding == "UNICODE")
        return OfxEncoding { TextEncoding::Utf8, false };
    if (!charset.isEmpty() && charset != "NONE")
        return ofxEncodingFromName(charset);
    return std::nullopt;
}

std::optional<OfxEncoding> encodingFromXmlDeclaration(QByteArrayView declaration)
{
    const QByteArray body = declaration.toByteArray();
    const qsizetype key = body.indexOf("encoding");
    if (!body.startsWith("xml") || key < 0)
        return std::nullopt;
    qsizetype quote = key + 8;
    while (quote < body.size() && body[quote] != '"' && body[quote] != '\'')
        ++quote;
    if (quote >= body.size())
        return std::nullopt;
    const qsizetype end = body.indexOf(body[quote], quote + 1);
    if (end < 0)
        return std::nullopt;
    return ofxEncodingFromName(QByteArrayView(body).sliced(quote + 1, end - quote - 1));
}

QString decodeOfxText(QByteArrayView bytes, const OfxEncoding &encoding)
{
    QString text = encoding.windows1252 ? decodeWindows1252(bytes.trimmed())
                                        : decodeText(bytes.trimmed(), encoding.encoding);
    if (text.contains(u'&'))
        text = resolveReferences(text).trimmed();
    return text;
}

std::optional<QDate> parseOfxDate(QStringView text)
{
    if (text.size() < 8)
        return std::nullopt;
    int parts[3] = { 0, 0, 0 };
    const int widths[3] = { 4, 2, 2 };
    qsizetype at = 0;
    for (int part = 0; part < 3; ++part) {
        for (int i = 0; i < widths[part]; ++i, ++at) {
            if (text[at] < u'0' || text[at] > u'9')
                return std::nullopt;
            parts[part] = parts[part] * 10 + (text[at].unicode() - u'0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Result<Money> parseOfxAmount(QStringView text, Currency currency)
{
    const QString wrong = Tr::tr("amount expected (like -12.50), found '%1'").arg(text);
    qsizetype at = 0;
    bool negative = false;
    if (at < text.size() && (text[at] == u'-' || text[at] == u'+'))
        negative = text[at++] == u'-';
    qint64 minor = 0;
    int digits = 0, decimals = 0;
    bool inDecimals = false;
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    for (; at < text.size(); ++at) {
        const QChar c = text[at];
        if ((c == u'.' || c == u',') && !inDecimals) {
            inDecimals = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return Error { wrong };
        const int digit = c.unicode() - u'0';
        ++digits;
        if (inDecimals && ++decimals > currency.minorDigits()) {
            if (digit != 0)
                return Error {
                    Tr::tr("'%1' has more decimal places than %2 has").arg(text, currency.code())
                };
            continue;
        }
        if (minor > (Max - digit) / 10)
            return Error { Tr::tr("amount '%1' is too large").arg(text) };
        minor = minor * 10 + digit;
    }
    if (digits == 0)
        return Error { wrong };
    for (int missing = std::min(decimals, currency.minorDigits()); missing < currency.minorDigits();
         ++missing) {
        if (minor > Max / 10)
            return Error { Tr::tr("amount '%1' is too large").arg(text) };
        minor *= 10;
    }
    return Money(negative ? -minor : minor, currency);
}

} // namespace Saldo
