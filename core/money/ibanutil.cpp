// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/ibanutil.h"

#include "money/inputexcerpt.h"
#include "util/tr.h"

#include <algorithm>

namespace Saldo {
namespace IbanUtil {

namespace {

// Weighted mod-11 check of the Czech/Slovak account parts: the weights are 2^i mod 11 from the
// right, i.e. 6,3,7,9,10,5,8,4,2,1 for the 10-digit number and its last six for the prefix.
bool passesMod11(const char *digits, int count)
{
    static constexpr int kWeights[10] = { 6, 3, 7, 9, 10, 5, 8, 4, 2, 1 };
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += (digits[i] - '0') * kWeights[10 - count + i];
    return sum % 11 == 0;
}

// Copies the 1..width digits of `part` right-aligned into `out`, zero-filled.
bool fillDigits(QStringView part, char *out, int width)
{
    if (part.isEmpty() || part.size() > width)
        return false;
    const qsizetype pad = width - part.size();
    for (qsizetype i = 0; i < width; ++i) {
        if (i < pad) {
            out[i] = '0';
            continue;
        }
        const char16_t c = part[i - pad].unicode();
        if (c < u'0' || c > u'9')
            return false;
        out[i] = char(c);
    }
    return true;
}

int significantDigits(const char *digits, int width)
{
    int i = 0;
    while (i < width && digits[i] == '0')
        ++i;
    return width - i;
}

/// What normalize() makes of an ASCII character: the upper-case letter or digit, Blank, or 0
/// for anything else. A table: every IBAN of a statement goes through normalize().
struct AsciiNormalForm
{
    static constexpr char Blank = 1;
    char of[128] {};
    constexpr AsciiNormalForm()
    {
        for (int c = 0; c < 128; ++c) {
            if (c >= 'a' && c <= 'z')
                of[c] = char(c - 'a' + 'A');
            else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                of[c] = char(c);
        }
        of[int(' ')] = of[int('\t')] = Blank;
    }
};
constexpr AsciiNormalForm kNormalForm;

} // namespace

std::optional<Error> normalize(QStringView text, Normalized &out, int maxChars)
{
    out.size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char ascii = c < 128 ? kNormalForm.of[c] : isBlank(c) ? AsciiNormalForm::Blank : 0;
        if (ascii == AsciiNormalForm::Blank)
            continue;
        if (ascii == 0) {
            return Error { Tr::tr("unexpected \"%1\" at position %2; expected letters and digits")
                               .arg(text[i])
                               .arg(i + 1) };
        }
        if (out.size >= maxChars)
            return Error { Tr::tr("too long (at most %1 letters and digits)").arg(maxChars) };
        out.chars[out.size++] = ascii;
    }
    return std::nullopt;
}

QString grouped(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            result += u' ';
        result += text[i];
    }
    return result;
}

std::optional<Error> parseCzSkAccount(QStringView text, CzSkParts &out)
{
    const auto fail = [&](const QString &what) {
        return Error { Tr::tr("account \"%1\": %2").arg(inputExcerpt(text), what) };
    };
    const QStringView t = trimmedBlanks(text);
    const qsizetype slash = t.indexOf(u'/');
    if (slash < 0)
        return fail(Tr::tr("expected \"[prefix-]number/bank code\", e.g. 19-2000145399/0800"));
    const QStringView account = trimmedBlanks(t.left(slash));
    const QStringView bank = trimmedBlanks(t.mid(slash + 1));
    const qsizetype dash = account.indexOf(u'-');
    const QStringView prefix = dash < 0 ? QStringView(u"0") : trimmedBlanks(account.left(dash));
    const QStringView number = dash < 0 ? account : trimmedBlanks(account.mid(dash + 1));
    if (bank.size() != 4 || !fillDigits(bank, out.bank, 4))
        return fail(Tr::tr("the bank code must have four digits"));
    if (!fillDigits(prefix, out.prefix, 6))
        return fail(Tr::tr("the prefix must have one to six digits"));
    if (!fillDigits(number, out.number, 10) || significantDigits(out.number, 10) < 2)
        return fail(Tr::tr("the account number must have two to ten digits"));
    if (!passesMod11(out.prefix, 6))
        return fail(Tr::tr("the prefix fails the mod-11 check (mistyped?)"));
    if (!passesMod11(out.number, 10))
        return fail(Tr::tr("the account number fails the mod-11 check (mistyped?)"));
    return std::nullopt;
}

bool isValidCzSkParts(const CzSkParts &parts)
{
    const auto digits = [](const char *chars, int count) {
        return std::all_of(chars, chars + count, [](char c) { return isDigit(c); });
    };
    return digits(parts.prefix, 6) && digits(parts.number, 10) && digits(parts.bank, 4)
        && significantDigits(parts.number, 10) >= 2 && passesMod11(parts.prefix, 6)
        && passesMod11(parts.number, 10);
}

} // namespace IbanUtil
} // namespace Saldo
