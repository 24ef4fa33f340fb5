// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `statement import` and `import ...` as a script drives them: exit codes, JSON, invoices.
#include "catchqt.h"

#include "importcli.h"
#include "statementfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ImportCli;
using namespace ImportFixture;

namespace {

// A ledger with the fixture's accounts and invoices, and the basic statement written beside it.
struct Setup
{
    Setup()
    {
        REQUIRE(cli.run({ QStringLiteral("init") }).code == 0);
        REQUIRE(
            cli.run({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--iban"),
                      kAccount, QStringLiteral("--name"), QStringLiteral("Main") })
                .code
            == 0);
        const QString csv = cli.dir() + QStringLiteral("/invoices.csv");
        REQUIRE(writeFile(csv, invoicesCsv()));
        REQUIRE(cli.run({ QStringLiteral("invoices"), QStringLiteral("import"), csv }).code == 0);
        statement = cli.dir() + QStringLiteral("/s1.sta");
        REQUIRE(
            writeFile(statement,
                      mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                            QStringLiteral("1000,00"), QStringLiteral("1345,00"), basicLines())));
    }

    QJsonObject import()
    {
        const Output output
            = cli.run({ QStringLiteral("statement"), QStringLiteral("import"), statement,
                        QStringLiteral("--account"), kAccount, QStringLiteral("--json") });
        INFO(output.err.toStdString());
        REQUIRE(output.code == 0);
        return output.json();
    }

    QJsonObject invoice(const QString &number)
    {
        const Output output = cli.run(
            { QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--json") });
        REQUIRE(output.code == 0);
        for (const QJsonValue &value : QJsonDocument::fromJson(output.out.toUtf8()).array()) {
            if (value.toObject().value(u"number").toString() == number)
                return value.toObject();
        }
        FAIL("no invoice " << number.toStdString());
        return {};
    }

    CliLedger cli;
    QString statement;
};

QString id(const QJsonObject &import)
{
    return QString::number(import.value(u"import_id").toInteger());
}

} // namespace

TEST_CASE("statement import prints the rows as the contract says", "[cli][import]")
{
    Setup setup;
    const QJsonObject result = setup.import();
    CHECK(result.value(u"import_id").toInteger() > 0);
    const QJsonArray rows = result.value(u"rows").toArray();
    REQUIRE(rows.size() == 3);
    const QJsonObject first = rows[0].toObject();
    for (const char *key :
         { "line", "description", "type", "documents", "reference", "date", "iban",
           "counterparty_in_statement", "counterparty", "income", "expense", "allocated",
           "unallocated", "colour", "rule", "evidence", "duplicate" })
        CHECK(first.contains(QLatin1StringView(key)));
    CHECK(first.value(u"line").toInt() == 1);
    CHECK(first.value(u"type").toString() == QStringLiteral("invoice_payment"));
    CHECK(first.value(u"documents").toArray() == QJsonArray { QStringLiteral("FV1") });
    CHECK(first.value(u"reference").toString() == QStringLiteral("2026000001"));
    CHECK(first.value(u"date").toString() == QStringLiteral("2026-01-05"));
    CHECK(first.value(u"iban").toString() == kAlfaIban);
    CHECK(first.value(u"counterparty").toString() == QStringLiteral("Alfa s.r.o."));
    CHECK(first.value(u"income").toString() == QStringLiteral("150.00"));
    CHECK(first.value(u"expense").toString() == QStringLiteral("0.00"));
    CHECK(first.value(u"allocated").toString() == QStringLiteral("150.00"));
    CHECK(first.value(u"unallocated").toString() == QStringLiteral("0.00"));
    CHECK(first.value(u"colour").toString() == QStringLiteral("green"));
    CHECK(first.value(u"rule").toString() == QStringLiteral("iban+vs"));
    CHECK(first.value(u"duplicate").toBool() == false);
    CHECK(rows[2].toObject().value(u"expense").toString() == QStringLiteral("5.00"));
    const QJsonObject summary = result.value(u"summary").toObject();
    CHECK(summary.value(u"green").toInt() == 2);
    CHECK(summary.value(u"red").toInt() == 1);
    CHECK(summary.value(u"black").toInt() == 0);
    CHECK(summary.value(u"grey").toInt() == 0);

    // import show gives the same rows.
    const Output shown = setup.cli.run(
        { QStringLiteral("import"), QStringLiteral("show"), id(result), QStringLiteral("--json") });
    REQUIRE(shown.code == 0);
    CHECK(shown.json().value(u"rows") == result.value(u"rows"));
    // ... and a table without --json.
    const Output table
        = setup.cli.run({ QStringLiteral("import"), QStringLiteral("show"), id(result) });
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("FV1")));
    CHECK(table.out.contains(QStringLiteral("iban+vs")));
}

