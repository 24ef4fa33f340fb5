// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace CliTest;

namespace {

// The shared sample files are plain CSV; quotes are handled in case a later set uses them.
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field.append(c);
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

// Rows as maps from the header's column names.
QList<QHash<QString, QString>> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    const QStringList header = splitCsvLine(lines.first());
    QList<QHash<QString, QString>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = splitCsvLine(lines.at(i));
        REQUIRE(fields.size() == header.size());
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), fields.at(c));
        rows.append(row);
    }
    return rows;
}

// "1234.5" -> 123450 cents, independent of Saldo's Money (the sample currencies have two
// minor digits).
qint64 cents(const QString &text)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringList parts = text.mid(negative ? 1 : 0).split(QLatin1Char('.'));
    REQUIRE(parts.size() <= 2);
    bool ok = false;
    qint64 value = parts.at(0).toLongLong(&ok) * 100;
    REQUIRE(ok);
    if (parts.size() == 2) {
        const QString decimals = parts.at(1).leftJustified(2, QLatin1Char('0'));
        REQUIRE(decimals.size() == 2);
        value += decimals.toLongLong(&ok);
        REQUIRE(ok);
    }
    return negative ? -value : value;
}

QString centsText(qint64 value)
{
    const qint64 magnitude = value < 0 ? -value : value;
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString statusOf(qint64 total, qint64 paid)
{
    if (total < 0) {
        total = -total;
        paid = -paid;
    }
    if (paid == 0 && total != 0)
        return QStringLiteral("unpaid");
    if (paid < total)
        return QStringLiteral("partial");
    return paid == total ? QStringLiteral("paid") : QStringLiteral("overpaid");
}

} // namespace

TEST_CASE("The shared small sample goes through init, account add and invoices import",
          "[cli][samples]")
{
    SALDO_REQUIRE_SHARED();
    const QDir samples(SaldoTest::sharedDir() + QStringLiteral("/samples/small"));
    const QString ledger = initLedger();

    const QList<QHash<QString, QString>> accounts
        = readCsv(samples.filePath(QStringLiteral("accounts.csv")));
    for (const auto &account : accounts) {
        const CliRun added
            = runCli(ledger,
                     { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--iban"),
                       account.value(QStringLiteral("iban")), QStringLiteral("--name"),
                       account.value(QStringLiteral("name")), QStringLiteral("--currency"),
                       account.value(QStringLiteral("currency")) });
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    const CliRun listedAccounts = runCli(
        ledger, { QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(listedAccounts.json().array().size() == accounts.size());

    const QString invoicesCsv = samples.filePath(QStringLiteral("invoices.csv"));
    const CliRun imported
        = runCli(ledger, { QStringLiteral("invoices"), QStringLiteral("import"), invoicesCsv });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    // What the CSV says is open, by kind and number.
    const QList<QHash<QString, QString>> rows = readCsv(invoicesCsv);
    QHash<QString, QHash<QString, QString>> expectedOpen;
    for (const auto &row : rows) {
        const qint64 total = cents(row.value(QStringLiteral("total")));
        const qint64 paid = cents(row.value(QStringLiteral("paid")));
        if (total == paid)
            continue;
        QHash<QString, QString> expected = row;
        expected.insert(QStringLiteral("open"), centsText(total - paid));
        expected.insert(QStringLiteral("status"), statusOf(total, paid));
        expectedOpen.insert(row.value(QStringLiteral("kind")) + QLatin1Char('/')
                                + row.value(QStringLiteral("number")),
                            expected);
    }
    REQUIRE_FALSE(expectedOpen.isEmpty());

    const CliRun list = runCli(ledger,
                               { QStringLiteral("invoices"), QStringLiteral("list"),
                                 QStringLiteral("--open"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray open = list.json().array();
    CHECK(open.size() == expectedOpen.size());
    QSet<QString> seen;
    for (const QJsonValue &value : open) {
        const QJsonObject invoice = value.toObject();
        const QString key = invoice.value(QStringLiteral("kind")).toString() + QLatin1Char('/')
            + invoice.value(QStringLiteral("number")).toString();
        INFO(key.toStdString());
        REQUIRE(expectedOpen.contains(key));
        CHECK_FALSE(seen.contains(key));
        seen.insert(key);
        const QHash<QString, QString> &expected = expectedOpen[key];
        CHECK(invoice.value(QStringLiteral("open")).toString()
              == expected.value(QStringLiteral("open")));
        CHECK(invoice.value(QStringLiteral("status")).toString()
              == expected.value(QStringLiteral("status")));
        CHECK(invoice.value(QStringLiteral("currency")).toString()
              == expected.value(QStringLiteral("currency")));
        CHECK(invoice.value(QStringLiteral("counterparty")).toString()
              == expected.value(QStringLiteral("counterparty")));
        CHECK(cents(invoice.value(QStringLiteral("total")).toString())
              == cents(expected.value(QStringLiteral("total"))));
        CHECK(cents(invoice.value(QStringLiteral("paid")).toString())
              == cents(expected.value(QStringLiteral("paid"))));
    }

    const CliRun all = runCli(
        ledger, { QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(all.json().array().size() == rows.size());
}
