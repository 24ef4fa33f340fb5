// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/invoiceimporter.h"
#include "ledger/invoicerepository.h"
#include "ledgertestsupport.h"

#include <QDir>
#include <QFile>

using namespace Saldo;
using namespace LedgerTest;

namespace {

const char *kHeader
    = "kind,number,variable_symbol,counterparty,counterparty_iban,issue_date,due_date,"
      "currency,total,paid,posted\n";

QString writeCsv(const QString &name, const QByteArray &rows)
{
    const QString path = QDir(SaldoTest::tempDir()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(kHeader + rows);
    return path;
}

Result<InvoiceImportSummary> import(Ledger &ledger, const QString &path)
{
    const Result<InvoiceImportPlan> plan
        = InvoiceImportPlan::fromFile(path, QStringLiteral("invoices.csv"));
    if (!plan)
        return Error { plan.error() };
    return InvoiceImporter(ledger).run(*plan);
}

} // namespace

TEST_CASE("An invoice file is imported with its counterparties and IBANs", "[ledger][import]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    ledger->setUser(QStringLiteral("katarína"));
    const qint64 known = addCounterparty(*ledger, QStringLiteral("Tatra Stav s.r.o."),
                                         { QStringLiteral("SK2411000000002612345678") });
    const QString path = writeCsv(
        QStringLiteral("good.csv"),
        "issued,FV1,1001,Tatra Stav s.r.o.,SK2411000000002612345678;SK66 0900 0000 0050 1234 "
        "5678,2026-01-02,2026-01-16,EUR,100.00,0.00,1\n"
        "received,DF1,,\"Fjord Fisk AS\",NO9386011117947,2026-01-03,,NOK,\"1 500,00\",200,0\n"
        "issued,FV2,1002,Tatra Stav s.r.o.,,2026-01-04,2026-01-18,EUR,50.00,50.00,1\n");
    const Result<InvoiceImportSummary> summary = import(*ledger, path);
    INFO(summary.error().toStdString());
    REQUIRE(summary);
    CHECK(summary->invoices == 3);
    CHECK(summary->newCounterparties == 1);
    CHECK(summary->newIbans == 2);

    InvoiceRepository invoices(*ledger);
    const Invoice fv1 = invoices.byNumber(InvoiceKind::Issued, QStringLiteral("FV1"))->value();
    CHECK(fv1.counterpartyId == known);
    CHECK(fv1.variableSymbol.toString() == QStringLiteral("1001"));
    const Invoice df1 = invoices.byNumber(InvoiceKind::Received, QStringLiteral("DF1"))->value();
    CHECK(df1.counterpartyName == QStringLiteral("Fjord Fisk AS"));
    CHECK(df1.total == money(QStringLiteral("1500.00"), QStringLiteral("NOK")));
    CHECK(df1.open() == money(QStringLiteral("1300.00"), QStringLiteral("NOK")));
    CHECK_FALSE(df1.posted);
    CHECK_FALSE(df1.dueDate.isValid());

    const Counterparty tatra = CounterpartyRepository(*ledger).byId(known)->value();
    REQUIRE(tatra.ibans.size() == 2);
    CHECK(tatra.ibans.at(1).iban.toString() == QStringLiteral("SK6609000000005012345678"));
    CHECK(tatra.ibans.at(1).origin == IbanOrigin::Entered);

    const Result<QList<AuditEntry>> entries = AuditLog(*ledger).latest(1);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const AuditEntry &entry = entries->at(0);
    CHECK(entry.entity == QStringLiteral("invoice_import"));
    CHECK(entry.user == QStringLiteral("katarína"));
    CHECK(entry.after.value(QStringLiteral("invoices")).toInt() == 3);
    const QJsonObject eur = entry.after.value(QStringLiteral("sums"))
                                .toObject()
                                .value(QStringLiteral("EUR"))
                                .toObject();
    CHECK(eur.value(QStringLiteral("total")).toString() == QStringLiteral("150.00"));
    CHECK(eur.value(QStringLiteral("paid")).toString() == QStringLiteral("50.00"));
}

TEST_CASE("Every faulty row of an invoice file is named by line and field", "[ledger][import]")
{
    const QString path
        = writeCsv(QStringLiteral("faulty.csv"),
                   "issued,FV1,1001,A,,2026-01-02,2026-01-16,EUR,100.00,0.00,1\n"
                   "issued,FV2,1002,A,,2026-02-30,2026-01-16,EUR,100.00,0.00,1\n"
                   "issued,FV3,1003,A,,2026-01-02,2026-01-16,EUR,12.345,0.00,1\n"
                   "credit,FV4,1004,A,,2026-01-02,2026-01-16,EUR,1.00,0.00,1\n"
                   "issued,FV5,1005,A,SK2411000000002612345679,2026-01-02,,EUR,1.00,0.00,1\n"
                   "issued,FV1,1006,A,,2026-01-02,,EUR,1.00,0.00,1\n"
                   "issued,FV7,1007,A,,2026-01-02,,EUR,1.00,0.00,yes\n"
                   "issued,FV8,1008,A,,2026-01-02,,EUR,1.00\n");
    const Result<InvoiceImportPlan> plan
        = InvoiceImportPlan::fromFile(path, QStringLiteral("faulty.csv"));
    REQUIRE_FALSE(plan);
    const QStringList lines = plan.error().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0).startsWith(QStringLiteral("faulty.csv:3: issue_date: ")));
    CHECK(lines.at(1).startsWith(QStringLiteral("faulty.csv:4: total: ")));
    CHECK(lines.at(2).startsWith(QStringLiteral("faulty.csv:5: kind: ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("faulty.csv:6: counterparty_iban: ")));
    CHECK(lines.at(4).startsWith(QStringLiteral("faulty.csv:7: number: ")));
    CHECK(lines.at(4).contains(QStringLiteral("line 2")));
    CHECK(lines.at(5).startsWith(QStringLiteral("faulty.csv:8: posted: ")));
    CHECK(lines.at(6).startsWith(QStringLiteral("faulty.csv:9: row: ")));
}

TEST_CASE("An invoice file is refused whole when it clashes with the ledger", "[ledger][import]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    const qint64 owner
        = addCounterparty(*ledger, QStringLiteral("Owner"), { QStringLiteral("NO9386011117947") });
    REQUIRE(InvoiceRepository(*ledger).add(
        invoice(owner, QStringLiteral("FV9"), QStringLiteral("9.00"))));
    const int auditBefore = int(AuditLog(*ledger).latest(100)->size());

    const QString path
        = writeCsv(QStringLiteral("clash.csv"),
                   "issued,FV10,,New Customer,,2026-01-02,,EUR,1.00,0.00,1\n"
                   "issued,FV9,,New Customer,,2026-01-02,,EUR,1.00,0.00,1\n"
                   "received,FV9,,New Customer,NO9386011117947,2026-01-02,,EUR,1.00,0.00,1\n");
    const Result<InvoiceImportSummary> summary = import(*ledger, path);
    REQUIRE_FALSE(summary);
    const QStringList lines = summary.error().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("invoices.csv:3: number: ")));
    CHECK(lines.at(1).startsWith(QStringLiteral("invoices.csv:4: counterparty_iban: ")));
    CHECK(lines.at(1).contains(QStringLiteral("Owner")));

    CHECK(InvoiceRepository(*ledger).count().value() == 1);
    CHECK(CounterpartyRepository(*ledger).all()->size() == 1);
    CHECK(AuditLog(*ledger).latest(100)->size() == auditBefore);
}