TEST_CASE("A red row is allocated by hand, then the import is confirmed", "[cli][import]")
{
    Setup setup;
    const QString importId = id(setup.import());
    const Output refused
        = setup.cli.run({ QStringLiteral("import"), QStringLiteral("confirm"), importId });
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("line 2")));
    CHECK(setup.invoice(QStringLiteral("FV1")).value(u"paid").toString() == QStringLiteral("0.00"));

    const Output allocated
        = setup.cli.run({ QStringLiteral("import"), QStringLiteral("allocate"), importId,
                          QStringLiteral("2"), QStringLiteral("--document"), QStringLiteral("FV2"),
                          QStringLiteral("--amount"), QStringLiteral("200.00") });
    INFO(allocated.err.toStdString());
    REQUIRE(allocated.code == 0);
    CHECK(allocated.out.contains(QStringLiteral("green")));

    const Output confirmed
        = setup.cli.run({ QStringLiteral("import"), QStringLiteral("confirm"), importId });
    INFO(confirmed.err.toStdString());
    REQUIRE(confirmed.code == 0);
    const QJsonObject fv1 = setup.invoice(QStringLiteral("FV1"));
    CHECK(fv1.value(u"paid").toString() == QStringLiteral("150.00"));
    CHECK(fv1.value(u"status").toString() == QStringLiteral("paid"));
    CHECK(fv1.value(u"paid_date").toString() == QStringLiteral("2026-01-05"));
    CHECK(setup.invoice(QStringLiteral("FV2")).value(u"paid").toString()
          == QStringLiteral("200.00"));
    CHECK(setup.cli.run({ QStringLiteral("import"), QStringLiteral("cancel"), importId }).code
          == 1);

    // The same file again: every row a duplicate, nothing paid twice.
    const QJsonObject again = setup.import();
    for (const QJsonValue &row : again.value(u"rows").toArray()) {
        CHECK(row.toObject().value(u"duplicate").toBool());
        CHECK(row.toObject().value(u"allocated").toString() == QStringLiteral("0.00"));
        CHECK(row.toObject().value(u"documents").toArray().isEmpty());
    }
    REQUIRE(setup.cli.run({ QStringLiteral("import"), QStringLiteral("confirm"), id(again) }).code
            == 0);
    CHECK(setup.invoice(QStringLiteral("FV1")).value(u"paid").toString()
          == QStringLiteral("150.00"));
    CHECK(setup.invoice(QStringLiteral("FV2")).value(u"paid").toString()
          == QStringLiteral("200.00"));
}

