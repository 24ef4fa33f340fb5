// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940fields.h"

#include "formats/common/czskbankcodes.h"
#include "util/textview.h"
#include "util/tr.h"
#include "util/trimmed.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Saldo::Mt940 {

namespace {

constexpr int kMaxAmountDigits = 18; // fits quint64 with room to scale

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int twoDigits(QByteArrayView text, qsizetype pos)
{
    return (text[pos] - '0') * 10 + (text[pos + 1] - '0');
}

bool allDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

/// What stands at `pos`, for messages: up to 12 characters, or "end of line".
QString found(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size())
        return Tr::tr("end of line");
    const QByteArrayView rest = mid(text, pos, 12);
    return QLatin1Char('\'') + QString::fromLatin1(rest) + QLatin1Char('\'');
}

/// A calendar date; a day past the month's end is taken as its last day, as banks that count
/// 30-day months write "February 30".
std::optional<QDate> makeDate(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = month == 2 && leap ? 29 : kDays[month - 1];
    return QDate(year, month, std::min(day, last));
}

/// YYMMDD; two-digit years from 80 are 19xx.
std::optional<QDate> readDate(QByteArrayView text, qsizetype pos)
{
    if (pos + 6 > text.size() || !allDigits(mid(text, pos, 6)))
        return std::nullopt;
    const int yy = twoDigits(text, pos);
    return makeDate(yy < 80 ? 2000 + yy : 1900 + yy, twoDigits(text, pos + 2),
                    twoDigits(text, pos + 4));
}

/// MMDD of an entry date in the year that puts it nearest to the value date (an entry on
/// 31 December for a value date of 2 January is in the year before).
std::optional<QDate> readEntryDate(QByteArrayView text, qsizetype pos, QDate valueDate)
{
    const int month = twoDigits(text, pos);
    int year = 0, valueMonth = 0;
    valueDate.getDate(&year, &valueMonth, nullptr); // one calendar conversion, not three
    if (month - valueMonth > 6)
        --year;
    else if (valueMonth - month > 6)
        ++year;
    return makeDate(year, month, twoDigits(text, pos + 2));
}

/// "1234,56", "35122,", "000000004433,52"; '.' is taken for the comma too.
bool readAmount(QByteArrayView text, qsizetype &pos, DecimalAmount &amount)
{
    int digits = 0;
    bool separator = false;
    amount.digits = 0;
    amount.decimals = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (isDigit(c)) {
            if (amount.digits == 0 && c == '0' && !separator) {
                ++pos; // leading zeros do not count against the limit
                digits = std::max(digits, 1);
                continue;
            }
            if (++digits > kMaxAmountDigits)
                return false;
            amount.digits = amount.digits * 10 + quint64(c - '0');
            if (separator)
                ++amount.decimals;
        } else if ((c == ',' || c == '.') && !separator) {
            separator = true;
        } else {
            break;
        }
        ++pos;
    }
    return digits > 0;
}

// The helpers below stand in for QByteArrayView's trimmed() and indexOf(),
// which are calls into Qt that cost more than the short :61: parts they look at.

bool isSpaceByte(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // as QByteArrayView::trimmed() sees space
}

QByteArrayView trimmed(QByteArrayView text)
{
    return trimmedBy(text, isSpaceByte);
}

/// Where "//" starts in `text`, or -1.
qsizetype indexOfSlashes(QByteArrayView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '/' && text[i + 1] == '/')
            return i;
    }
    return -1;
}

qsizetype indexOfLineEnd(QByteArrayView text)
{
    const void *at = std::memchr(text.data(), '\n', size_t(text.size()));
    return at ? static_cast<const char *>(at) - text.data() : -1;
}

} // namespace

std::optional<QDate> parseDate(QByteArrayView text)
{
    return readDate(text, 0);
}

