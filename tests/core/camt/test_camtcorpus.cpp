// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// camt files of kedder/ofxstatement-iso20022 and tkarabela/okane (no expected output beside
// them): each reads, and the values asserted here were checked by hand against the XML. Plus
// the negative cases of the corpus.
#include "camtreadhelper.h"
#include "catchqt.h"

#include <QDir>

using namespace Saldo;

namespace {

SaldoTest::CamtRead readCorpus(const char *relative)
{
    return SaldoTest::readCamtFile(SaldoTest::sharedDir() + QStringLiteral("/corpus/camt/")
                                   + QLatin1StringView(relative));
}

QString text(const std::optional<Money> &money)
{
    return money ? money->toString() : QStringLiteral("none");
}

} // namespace

TEST_CASE("camt: kedder samples", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    SECTION("camt052.xml: German camt.052.001.02, proprietary codes")
    {
        const SaldoTest::CamtRead read
            = readCorpus("kedder__ofxstatement-iso20022/tests/samples/camt052.xml");
        REQUIRE(read.result.ok());
        CHECK(read.result.format == StatementFormat::Camt052);
        REQUIRE(read.statements.size() == 1);
        const Statement &statement = read.statements.first();
        CHECK(statement.currency.code() == u"EUR");
        CHECK(text(statement.openingBalance) == u"268.35");
        CHECK(text(statement.closingBalance) == u"16.95");
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
        REQUIRE(statement.lines.size() == 5);
        CHECK(statement.lines[0].amount.toString() == u"-30.00");
        CHECK(statement.lines[0].bookingDate == QDate(2021, 2, 5));
        CHECK(statement.lines[0].counterpartyName == u"SPARKASSE PFORZHEIM CALW");
        CHECK(statement.lines[0].transactionCode == u"NTRF+116+7002+000");
        CHECK(statement.lines[3].amount.toString() == u"2.50");
    }
    SECTION("camt053.xml: Swiss camt.053.001.08")
    {
        const SaldoTest::CamtRead read
            = readCorpus("kedder__ofxstatement-iso20022/tests/samples/camt053.xml");
        REQUIRE(read.result.ok());
        REQUIRE(read.statements.size() == 1);
        const Statement &statement = read.statements.first();
        CHECK(statement.currency.code() == u"CHF");
        CHECK(text(statement.openingBalance) == u"832.01");
        CHECK(text(statement.closingBalance) == u"2116.31");
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
        REQUIRE(statement.lines.size() == 1);
        CHECK(statement.lines[0].amount.toString() == u"1284.30");
        CHECK(statement.lines[0].counterpartyName == u"PAYEE");
        CHECK(statement.lines[0].reference == u"9502830971");
    }
    SECTION("davider80.xml: 16 entries, balance dates with a time zone")
    {
        const SaldoTest::CamtRead read
            = readCorpus("kedder__ofxstatement-iso20022/tests/samples/davider80.xml");
        INFO(read.errorText().toStdString());
        REQUIRE(read.result.ok());
        REQUIRE(read.statements.size() == 1);
        const Statement &statement = read.statements.first();
        CHECK(statement.accountNumber == u"CHxxxxxxxxxxxxxxxxxxx"); // masked: not an IBAN
        CHECK(text(statement.openingBalance) == u"9433.31");
        CHECK(text(statement.closingBalance) == u"5753.46");
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
        REQUIRE(statement.lines.size() == 16);
        CHECK(statement.lines[0].amount.toString() == u"-905.30");
        CHECK(statement.lines[0].bookingDate == QDate(2017, 4, 1));
        CHECK(statement.lines[0].valueDate == QDate(2017, 4, 3));
        CHECK(statement.lines[12].amount.toString() == u"368.00");
    }
    SECTION("gcamp6.xml: currency XXX")
    {
        const SaldoTest::CamtRead read
            = readCorpus("kedder__ofxstatement-iso20022/tests/samples/gcamp6.xml");
        REQUIRE(read.result.ok());
        const Statement &statement = read.statements.first();
        CHECK(statement.currency.code() == u"XXX");
        CHECK(text(statement.openingBalance) == u"0.00");
        CHECK(text(statement.closingBalance) == u"10000.00");
        // The file's own entries add up to 13010.00: the check says so.
        CHECK(statement.balanceCheck() == BalanceCheck::Mismatch);
        REQUIRE(statement.lines.size() == 5);
        CHECK(statement.lines[0].amount.toString() == u"10000.00");
        CHECK(statement.lines[4].amount.toString() == u"10.00");
        CHECK(statement.lines[4].kind == LineKind::Interest); // ACMT/ACOP/INTR
    }
    SECTION("simple.xml: Lithuanian, DtTm dates")
    {
        const SaldoTest::CamtRead read
            = readCorpus("kedder__ofxstatement-iso20022/tests/samples/simple.xml");
        REQUIRE(read.result.ok());
        const Statement &statement = read.statements.first();
        CHECK(statement.periodStart == QDate(2015, 12, 1));
        CHECK(statement.periodEnd == QDate(2015, 12, 31));
        CHECK(text(statement.openingBalance) == u"306.53");
        CHECK(text(statement.closingBalance) == u"125.52");
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
        REQUIRE(statement.lines.size() == 4);
        CHECK(statement.lines[0].amount.toString() == u"-0.29");
        CHECK(statement.lines[0].description == u"Sąskaitos aptarnavimo mokestis");
        CHECK(statement.lines[0].valueDate == QDate(2016, 1, 1));
    }
    SECTION("unsupported.xml: camt's element names in a foreign namespace")
    {
        const SaldoTest::CamtRead read
            = readCorpus("kedder__ofxstatement-iso20022/tests/samples/unsupported.xml");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->line == 2);
        CHECK(read.result.error->message.contains(QStringLiteral("not a camt")));
        CHECK(read.result.error->message.contains(QStringLiteral("urn:weird-namespace")));
    }
}

