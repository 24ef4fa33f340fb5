// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/paymentreference.h"

#include "money/ibanutil.h"
#include "money/inputexcerpt.h"
#include "util/tr.h"

#include <iterator>

namespace Saldo {

namespace {

// ISO 11649: at most 25 characters, "RF" + 2 check digits + 1..21 alphanumerics.
constexpr int kRfMaxChars = 25;
constexpr int kRfMaxBase = 21;

// KID: 2..25 digits including the check digit.
constexpr int kKidMaxDigits = 25;

// Luhn: from the right, every second digit (starting with the one next to the check digit) is
// doubled and its digits summed.
char luhnCheckDigit(QStringView base)
{
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = base.size() - 1; i >= 0; --i, doubled = !doubled) {
        int d = base[i].unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return char('0' + (10 - sum % 10) % 10);
}

// MOD11 as Nets uses it: weights 2,3,4,5,6,7 repeating from the right; 11 - sum mod 11, where
// 11 becomes 0 and 10 becomes '-'.
char mod11CheckDigit(QStringView base)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = base.size() - 1; i >= 0; --i) {
        sum += (base[i].unicode() - u'0') * weight;
        weight = weight == 7 ? 2 : weight + 1;
    }
    const int check = 11 - sum % 11;
    if (check == 11)
        return '0';
    return check == 10 ? '-' : char('0' + check);
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

} // namespace

template<int MaxDigits, typename Tag>
Result<PaymentSymbol<MaxDigits, Tag>> PaymentSymbol<MaxDigits, Tag>::parse(QStringView text)
{
    const QStringView t = IbanUtil::trimmedBlanks(text);
    if (t.isEmpty())
        return Error { Tr::tr("%1 is empty").arg(Tag::name()) };
    if (!allDigits(t)) {
        return Error {
            Tr::tr("%1 \"%2\": only digits are allowed").arg(Tag::name(), inputExcerpt(text))
        };
    }
    const QStringView digits = significant(t);
    if (digits.size() > MaxDigits) {
        return Error { Tr::tr("%1 \"%2\": at most %3 digits are allowed")
                           .arg(Tag::name(), inputExcerpt(text))
                           .arg(MaxDigits) };
    }
    return PaymentSymbol(digits.toString());
}

template<int MaxDigits, typename Tag>
QStringView PaymentSymbol<MaxDigits, Tag>::significant(QStringView digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits[first] == u'0')
        ++first;
    return digits.sliced(first);
}

template<int MaxDigits, typename Tag>
PaymentSymbol<MaxDigits, Tag> PaymentSymbol<MaxDigits, Tag>::fromDigits(QStringView digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return {};
    const QStringView canonical = significant(digits);
    return canonical.size() > MaxDigits ? PaymentSymbol() : PaymentSymbol(canonical.toString());
}