TEST_CASE("A file that changes between check and write is rolled back whole",
          "[ledger][import][transaction]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    const QString path = writeCsv(
        QStringLiteral("changing.csv"),
        "issued,FV1,,First Customer,,2026-01-02,,EUR,1.00,0.00,1\n"
        "issued,FV2,,Second Customer,SK2411000000002612345678,2026-01-02,,EUR,2.00,0.00,1\n");
    const Result<InvoiceImportPlan> plan
        = InvoiceImportPlan::fromFile(path, QStringLiteral("changing.csv"));
    REQUIRE(plan);
    // Same size, but the second row is broken now: found only after the counterparties and the
    // first invoice were written.
    writeCsv(QStringLiteral("changing.csv"),
             "issued,FV1,,First Customer,,2026-01-02,,EUR,1.00,0.00,1\n"
             "issued,FV2,,Second Customer,SK2411000000002612345678,2026-13-02,,EUR,2.00,0.00,1\n");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(plan->modified, QFileDevice::FileModificationTime));
    file.close();

    const Result<InvoiceImportSummary> summary = InvoiceImporter(*ledger).run(*plan);
    REQUIRE_FALSE(summary);
    CHECK(summary.error().contains(QStringLiteral("changed while it was imported")));
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM counterparties")).toInt() == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM counterparty_ibans")).toInt() == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM invoices")).toInt() == 0);
    CHECK(scalar(*ledger, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == 0);
}

TEST_CASE("Line numbers in faults count CRLF lines and line breaks inside quotes",
          "[ledger][import]")
{
    // A BOM, CRLF line ends, a blank line and a quoted name over two lines: the bad total is on
    // line 6 of the file.
    const QString path = QDir(SaldoTest::tempDir()).filePath(QStringLiteral("crlf.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray("\xEF\xBB\xBF") + QByteArray(kHeader).replace("\n", "\r\n"));
    file.write("issued,FV1,,\"Dva\r\nRiadky s.r.o.\",,2026-01-02,,EUR,1.00,0.00,1\r\n");
    file.write("\r\n");
    file.write("issued,FV2,,\"Firma \"\"Uvodzovky\"\"\",,2026-01-02,,EUR,2.00,0.00,1\r\n");
    file.write("issued,FV3,,X,,2026-01-02,,EUR,1.2.3,0.00,1\r\n");
    file.close();

    const Result<InvoiceImportPlan> plan
        = InvoiceImportPlan::fromFile(path, QStringLiteral("crlf.csv"));
    REQUIRE_FALSE(plan);
    CHECK(plan.error().startsWith(QStringLiteral("crlf.csv:6: total: ")));
    CHECK_FALSE(plan.error().contains(QLatin1Char('\n')));

    // Without the bad row the file imports, quotes and line break kept.
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() - qint64(qstrlen("issued,FV3,,X,,2026-01-02,,EUR,1.2.3,0.00,1\r\n")));
    file.close();
    const std::unique_ptr<Ledger> ledger = freshLedger();
    const Result<InvoiceImportSummary> summary = import(*ledger, path);
    INFO(summary.error().toStdString());
    REQUIRE(summary);
    CHECK(summary->invoices == 2);
    InvoiceRepository invoices(*ledger);
    CHECK(invoices.byNumber(InvoiceKind::Issued, QStringLiteral("FV1"))->value().counterpartyName
          == QStringLiteral("Dva\r\nRiadky s.r.o."));
    CHECK(invoices.byNumber(InvoiceKind::Issued, QStringLiteral("FV2"))->value().counterpartyName
          == QStringLiteral("Firma \"Uvodzovky\""));
}
