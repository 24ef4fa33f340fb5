// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/linefingerprint.h"

#include "util/isodate.h"

#include <algorithm>
#include <array>

namespace Saldo {

namespace {

// The counter account as an IBAN where it can be one: GPC gives Czech/Slovak local numbers
// ("19-2000145399/0800") where camt gives the IBAN of the same account.
QString counterAccount(const Iban &account, const StatementLine &line)
{
    if (!line.counterpartyIban.isNull())
        return line.counterpartyIban.toString();
    const QString local = line.counterpartyAccount.trimmed();
    const QString country = account.countryCode();
    if (!local.isEmpty() && (country == u"CZ" || country == u"SK")) {
        if (const Result<Iban> iban = Iban::fromCzSkAccount(country, local))
            return iban->toString();
    }
    return local;
}

// The key is written into a buffer on the stack and made a QString once: appending its nine
// parts one by one to a QString cost more than the rest of the line's handling (this runs for
// every line of a big file).
class KeyBuffer
{
public:
    void append(QStringView text)
    {
        if (fits(text.size())) {
            std::copy(text.begin(), text.end(), m_text.begin() + m_size);
            m_size += text.size();
        } else {
            m_overflow += text;
        }
    }
    void append(QLatin1StringView text)
    {
        if (fits(text.size())) {
            for (const char c : text)
                m_text[std::size_t(m_size++)] = QChar::fromLatin1(c);
        } else {
            m_overflow += text;
        }
    }
    void append(char16_t c) { append(QStringView(&c, 1)); }
    // "YYYY-MM-DD" as QDate::toString(Qt::ISODate) writes it (empty for an invalid date).
    void appendIsoDate(const QDate &date)
    {
        if (const auto chars = isoDateChars(date))
            append(QLatin1StringView(chars->data(), qsizetype(chars->size())));
        else if (date.isValid())
            append(QStringView(date.toString(Qt::ISODate)));
    }
    // `value` (>= 0) in decimal.
    void appendDigits(qint64 value)
    {
        char16_t digits[20];
        int n = 0;
        do {
            digits[n++] = char16_t(u'0' + value % 10);
            value /= 10;
        } while (value > 0);
        std::reverse(digits, digits + n);
        append(QStringView(digits, n));
    }
    QString text() const
    {
        return m_overflowed ? m_overflow : QStringView(m_text.data(), m_size).toString();
    }

private:
    // Keys are short (an IBAN, a date, an amount, a currency, an account, a VS: under 100
    // characters); one that does not fit (a counter account of free text) goes on in a QString.
    bool fits(qsizetype more)
    {
        if (!m_overflowed && m_size + more <= qsizetype(m_text.size()))
            return true;
        if (!m_overflowed)
            m_overflow = QStringView(m_text.data(), m_size).toString();
        m_overflowed = true;
        return false;
    }

    std::array<QChar, 128> m_text;
    qsizetype m_size = 0;
    bool m_overflowed = false;
    QString m_overflow; ///< the key once it no longer fits m_text
};

void appendBaseKey(KeyBuffer &key, const Iban &account, const StatementLine &line)
{
    key.append(QStringView(account.toString()));
    key.append(u'|');
    key.appendIsoDate(line.bookingDate);
    key.append(u'|');
    key.append(QStringView(line.amount.toString()));
    key.append(u'|');
    key.append(line.amount.currency().codeView());
    key.append(u'|');
    key.append(QStringView(counterAccount(account, line)));
    key.append(u'|');
    key.append(QStringView(line.variableSymbol.toString()));
}

} // namespace

QString LineFingerprinter::baseKey(const Iban &account, const StatementLine &line)
{
    KeyBuffer key;
    appendBaseKey(key, account, line);
    return key.text();
}

QString LineFingerprinter::next(const StatementLine &line)
{
    KeyBuffer key;
    appendBaseKey(key, m_account, line);
    const int occurrence = ++m_seen[key.text()];
    key.append(QLatin1StringView("|#"));
    key.appendDigits(occurrence);
    return key.text();
}

} // namespace Saldo
