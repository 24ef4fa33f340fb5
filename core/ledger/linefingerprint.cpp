// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/linefingerprint.h"

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

// "YYYY-MM-DD" as QDate::toString(Qt::ISODate) writes it (empty for an invalid date), without
// its printf-style formatting: this runs for every line of a big file.
void appendIsoDate(QString &out, const QDate &date)
{
    const int year = date.isValid() ? date.year() : 0;
    if (year < 0 || year > 9999) {
        out += date.toString(Qt::ISODate);
        return;
    }
    if (!date.isValid())
        return;
    const auto digits = [&out](int value, int count) {
        char16_t text[4];
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
        out.append(reinterpret_cast<const QChar *>(text), count);
    };
    digits(year, 4);
    out += QLatin1Char('-');
    digits(date.month(), 2);
    out += QLatin1Char('-');
    digits(date.day(), 2);
}

} // namespace

QString LineFingerprinter::baseKey(const Iban &account, const StatementLine &line)
{
    // Appended into one string: a QStringList of six parts and join() cost more than the key.
    const QString counter = counterAccount(account, line);
    const QString amount = line.amount.toString();
    const QString vs = line.variableSymbol.toString();
    QString key;
    key.reserve(account.toString().size() + amount.size() + counter.size() + vs.size() + 24);
    key += account.toString();
    key += QLatin1Char('|');
    appendIsoDate(key, line.bookingDate);
    key += QLatin1Char('|');
    key += amount;
    key += QLatin1Char('|');
    key += line.amount.currency().codeView();
    key += QLatin1Char('|');
    key += counter;
    key += QLatin1Char('|');
    key += vs;
    return key;
}

QString LineFingerprinter::next(const StatementLine &line)
{
    QString key = baseKey(m_account, line);
    const int occurrence = ++m_seen[key];
    key += QLatin1StringView("|#");
    key += QString::number(occurrence);
    return key;
}

} // namespace Saldo