TEST_CASE("camt: okane samples (Czech bank, PRCD opening balance)", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    SECTION("test1.xml")
    {
        const SaldoTest::CamtRead read = readCorpus("tkarabela__okane/tests/data/test1.xml");
        REQUIRE(read.result.ok());
        REQUIRE(read.statements.size() == 1);
        const Statement &statement = read.statements.first();
        CHECK(statement.accountNumber == u"XXX-IBAN");
        CHECK(statement.accountIban.isNull());
        CHECK(statement.currency.code() == u"CZK");
        CHECK(text(statement.openingBalance) == u"1000.00");
        CHECK(text(statement.closingBalance) == u"2000.00");
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
        REQUIRE(statement.lines.size() == 2);
        CHECK(statement.lines[0].amount.toString() == u"1500.00");
        CHECK(statement.lines[1].amount.toString() == u"-500.00");
    }
    SECTION("test2.xml")
    {
        const SaldoTest::CamtRead read = readCorpus("tkarabela__okane/tests/data/test2.xml");
        REQUIRE(read.result.ok());
        const Statement &statement = read.statements.first();
        REQUIRE(statement.lines.size() == 6);
        CHECK(statement.lines[0].amount.toString() == u"-100.00");
        CHECK(statement.lines[0].bookingDate == QDate(2023, 3, 1));
        CHECK(statement.lines[0].description == u"Nákup dne 27.2.2023, částka 100.00 CZK");
        CHECK(statement.lines[1].counterpartyAccount == u"XXX-OTHER-ACC");
        CHECK(statement.lines[5].counterpartyBic == u"REVOLT21");
        // 1000.00 + 2000.00 of lines is not the file's closing 2000.00.
        CHECK(statement.balanceCheck() == BalanceCheck::Mismatch);
    }
}

TEST_CASE("camt: genkgo's negative case has no statement", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const SaldoTest::CamtRead read = readCorpus("genkgo__camt/test/data/camt053.v2.wrong.xml");
    REQUIRE(read.result.error.has_value());
    CHECK(read.result.error->message.contains(QStringLiteral("<Stmt>")));
    CHECK(read.statements.isEmpty());
}

TEST_CASE("camt: every camt file of the corpus reads or fails with a message", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString root = SaldoTest::sharedDir() + QStringLiteral("/corpus/camt");
    QStringList failed;
    int files = 0;
    const QStringList names = { QStringLiteral("*.xml"), QStringLiteral("test-*") };
    for (const QString &sub : { QStringLiteral("/genkgo__camt/test/data"),
                                QStringLiteral("/kedder__ofxstatement-iso20022/tests/samples"),
                                QStringLiteral("/tkarabela__okane/tests/data"),
                                QStringLiteral("/OCA__bank-statement-import/"
                                               "account_statement_import_camt/test_files") }) {
        const QDir dir(root + sub);
        for (const QString &name : dir.entryList(names, QDir::Files)) {
            ++files;
            const SaldoTest::CamtRead read = SaldoTest::readCamtFile(dir.filePath(name));
            if (read.result.error) {
                CHECK_FALSE(read.result.error->message.isEmpty());
                failed.append(name);
            }
        }
    }
    CHECK(files == 39); // 26 genkgo, 6 kedder, 2 okane, 5 OCA
    failed.sort();
    CHECK(failed
          == QStringList { QStringLiteral("camt053.v2.wrong.xml"),
                           QStringLiteral("test-camt053.zip"), QStringLiteral("unsupported.xml") });
}