TEST_CASE("A confirmed line is annulled and written again", "[cli][import]")
{
    Setup setup;
    const QString importId = id(setup.import());
    REQUIRE(setup.cli
                .run({ QStringLiteral("import"), QStringLiteral("delete-line"), importId,
                       QStringLiteral("2") })
                .code
            == 0);
    REQUIRE(setup.cli.run({ QStringLiteral("import"), QStringLiteral("confirm"), importId }).code
            == 0);
    const auto lineOne = [&] {
        const Output shown = setup.cli.run({ QStringLiteral("import"), QStringLiteral("show"),
                                             importId, QStringLiteral("--json") });
        REQUIRE(shown.code == 0);
        const QJsonArray rows
            = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"rows").toArray();
        REQUIRE(!rows.isEmpty());
        return rows.first().toObject();
    };
    CHECK(lineOne().value(u"written").toBool());

    const Output annulled = setup.cli.run(
        { QStringLiteral("import"), QStringLiteral("annul"), importId, QStringLiteral("1") });
    INFO(annulled.err.toStdString());
    REQUIRE(annulled.code == 0);
    CHECK(lineOne().value(u"annulled").toBool());
    CHECK_FALSE(lineOne().value(u"written").toBool());
    CHECK(setup.invoice(QStringLiteral("FV1")).value(u"paid").toString() == QStringLiteral("0.00"));

    const Output written = setup.cli.run(
        { QStringLiteral("import"), QStringLiteral("write"), importId, QStringLiteral("1") });
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    CHECK(lineOne().value(u"written").toBool());
    CHECK(setup.invoice(QStringLiteral("FV1")).value(u"paid").toString()
          == QStringLiteral("150.00"));
    // Written already; a line that is not there; bad usage.
    CHECK(setup.cli
              .run({ QStringLiteral("import"), QStringLiteral("write"), importId,
                     QStringLiteral("1") })
              .code
          == 1);
    CHECK(setup.cli
              .run({ QStringLiteral("import"), QStringLiteral("annul"), importId,
                     QStringLiteral("99") })
              .code
          == 1);
    CHECK(setup.cli.run({ QStringLiteral("import"), QStringLiteral("annul"), importId }).code == 2);
}

TEST_CASE("Edits by hand, cancel and bad usage", "[cli][import]")
{
    Setup setup;
    const QString importId = id(setup.import());
    const auto run = [&](QStringList words) {
        return setup.cli.run(QStringList { QStringLiteral("import") } + words);
    };
    CHECK(run({ QStringLiteral("set-counterparty"), importId, QStringLiteral("2"),
                QStringLiteral("Beta a.s.") })
              .code
          == 0);
    CHECK(run({ QStringLiteral("set-type"), importId, QStringLiteral("3"),
                QStringLiteral("no_document") })
              .code
          == 0);
    CHECK(run({ QStringLiteral("set-type"), importId, QStringLiteral("3"), QStringLiteral("fee") })
              .code
          == 2);
    CHECK(run({ QStringLiteral("delete-line"), importId, QStringLiteral("1") }).code == 0);
    CHECK(run({ QStringLiteral("delete-line"), importId, QStringLiteral("1") }).code == 1);
    CHECK(run({ QStringLiteral("allocate"), importId, QStringLiteral("x"),
                QStringLiteral("--document"), QStringLiteral("FV2") })
              .code
          == 2);
    CHECK(run({ QStringLiteral("show"), QStringLiteral("999") }).code == 1);

    const QJsonObject shown
        = run({ QStringLiteral("show"), importId, QStringLiteral("--json") }).json();
    const QJsonArray rows = shown.value(u"rows").toArray();
    REQUIRE(rows.size() == 2); // line 1 deleted
    CHECK(rows[0].toObject().value(u"line").toInt() == 2);
    CHECK(rows[0].toObject().value(u"colour").toString() == QStringLiteral("black"));
    CHECK(rows[0].toObject().value(u"counterparty").toString() == QStringLiteral("Beta a.s."));
    CHECK(rows[1].toObject().value(u"type").toString() == QStringLiteral("no_document"));

    CHECK(run({ QStringLiteral("cancel"), importId }).code == 0);
    CHECK(run({ QStringLiteral("show"), importId }).code == 1);
    CHECK(setup.cli.run({ QStringLiteral("statement"), QStringLiteral("import"), setup.statement })
              .code
          == 2);
}
