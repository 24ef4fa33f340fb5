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

} // namespace

QString LineFingerprinter::baseKey(const Iban &account, const StatementLine &line)
{
    const QString counter = counterAccount(account, line);
    return QStringList { account.toString(),
                         line.bookingDate.toString(Qt::ISODate),
                         line.amount.toString(),
                         line.amount.currency().code(),
                         counter,
                         line.variableSymbol.toString() }
        .join(QLatin1Char('|'));
}

QString LineFingerprinter::next(const StatementLine &line)
{
    const QString base = baseKey(m_account, line);
    const int occurrence = ++m_seen[base];
    return QStringLiteral("%1|#%2").arg(base).arg(occurrence);
}

} // namespace Saldo
