// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/iban.h"

#include "money/ibanutil.h"
#include "money/inputexcerpt.h"
#include "util/tr.h"

#include <array>

namespace Saldo {

namespace {

struct CountryLength
{
    char code[3];
    quint8 length;
};

// IBAN lengths of every country in the SWIFT IBAN registry (release 99, 2025). Territories that
// use another country's code (Åland: FI, Guernsey/Jersey/Isle of Man: GB, the French overseas
// departments: FR) are covered by that code.
constexpr CountryLength kCountryLengths[] = {
    { "AD", 24 }, { "AE", 23 }, { "AL", 28 }, { "AT", 20 }, { "AZ", 28 }, { "BA", 20 },
    { "BE", 16 }, { "BG", 22 }, { "BH", 22 }, { "BI", 27 }, { "BR", 29 }, { "BY", 28 },
    { "CH", 21 }, { "CR", 22 }, { "CY", 28 }, { "CZ", 24 }, { "DE", 22 }, { "DJ", 27 },
    { "DK", 18 }, { "DO", 28 }, { "EE", 20 }, { "EG", 29 }, { "ES", 24 }, { "FI", 18 },
    { "FK", 18 }, { "FO", 18 }, { "FR", 27 }, { "GB", 22 }, { "GE", 22 }, { "GI", 23 },
    { "GL", 18 }, { "GR", 27 }, { "GT", 28 }, { "HN", 28 }, { "HR", 21 }, { "HU", 28 },
    { "IE", 22 }, { "IL", 23 }, { "IQ", 23 }, { "IS", 26 }, { "IT", 27 }, { "JO", 30 },
    { "KW", 30 }, { "KZ", 20 }, { "LB", 28 }, { "LC", 32 }, { "LI", 21 }, { "LT", 20 },
    { "LU", 20 }, { "LV", 21 }, { "LY", 25 }, { "MC", 27 }, { "MD", 24 }, { "ME", 22 },
    { "MK", 19 }, { "MN", 20 }, { "MR", 27 }, { "MT", 31 }, { "MU", 30 }, { "NI", 28 },
    { "NL", 18 }, { "NO", 15 }, { "OM", 23 }, { "PK", 24 }, { "PL", 28 }, { "PS", 29 },
    { "PT", 25 }, { "QA", 29 }, { "RO", 24 }, { "RS", 22 }, { "RU", 33 }, { "SA", 24 },
    { "SC", 31 }, { "SD", 18 }, { "SE", 24 }, { "SI", 19 }, { "SK", 24 }, { "SM", 27 },
    { "SO", 23 }, { "ST", 25 }, { "SV", 28 }, { "TL", 23 }, { "TN", 24 }, { "TR", 26 },
    { "UA", 29 }, { "VA", 22 }, { "VG", 24 }, { "XK", 20 }, { "YE", 30 },
};

// Country code -> IBAN length (0: not an IBAN country), indexed by the two letters.
struct LengthIndex
{
    std::array<quint8, 26 * 26> length {};
    constexpr LengthIndex()
    {
        for (const CountryLength &c : kCountryLengths)
            length[size_t((c.code[0] - 'A') * 26 + (c.code[1] - 'A'))] = c.length;
    }
};
constexpr LengthIndex kLengthIndex;

int ibanLength(char first, char second)
{
    return kLengthIndex.length[size_t((first - 'A') * 26 + (second - 'A'))];
}

constexpr int kCzSkLength = 24;

// "IBAN DE89 ..." and "IBAN: DE89 ..." as printed on invoices. No country code starts "IB".
QStringView withoutIbanPrefix(QStringView text)
{
    // Most texts are an IBAN as it is: a country code's first letter is no blank and no "I".
    if (!text.isEmpty() && text.front().unicode() < 128 && text.front() != u'I'
        && text.front() != u'i' && !QChar::isSpace(text.front().unicode()))
        return text;
    QStringView t = text.trimmed();
    if (!t.startsWith(u"IBAN", Qt::CaseInsensitive))
        return text;
    t = t.mid(4);
    return t.startsWith(u':') ? t.mid(1) : t;
}

/// The value of `count` ASCII digits.
quint64 digitsValue(const char *digits, int count)
{
    quint64 value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + quint64(digits[i] - '0');
    return value;
}

/// mod97Rotated() of a CZ/SK IBAN with check digits "00", by its parts: bank code and prefix
/// (ten digits), number (ten), then the country's letters as digits and "00". Three
/// remainders instead of a digit at a time: every new counter account of a GPC file is one.
int czSkMod97(bool cz, const IbanUtil::CzSkParts &parts)
{
    const quint64 bankAndPrefix
        = digitsValue(parts.bank, 4) * 1000000 + digitsValue(parts.prefix, 6);
    quint64 remainder = bankAndPrefix % 97;
    remainder = (remainder * 10000000000ULL + digitsValue(parts.number, 10)) % 97;
    const quint64 countryAndCheck = cz ? 123500 : 282000; // C=12 Z=35 / S=28 K=20, then "00"
    return int((remainder * 1000000 + countryAndCheck) % 97);
}

} // namespace

Result<Iban> Iban::parse(QStringView text)
{
    if (Iban electronic = fromElectronic(text); !electronic.isNull())
        return electronic; // most IBANs in files: no copy to normalise
    IbanUtil::Normalized n;
    if (auto e = IbanUtil::normalize(withoutIbanPrefix(text), n))
        return Error { Tr::tr("IBAN \"%1\": %2").arg(inputExcerpt(text), e->message) };
    const auto fail = [&](const QString &what) {
        return Error { Tr::tr("IBAN \"%1\": %2").arg(inputExcerpt(text), what) };
    };
    if (n.size < 4)
        return fail(Tr::tr("too short"));
    if (!IbanUtil::isUpper(n.chars[0]) || !IbanUtil::isUpper(n.chars[1]))
        return fail(Tr::tr("expected a two-letter country code at the start"));
    if (!IbanUtil::isDigit(n.chars[2]) || !IbanUtil::isDigit(n.chars[3]))
        return fail(Tr::tr("expected two check digits after the country code"));
    const int expected = ibanLength(n.chars[0], n.chars[1]);
    if (expected == 0) {
        return fail(Tr::tr("unknown IBAN country \"%1\"").arg(QLatin1StringView(n.chars, 2)));
    }
    if (n.size != expected) {
        return fail(Tr::tr("%1 IBANs have %2 characters, this one has %3")
                        .arg(QLatin1StringView(n.chars, 2))
                        .arg(expected)
                        .arg(n.size));
    }
    if (IbanUtil::mod97Rotated(n.chars, n.size) != 1)
        return fail(Tr::tr("the check digits do not match (mistyped?)"));
    return Iban(QString::fromLatin1(n.chars, n.size));
}

Iban Iban::fromElectronic(QStringView text)
{
    const auto size = int(text.size());
    if (size < 5 || size > IbanUtil::kMaxChars)
        return {};
    const char16_t *chars = text.utf16();
    using IbanUtil::isDigit;
    using IbanUtil::isUpper;
    if (!isUpper(chars[0]) || !isUpper(chars[1]) || !isDigit(chars[2]) || !isDigit(chars[3])
        || ibanLength(char(chars[0]), char(chars[1])) != size)
        return {};
    for (int i = 4; i < size; ++i) {
        if (!isUpper(chars[i]) && !isDigit(chars[i]))
            return {};
    }
    if (IbanUtil::mod97Rotated(chars, size) != 1)
        return {};
    return Iban(text.toString());
}

QString Iban::toGroupedString() const
{
    return IbanUtil::grouped(m_text);
}

Result<Iban> Iban::fromCzSkAccount(QStringView countryCode, QStringView localAccount)
{
    const QStringView country = countryCode.trimmed();
    const bool cz = country.compare(u"CZ", Qt::CaseInsensitive) == 0;
    const bool sk = country.compare(u"SK", Qt::CaseInsensitive) == 0;
    if (!cz && !sk) {
        return Error { Tr::tr("account \"%1\": country \"%2\" has no Czech/Slovak account numbers; "
                              "expected CZ or SK")
                           .arg(inputExcerpt(localAccount), inputExcerpt(countryCode)) };
    }
    IbanUtil::CzSkParts parts;
    if (auto e = IbanUtil::parseCzSkAccount(localAccount, parts))
        return *e;
    return czSkIban(cz, parts);
}

Iban Iban::fromCzSkDigits(QLatin1StringView countryCode, const char *prefix, const char *number,
                          const char *bank)
{
    const bool cz = countryCode == QLatin1StringView("CZ");
    if (!cz && countryCode != QLatin1StringView("SK"))
        return {};
    IbanUtil::CzSkParts parts;
    std::copy_n(prefix, 6, parts.prefix);
    std::copy_n(number, 10, parts.number);
    std::copy_n(bank, 4, parts.bank);
    if (!IbanUtil::isValidCzSkParts(parts))
        return {};
    return czSkIban(cz, parts);
}

Iban Iban::czSkIban(bool cz, const IbanUtil::CzSkParts &parts)
{
    char chars[kCzSkLength];
    chars[0] = cz ? 'C' : 'S';
    chars[1] = cz ? 'Z' : 'K';
    chars[2] = chars[3] = '0';
    std::copy(parts.bank, parts.bank + 4, chars + 4);
    std::copy(parts.prefix, parts.prefix + 6, chars + 8);
    std::copy(parts.number, parts.number + 10, chars + 14);
    const int check = 98 - czSkMod97(cz, parts);
    chars[2] = char('0' + check / 10);
    chars[3] = char('0' + check % 10);
    return Iban(QString::fromLatin1(chars, kCzSkLength));
}

std::optional<QString> Iban::toCzSkAccount() const
{
    if (m_text.size() != kCzSkLength || !(m_text.startsWith(u"CZ") || m_text.startsWith(u"SK")))
        return std::nullopt;
    const auto withoutLeadingZeros = [](QStringView digits) {
        qsizetype i = 0;
        while (i + 1 < digits.size() && digits[i] == u'0')
            ++i;
        return digits.mid(i);
    };
    const QStringView text(m_text);
    const QStringView prefix = withoutLeadingZeros(text.mid(8, 6));
    const QStringView number = withoutLeadingZeros(text.mid(14, 10));
    const QStringView bank = text.mid(4, 4);
    QString local;
    local.reserve(prefix.size() + number.size() + 6);
    if (prefix != u"0")
        local.append(prefix).append(u'-');
    local.append(number).append(u'/').append(bank);
    return local;
}

} // namespace Saldo