std::optional<Money> DecimalAmount::toMoney(Currency currency) const
{
    const int minor = currency.isValid() ? currency.minorDigits() : 2;
    quint64 value = digits;
    for (int d = decimals; d > minor; --d) {
        if (value % 10 != 0)
            return std::nullopt;
        value /= 10;
    }
    for (int d = decimals; d < minor; ++d) {
        if (value > quint64(std::numeric_limits<qint64>::max()) / 10)
            return std::nullopt;
        value *= 10;
    }
    if (value > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    const qint64 signedValue = negative ? -qint64(value) : qint64(value);
    return Money(signedValue, currency);
}

std::optional<QString> parseBalance(QByteArrayView text, Balance &balance)
{
    const QByteArrayView t = trimmed(text);
    if (t.isEmpty() || (t[0] != 'C' && t[0] != 'D'))
        return Tr::tr("debit/credit mark (C or D) expected, found %1").arg(found(t, 0));
    const auto date = readDate(t, 1);
    if (!date)
        return Tr::tr("date YYMMDD expected after '%1', found %2")
            .arg(QString(QLatin1Char(t[0])), found(t, 1));
    balance.date = *date;
    qsizetype pos = 7;
    // Some banks leave the currency out; the statement's then applies.
    if (pos + 3 <= t.size() && isLetter(t[pos]) && isLetter(t[pos + 1]) && isLetter(t[pos + 2])) {
        balance.currency = mid(t, pos, 3);
        pos += 3;
    } else {
        balance.currency = {};
    }
    const qsizetype amountStart = pos;
    if (!readAmount(t, pos, balance.amount))
        return Tr::tr("amount expected after the date and currency, found %1")
            .arg(found(t, amountStart));
    if (pos < t.size())
        return Tr::tr("nothing expected after the amount, found %1").arg(found(t, pos));
    balance.amount.negative = t[0] == 'D' && balance.amount.digits != 0;
    return std::nullopt;
}

std::optional<QString> parseEntry(QByteArrayView text, Entry &entry, EntryDates *dates)
{
    entry = Entry();
    qsizetype lineEnd = indexOfLineEnd(text);
    QByteArrayView line = lineEnd < 0 ? text : left(text, lineEnd);
    QByteArrayView rest = lineEnd < 0 ? QByteArrayView() : mid(text, lineEnd + 1);

    EntryDates none;
    EntryDates &last = dates ? *dates : none;
    const QByteArrayView valueText = mid(line, 0, 6);
    // A cut line may hold the start of the last date only: that is no date.
    if (last.value.isValid() && valueText.size() == 6
        && std::equal(valueText.begin(), valueText.end(), last.valueText)) {
        entry.valueDate = last.value;
    } else {
        const auto valueDate = readDate(line, 0);
        if (!valueDate)
            return Tr::tr("value date YYMMDD expected, found %1").arg(found(line, 0));
        entry.valueDate = *valueDate;
        std::copy_n(valueText.data(), 6, last.valueText);
        last.value = entry.valueDate;
        last.entry = QDate(); // read against another value date
    }
    qsizetype pos = 6;
    if (pos + 4 <= line.size() && allDigits(mid(line, pos, 4))) {
        const QByteArrayView entryText = mid(line, pos, 4);
        if (last.entry.isValid()
            && std::equal(entryText.begin(), entryText.end(), last.entryText)) {
            entry.entryDate = last.entry;
        } else {
            const auto entryDate = readEntryDate(line, pos, entry.valueDate);
            if (!entryDate)
                return Tr::tr("entry date MMDD expected after the value date, found %1")
                    .arg(found(line, pos));
            entry.entryDate = *entryDate;
            std::copy_n(entryText.data(), 4, last.entryText);
            last.entry = entry.entryDate;
        }
        pos += 4;
    }

    // RC = reversal of a credit (money out), RD = reversal of a debit (money in).
    const qsizetype markStart = pos;
    bool negative;
    if (pos + 1 < line.size() && line[pos] == 'R'
        && (line[pos + 1] == 'C' || line[pos + 1] == 'D')) {
        negative = line[pos + 1] == 'C';
        pos += 2;
    } else if (pos < line.size() && (line[pos] == 'C' || line[pos] == 'D')) {
        negative = line[pos] == 'D';
        ++pos;
    } else {
        return Tr::tr("debit/credit mark (C, D, RC or RD) expected after the date, found %1")
            .arg(found(line, pos));
    }
    const QByteArrayView mark = mid(line, markStart, pos - markStart); // for the message only
    if (pos + 3 < line.size() && isLetter(line[pos]) && isLetter(line[pos + 1])
        && isLetter(line[pos + 2]) && (isDigit(line[pos + 3]) || line[pos + 3] == '-')) {
        // Fio banka writes the whole currency code and signs debits: "CCZK49981,25",
        // "DCZK-3000,00".
        pos += 3;
        if (negative && line[pos] == '-')
            ++pos;
    } else if (pos < line.size() && isLetter(line[pos])) {
        ++pos; // funds code: the third letter of the currency code
    }
    if (pos == line.size() && !rest.isEmpty()) {
        // Some Sparkassen break the line before the amount.
        lineEnd = indexOfLineEnd(rest);
        line = lineEnd < 0 ? rest : left(rest, lineEnd);
        rest = lineEnd < 0 ? QByteArrayView() : mid(rest, lineEnd + 1);
        pos = 0;
    }
    const qsizetype amountStart = pos;
    if (!readAmount(line, pos, entry.amount))
        return Tr::tr("amount expected after '%1', found %2")
            .arg(QString::fromLatin1(mark), found(line, amountStart));
    entry.amount.negative = negative && entry.amount.digits != 0;

    QByteArrayView tail = mid(line, pos);
    if (startsWithText(tail, "NONREF") || startsWithText(tail, "//")) {
        // No transaction type (Penta, Zenith Bank): straight to the references.
    } else if (!tail.isEmpty()) {
        if (tail.size() < 4 || !isLetter(tail[0]))
            return Tr::tr("transaction type (a letter and three characters, e.g. NTRF) expected "
                          "after the amount, found %1")
                .arg(found(line, pos));
        entry.transactionType = trimmed(left(tail, 4));
        tail = mid(tail, 4);
    }
    const qsizetype slashes = indexOfSlashes(tail);
    entry.customerReference = trimmed(slashes < 0 ? tail : left(tail, slashes));
    if (slashes >= 0)
        entry.bankReference = trimmed(mid(tail, slashes + 2));
    // The bank reference may stand on the next line; whatever else follows is supplementary.
    if (entry.bankReference.isEmpty() && startsWithText(rest, "//")) {
        lineEnd = indexOfLineEnd(rest);
        entry.bankReference = trimmed(lineEnd < 0 ? mid(rest, 2) : mid(rest, 2, lineEnd - 2));
        rest = lineEnd < 0 ? QByteArrayView() : mid(rest, lineEnd + 1);
    }
    entry.supplementaryDetails = trimmed(rest);
    return std::nullopt;
}

bool looksLikeIban(QStringView text)
{
    if (text.size() < 15 || text.size() > 34)
        return false;
    const auto upper = [](QChar c) {
        return c.unicode() >= u'A' && c.unicode() <= u'Z';
    };
    const auto digit = [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    };
    if (!upper(text[0]) || !upper(text[1]) || !digit(text[2]) || !digit(text[3]))
        return false;
    return std::all_of(text.begin() + 4, text.end(), [&](QChar c) { return upper(c) || digit(c); });
}

bool looksLikeBic(QStringView text)
{
    if (text.size() != 8 && text.size() != 11)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if (i < 6 ? !letter : !(letter || digit))
            return false;
    }
    return true;
}

