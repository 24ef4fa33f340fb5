// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace CliTest;

namespace {

const QByteArray kHeader
    = "kind,number,variable_symbol,counterparty,counterparty_iban,issue_date,due_date,"
      "currency,total,paid,posted\n";

// Six invoices: unpaid, partial, paid, overpaid (issued); unpaid and paid (received). The
// received FV2026-0001 shares its number with an issued one, which is allowed.
const QByteArray kRows
    = "issued,FV2026-0001,20260001,Poľana Pekáreň "
      "s.r.o.,SK2411000000002612345678,2026-01-02,2026-01-16,EUR,1234.50,0.00,1\n"
      "issued,FV2026-0002,20260002,\"Dunav Trans, EOOD\",BG80BNBG96611020345678; "
      "NO9386011117947,2026-01-03,2026-01-17,EUR,500.00,200,1\n"
      "issued,FV2026-0003,20260003,Poľana Pekáreň s.r.o.,,2026-01-04,2026-01-18,EUR,99.90,99.90,1\n"
      "issued,FV2026-0004,20260004,Fjord Fisk AS,,2026-01-05,2026-01-19,NOK,1000.00,1100.00,1\n"
      "received,FV2026-0001,88001,Kolín Strojírny "
      "a.s.,CZ6508000000192000145399,2026-01-06,2026-02-05,CZK,25000.00,0.00,0\n"
      "received,DF-17,,Kolín Strojírny a.s.,,2026-01-07,,CZK,\"1 000,50\",1000.50,1\n";

struct Expected
{
    const char *number;
    const char *kind;
    const char *variableSymbol;
    const char *counterparty;
    const char *currency;
    const char *total;
    const char *paid;
    const char *open;
    const char *status;
};

const Expected kOpen[] = {
    { "FV2026-0001", "issued", "20260001", "Poľana Pekáreň s.r.o.", "EUR", "1234.50", "0.00",
      "1234.50", "unpaid" },
    { "FV2026-0002", "issued", "20260002", "Dunav Trans, EOOD", "EUR", "500.00", "200.00", "300.00",
      "partial" },
    { "FV2026-0004", "issued", "20260004", "Fjord Fisk AS", "NOK", "1000.00", "1100.00", "-100.00",
      "overpaid" },
    { "FV2026-0001", "received", "88001", "Kolín Strojírny a.s.", "CZK", "25000.00", "0.00",
      "25000.00", "unpaid" },
};

CliRun importFile(const QString &ledger, const QString &csv)
{
    return runCli(ledger, { QStringLiteral("invoices"), QStringLiteral("import"), csv });
}

QJsonArray listJson(const QString &ledger, bool openOnly)
{
    QStringList args { QStringLiteral("invoices"), QStringLiteral("list"),
                       QStringLiteral("--json") };
    if (openOnly)
        args.append(QStringLiteral("--open"));
    const CliRun list = runCli(ledger, args);
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.json().isArray());
    return list.json().array();
}

} // namespace

