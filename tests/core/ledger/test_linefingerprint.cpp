// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The key a statement line is recognised by when it comes again (duplicates across files).
#include "catchqt.h"
#include "ledger/linefingerprint.h"

using namespace Saldo;

namespace {

const Iban kAccount = *Iban::parse(QStringLiteral("SK1711000000003529923124"));

StatementLine line(qint64 cents, const QString &counterIban, const QString &vs)
{
    StatementLine l;
    l.bookingDate = QDate(2026, 1, 5);
    l.amount = Money(cents, *Currency::fromCode(u"EUR"));
    if (!counterIban.isEmpty())
        l.counterpartyIban = *Iban::parse(counterIban);
    if (!vs.isEmpty())
        l.variableSymbol = *VariableSymbol::parse(vs);
    return l;
}

} // namespace

TEST_CASE("A line's fingerprint names account, day, amount, counter account, VS and occurrence",
          "[ledger][fingerprint]")
{
    LineFingerprinter fingerprints(kAccount);
    const StatementLine paid
        = line(171111, QStringLiteral("NO4342027764864"), QStringLiteral("2025140261"));
    CHECK(fingerprints.next(paid)
          == QStringLiteral(
              "SK1711000000003529923124|2026-01-05|1711.11|EUR|NO4342027764864|2025140261|#1"));
    // The same movement again on the same day: the next occurrence.
    CHECK(fingerprints.next(paid)
          == QStringLiteral(
              "SK1711000000003529923124|2026-01-05|1711.11|EUR|NO4342027764864|2025140261|#2"));
    CHECK(LineFingerprinter::baseKey(kAccount, paid)
          == QStringLiteral(
              "SK1711000000003529923124|2026-01-05|1711.11|EUR|NO4342027764864|2025140261"));

    StatementLine fee = line(-500, QString(), QString());
    fee.bookingDate = QDate(); // unknown: an empty day, not an invented one
    CHECK(fingerprints.next(fee) == QStringLiteral("SK1711000000003529923124||-5.00|EUR|||#1"));
}

TEST_CASE("A local counter account becomes its IBAN; a long free-text one is kept whole",
          "[ledger][fingerprint]")
{
    LineFingerprinter fingerprints(kAccount);
    StatementLine local = line(1000, QString(), QString());
    local.counterpartyAccount = QStringLiteral(" 19-2000145399/0800 ");
    // An IBAN of the imported account's country, as a Slovak bank's camt would give it.
    CHECK(fingerprints.next(local)
          == QStringLiteral(
              "SK1711000000003529923124|2026-01-05|10.00|EUR|SK6308000000192000145399||#1"));

    // Longer than the key's stack buffer: built on in a QString, nothing lost.
    StatementLine odd = line(1000, QString(), QString());
    odd.counterpartyAccount = QString(300, u'x');
    const QString key = fingerprints.next(odd);
    CHECK(key
          == QStringLiteral("SK1711000000003529923124|2026-01-05|10.00|EUR|") + QString(300, u'x')
              + QStringLiteral("||#1"));
    CHECK(fingerprints.next(odd).endsWith(u"||#2"));
}