namespace {

bool isUpperCode(QStringView text)
{
    return text.size() == 3 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return c.unicode() >= u'A' && c.unicode() <= u'Z';
           });
}

/// `text` as an IBAN when it is one (spaces inside allowed), else a null Iban.
Iban ibanOf(QStringView text)
{
    QString compact = text.toString();
    compact.remove(u' ');
    if (!looksLikeIban(compact))
        return {};
    auto iban = Iban::parse(compact);
    return iban ? std::move(iban).value() : Iban();
}

} // namespace

Iban czSkAccountIban(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 1 || text.size() - slash - 1 != 4)
        return {};
    const QStringView bank = text.mid(slash + 1);
    const QStringView account = text.left(slash);
    const qsizetype dash = account.indexOf(u'-');
    const QStringView prefix = dash < 0 ? QStringView() : account.left(dash);
    const QStringView number = dash < 0 ? account : account.mid(dash + 1);
    const auto digits = [](QStringView t) {
        return std::all_of(t.begin(), t.end(),
                           [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
    };
    if (!digits(bank) || !digits(prefix) || !digits(number) || prefix.size() > 6
        || number.size() < 2 || number.size() > 10 || (dash >= 0 && prefix.isEmpty()))
        return {};
    // The bank code tells the country; an unknown one is not taken for CZ/SK at all.
    const QLatin1StringView country = countryOfCzSkBankCode(bank);
    if (country.isEmpty())
        return {};
    auto iban = Iban::fromCzSkAccount(QString(country), text);
    return iban ? std::move(iban).value() : Iban();
}

Account parseAccount(QStringView text)
{
    Account account;
    QStringView t = text.trimmed();
    if (t.startsWith(u'/'))
        t = t.mid(1).trimmed();
    // A currency after the account: "…/HUF", "NL34RABO0142623393 EUR".
    const qsizetype lastSlash = t.lastIndexOf(u'/');
    const qsizetype lastSpace = t.lastIndexOf(u' ');
    const qsizetype cut = std::max(lastSlash, lastSpace);
    if (cut > 0 && isUpperCode(t.mid(cut + 1).trimmed())) {
        account.currency = t.mid(cut + 1).trimmed().toString();
        t = t.left(cut).trimmed();
    }
    // "BIC/account" or "BLZ/account": the account is after the bank.
    const qsizetype slash = t.indexOf(u'/');
    const QStringView accountPart = slash < 0 ? t : t.mid(slash + 1).trimmed();
    account.iban = ibanOf(accountPart);
    if (account.iban.isNull() && account.currency.isEmpty() && accountPart.size() > 3
        && isUpperCode(accountPart.right(3))) {
        // "NL77INGB0574908765EUR": the currency glued to the IBAN.
        account.iban = ibanOf(accountPart.chopped(3));
        if (!account.iban.isNull())
            account.currency = accountPart.right(3).toString();
    }
    if (account.iban.isNull() && account.currency.isEmpty() && accountPart.size() > 4
        && isUpperCode(accountPart.right(3)) && accountPart.right(4).front().isDigit()) {
        // "51210600/9223382012EUR": a local account with the currency glued on.
        account.currency = accountPart.right(3).toString();
        t.chop(3);
    }
    if (account.iban.isNull())
        account.number = t.toString();
    return account;
}

} // namespace Saldo::Mt940