TEST_CASE("invoices import, then invoices list --open --json gives every open invoice",
          "[cli][invoices]")
{
    const QString ledger = initLedger();
    const QString csv = writeFile(QStringLiteral("six.csv"), kHeader + kRows);
    const CliRun imported = importFile(ledger, csv);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 6 invoices")));
    CHECK(imported.out.contains(QStringLiteral("4 new counterparties")));
    CHECK(imported.out.contains(QStringLiteral("4 new IBANs")));

    const QJsonArray open = listJson(ledger, true);
    REQUIRE(open.size() == int(std::size(kOpen)));
    for (int i = 0; i < open.size(); ++i) {
        const Expected &e = kOpen[i];
        const QJsonObject invoice = open.at(i).toObject();
        INFO(e.number << " " << e.kind);
        CHECK(invoice.value(QStringLiteral("number")).toString() == QLatin1String(e.number));
        CHECK(invoice.value(QStringLiteral("kind")).toString() == QLatin1String(e.kind));
        CHECK(invoice.value(QStringLiteral("variable_symbol")).toString()
              == QLatin1String(e.variableSymbol));
        CHECK(invoice.value(QStringLiteral("counterparty")).toString()
              == QString::fromUtf8(e.counterparty));
        CHECK(invoice.value(QStringLiteral("currency")).toString() == QLatin1String(e.currency));
        CHECK(invoice.value(QStringLiteral("total")).toString() == QLatin1String(e.total));
        CHECK(invoice.value(QStringLiteral("paid")).toString() == QLatin1String(e.paid));
        CHECK(invoice.value(QStringLiteral("open")).toString() == QLatin1String(e.open));
        CHECK(invoice.value(QStringLiteral("status")).toString() == QLatin1String(e.status));
        CHECK(invoice.value(QStringLiteral("paid_date")).toString().isEmpty());
    }

    const QJsonArray all = listJson(ledger, false);
    REQUIRE(all.size() == 6);
    CHECK(all.at(2).toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("paid"));
    CHECK(all.at(2).toObject().value(QStringLiteral("open")).toString() == QStringLiteral("0.00"));
    CHECK(all.at(5).toObject().value(QStringLiteral("total")).toString()
          == QStringLiteral("1000.50"));
    CHECK(all.at(5).toObject().value(QStringLiteral("due_date")).toString().isEmpty());
    CHECK(all.at(4).toObject().value(QStringLiteral("posted")).toBool() == false);

    const CliRun table = runCli(
        ledger, { QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--open") });
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.count(QLatin1Char('\n')) == 1 + int(std::size(kOpen)));
    CHECK(table.out.contains(QStringLiteral("overpaid")));
}

TEST_CASE("A bad row anywhere refuses the whole file and leaves the ledger as it was",
          "[cli][invoices]")
{
    const QString ledger = initLedger();
    // The ledger holds something already, so an untouched file is more than an empty schema.
    REQUIRE(
        importFile(ledger,
                   writeFile(QStringLiteral("earlier.csv"),
                             kHeader
                                 + "issued,OLD-1,1,Fjord Fisk "
                                   "AS,SK8875000000004000123456,2025-12-01,,NOK,10.00,0.00,1\n"))
            .exitCode
        == 0);
    const LedgerFiles before = ledgerFiles(ledger);
    REQUIRE_FALSE(before.wal);

    struct BadRow
    {
        const char *what;
        int position; // insert before this row of kRows (0 = first row of the file)
        QByteArray row;
        const char *field;
    };
    const BadRow cases[] = {
        { "a day that does not exist", 0, "issued,B1,,X,,2026-02-30,,EUR,1.00,0.00,1",
          "issue_date" },
        { "a date in local form", 3, "issued,B1,,X,,2026-01-02,16.01.2026,EUR,1.00,0.00,1",
          "due_date" },
        { "three decimals for EUR", 6, "issued,B1,,X,,2026-01-02,,EUR,12.345,0.00,1", "total" },
        { "a paid amount that is no number", 2, "issued,B1,,X,,2026-01-02,,EUR,12.00,twelve,1",
          "paid" },
        { "an unknown kind", 5, "credit_note,B1,,X,,2026-01-02,,EUR,1.00,0.00,1", "kind" },
        { "a bad IBAN among good ones", 1,
          "issued,B1,,X,SK6609000000005012345678;SK2411000000002612345679,2026-01-02,,EUR,1.00,0."
          "00,1",
          "counterparty_iban" },
        { "an unknown currency", 4, "issued,B1,,X,,2026-01-02,,EURO,1.00,0.00,1", "currency" },
        { "posted that is no 0 or 1", 6, "issued,B1,,X,,2026-01-02,,EUR,1.00,0.00,yes", "posted" },
        { "letters in the variable symbol", 0, "issued,B1,12AB,X,,2026-01-02,,EUR,1.00,0.00,1",
          "variable_symbol" },
        { "a missing field", 3, "issued,B1,,X,,2026-01-02,,EUR,1.00,0.00", "row" },
        { "a number twice in the file", 6, "issued,FV2026-0002,,X,,2026-01-02,,EUR,1.00,0.00,1",
          "number" },
        { "an IBAN given for two counterparties", 6,
          "issued,B1,,X,CZ6508000000192000145399,2026-01-02,,EUR,1.00,0.00,1",
          "counterparty_iban" },
        { "a number the ledger has", 2, "issued,OLD-1,,X,,2026-01-02,,EUR,1.00,0.00,1", "number" },
        { "an IBAN of a counterparty in the ledger", 0,
          "received,B1,,X,SK8875000000004000123456,2026-01-02,,EUR,1.00,0.00,1",
          "counterparty_iban" },
    };
    for (const BadRow &c : cases) {
        const QString field = QLatin1String(c.field);
        QList<QByteArray> rows = kRows.split('\n');
        rows.removeLast(); // after the final newline
        rows.insert(c.position, c.row);
        const QString csv = writeFile(QStringLiteral("bad.csv"), kHeader + rows.join('\n') + '\n');
        const CliRun run = importFile(ledger, csv);
        INFO(c.what);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        // Line 1 is the header.
        CHECK(run.err.contains(
            QStringLiteral("%1:%2: %3: ").arg(csv).arg(c.position + 2).arg(field)));
        CHECK(run.err.contains(QStringLiteral("nothing was imported")));
        CHECK(run.out.isEmpty());
        CHECK(ledgerFiles(ledger) == before);
    }
    CHECK(listJson(ledger, false).size() == 1);
}

TEST_CASE("Importing the same invoice number twice for one kind is refused", "[cli][invoices]")
{
    const QString ledger = initLedger();
    const QString csv = writeFile(QStringLiteral("twice.csv"), kHeader + kRows);
    REQUIRE(importFile(ledger, csv).exitCode == 0);
    const LedgerFiles before = ledgerFiles(ledger);

    const CliRun again = importFile(ledger, csv);
    CHECK(again.exitCode == 1);
    for (int line = 2; line <= 7; ++line)
        CHECK(again.err.contains(QStringLiteral("%1:%2: number: ").arg(csv).arg(line)));
    CHECK(again.err.contains(QStringLiteral("already in the ledger")));
    CHECK(ledgerFiles(ledger) == before);
    CHECK(listJson(ledger, false).size() == 6);

    // A new number for a counterparty the ledger knows, with an IBAN it knows: reused, not doubled.
    const QString more = writeFile(
        QStringLiteral("more.csv"),
        kHeader
            + "issued,FV2026-0005,20260005,Poľana Pekáreň "
              "s.r.o.,SK2411000000002612345678,2026-01-20,2026-02-03,EUR,10.00,0.00,1\n");
    const CliRun added = importFile(ledger, more);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("0 new counterparties")));
    CHECK(added.out.contains(QStringLiteral("0 new IBANs")));
}