template<int MaxDigits, typename Tag>
PaymentSymbol<MaxDigits, Tag> PaymentSymbol<MaxDigits, Tag>::fromNumber(quint64 value)
{
    // Written here rather than by QString::number(), which costs more than the rest of a
    // GPC line's symbols together.
    char16_t digits[20]; // quint64 has at most 20 digits
    qsizetype start = std::size(digits);
    do {
        digits[--start] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    const qsizetype length = qsizetype(std::size(digits)) - start;
    if (length > MaxDigits)
        return {};
    return PaymentSymbol(QString(reinterpret_cast<const QChar *>(digits + start), length));
}

QString VariableSymbolTag::name()
{
    return Tr::tr("variable symbol");
}

QString ConstantSymbolTag::name()
{
    return Tr::tr("constant symbol");
}

QString SpecificSymbolTag::name()
{
    return Tr::tr("specific symbol");
}

template class PaymentSymbol<10, VariableSymbolTag>;
template class PaymentSymbol<4, ConstantSymbolTag>;
template class PaymentSymbol<10, SpecificSymbolTag>;

Result<CreditorReference> CreditorReference::parse(QStringView text)
{
    const auto fail = [&](const QString &what) {
        return Error { Tr::tr("creditor reference \"%1\": %2").arg(inputExcerpt(text), what) };
    };
    IbanUtil::Normalized n;
    if (auto e = IbanUtil::normalize(text, n, kRfMaxChars))
        return fail(e->message);
    if (n.size < 2 || n.chars[0] != 'R' || n.chars[1] != 'F')
        return fail(Tr::tr("expected \"RF\" at the start"));
    if (n.size < 5)
        return fail(Tr::tr("too short; expected RF, two check digits and a reference"));
    if (!IbanUtil::isDigit(n.chars[2]) || !IbanUtil::isDigit(n.chars[3]))
        return fail(Tr::tr("expected two check digits after \"RF\""));
    if (IbanUtil::mod97Rotated(n.chars, n.size) != 1)
        return fail(Tr::tr("the check digits do not match (mistyped?)"));
    return CreditorReference(QString::fromLatin1(n.chars, n.size));
}

namespace {

Error creditorReferenceError(QStringView base, const QString &what)
{
    return Error { Tr::tr("creditor reference base \"%1\": %2").arg(inputExcerpt(base), what) };
}

} // namespace

Result<CreditorReference> CreditorReference::create(QStringView base)
{
    IbanUtil::Normalized n;
    if (auto e = IbanUtil::normalize(base, n, kRfMaxBase))
        return creditorReferenceError(base, e->message);
    if (n.size == 0) {
        // QCoreApplication::translate: lupdate files a Tr::tr here under the context "Tr".
        const QString problem
            = QCoreApplication::translate("Saldo", "empty; expected 1 to 21 letters and digits");
        return creditorReferenceError(base, problem);
    }
    char chars[kRfMaxChars] = { 'R', 'F', '0', '0' };
    std::copy(n.chars, n.chars + n.size, chars + 4);
    const int size = n.size + 4;
    const int check = 98 - IbanUtil::mod97Rotated(chars, size);
    chars[2] = char('0' + check / 10);
    chars[3] = char('0' + check % 10);
    return CreditorReference(QString::fromLatin1(chars, size));
}

QString CreditorReference::toGroupedString() const
{
    return IbanUtil::grouped(m_text);
}

Result<Kid> Kid::parse(QStringView text)
{
    const QStringView t = IbanUtil::trimmedBlanks(text);
    const auto fail = [&](const QString &what) {
        return Error { Tr::tr("KID \"%1\": %2").arg(inputExcerpt(text), what) };
    };
    if (t.size() < 2 || t.size() > kKidMaxDigits)
        return fail(Tr::tr("expected 2 to 25 digits"));
    const QStringView base = t.left(t.size() - 1);
    const QChar check = t.back();
    if (!allDigits(base) || !(check == u'-' || allDigits(QStringView(&check, 1))))
        return fail(Tr::tr("only digits are allowed (and '-' as a MOD11 check digit)"));
    if (check != QLatin1Char(luhnCheckDigit(base)) && check != QLatin1Char(mod11CheckDigit(base)))
        return fail(Tr::tr("the check digit matches neither MOD10 nor MOD11 (mistyped?)"));
    return Kid(t.toString());
}

Result<Kid> Kid::create(QStringView base, Algorithm algorithm)
{
    const QStringView t = IbanUtil::trimmedBlanks(base);
    if (t.isEmpty() || t.size() > kKidMaxDigits - 1 || !allDigits(t)) {
        return Error { Tr::tr("KID base \"%1\": expected 1 to 24 digits").arg(inputExcerpt(base)) };
    }
    const char check = algorithm == Algorithm::Mod10 ? luhnCheckDigit(t) : mod11CheckDigit(t);
    QString text;
    text.reserve(t.size() + 1);
    text.append(t).append(QLatin1Char(check));
    return Kid(text);
}

} // namespace Saldo