TEST_CASE("invoices import refuses unreadable files and bad usage", "[cli][invoices]")
{
    const QString ledger = initLedger();
    CHECK(runCli(ledger, { QStringLiteral("invoices"), QStringLiteral("import") }).exitCode == 2);
    CHECK(runCli(ledger,
                 { QStringLiteral("invoices"), QStringLiteral("import"), QStringLiteral("a.csv"),
                   QStringLiteral("b.csv") })
              .exitCode
          == 2);
    CHECK(runCli(ledger,
                 { QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--unpaid") })
              .exitCode
          == 2);

    const CliRun missing = importFile(ledger, QStringLiteral("/nonexistent/invoices.csv"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("/nonexistent/invoices.csv")));

    const QString badHeader
        = writeFile(QStringLiteral("header.csv"), "kind,number,total\nissued,1,1.00\n");
    const CliRun header = importFile(ledger, badHeader);
    CHECK(header.exitCode == 1);
    CHECK(header.err.contains(QStringLiteral("%1:1: header: ").arg(badHeader)));

    const QString empty = writeFile(QStringLiteral("empty.csv"), "");
    CHECK(importFile(ledger, empty).exitCode == 1);

    // A header alone is a valid file with nothing in it.
    const CliRun headerOnly
        = importFile(ledger, writeFile(QStringLiteral("header-only.csv"), kHeader));
    CHECK(headerOnly.exitCode == 0);
    CHECK(headerOnly.out.contains(QStringLiteral("Imported 0 invoices")));
    CHECK(listJson(ledger, false).isEmpty());
}
