// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The public GPC files of ../shared/corpus, checked against the values their projects' tests
// assert (expected*.json beside each file).
#include "catchqt.h"
#include "gpctestsupport.h"

using namespace Saldo;
using GpcTest::readCorpus;

namespace {

QString money(const std::optional<Money> &value)
{
    return value ? value->toString() : QStringLiteral("(none)");
}

} // namespace

TEST_CASE("GPC corpus: k3a/ago Fio excerpt", "[gpc][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const GpcTest::Outcome outcome = readCorpus(QStringLiteral("k3a__ago/abo/test/fio.gpc"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    // The 074 names no bank, but Fio writes "FIO" after the statement date.
    CHECK(s.accountNumber == u"2600113745/2010");
    CHECK(s.accountIban.toString() == u"CZ5720100000002600113745");
    CHECK(s.currency.code() == u"CZK");
    CHECK(s.sequence == u"000");
    CHECK(s.date == QDate(2018, 9, 24));
    CHECK(money(s.openingBalance) == u"313174.77");
    CHECK(money(s.closingBalance) == u"310454.19");
    // An excerpt: the 074 turnover covers items the file does not keep.
    CHECK(s.balanceCheck() == BalanceCheck::Mismatch);
    REQUIRE(s.lines.size() == 1);
    const StatementLine &line = s.lines.first();
    CHECK(line.amount.toString() == u"-1234.56");
    CHECK(line.transactionCode == u"1");
    CHECK(line.counterpartyAccount == u"7770227/0100");
    CHECK(line.counterpartyIban.toString() == u"CZ3401000000000007770227");
    CHECK(line.variableSymbol.toString() == u"1446556401");
    CHECK(line.constantSymbol.toString() == u"308");
    CHECK(line.specificSymbol.toString() == u"7815392681");
    CHECK(line.counterpartyName == u"CEZ");
    CHECK(line.bookingDate == QDate(2018, 9, 24));
    CHECK(line.valueDate == QDate(2018, 9, 24));
    CHECK(line.sourceLine == 2);
}

TEST_CASE("GPC corpus: pybankreader report - windows-1250 CRLF and UTF-8 LF", "[gpc][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString file = GENERATE(QStringLiteral("gpc_report.cp1250-crlf.gpc"),
                                  QStringLiteral("gpc_report.utf8-lf.gpc"));
    INFO(file.toStdString());
    const GpcTest::Outcome outcome = readCorpus(QStringLiteral("baldman__pybankreader/") + file);
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    CHECK(s.accountNumber == u"263847748");
    CHECK(s.accountIban.isNull()); // no bank code anywhere in the header
    CHECK(s.currency.code() == u"GBP"); // "0826" in every 075
    CHECK(s.sequence == u"008");
    CHECK(s.date == QDate(2014, 9, 30));
    CHECK(money(s.openingBalance) == u"2886.83");
    CHECK(money(s.closingBalance) == u"4916.54");
    CHECK(s.balanceCheck() == BalanceCheck::Ok);

    const QStringList amounts { QStringLiteral("34.11"),   QStringLiteral("-1.99"),
                                QStringLiteral("2000.00"), QStringLiteral("-0.17"),
                                QStringLiteral("-2.27"),   QStringLiteral("0.03") };
    const QStringList names {
        QStringLiteral("ALBATROS MEDIA A.S."),  QStringLiteral("Poplatek za zahranič"),
        QStringLiteral("ARGO spol. s r.o."),    QStringLiteral("Poplatek za zahranič"),
        QStringLiteral("Za vedení účtu, výpi"), QStringLiteral("Zúčtování kladných ú")
    };
    REQUIRE(s.lines.size() == 6);
    for (int i = 0; i < 6; ++i) {
        CHECK(s.lines[i].amount.toString() == amounts[i]);
        CHECK(s.lines[i].amount.currency().code() == u"GBP");
        CHECK(s.lines[i].counterpartyName == names[i]);
    }
    const StatementLine &first = s.lines.first();
    CHECK(first.transactionCode == u"2");
    CHECK(first.counterpartyAccount == u"5081107266/5500");
    // The 075's account and bank give the IBAN its 078 text repeats.
    CHECK(first.counterpartyIban.toString() == u"CZ6555000000005081107266");
    CHECK(first.bankReference == u"1000000000058");
    CHECK(first.specificSymbol.toString() == u"4109388409");
    CHECK(first.variableSymbol.isEmpty());
    CHECK(first.constantSymbol.isEmpty());
    CHECK(first.valueDate == QDate(2014, 9, 26));
    // 078 AV1/AV2 and 079 AV3/AV4, each its own line of text.
    CHECK(first.description
          == u"34,11 GBP 1,000000 CZ6555000000005081107266 177714 ALBATROS MEDIA A.S.");
    CHECK(s.lines[4].bookingDate == QDate(2014, 9, 27));
}

TEST_CASE("GPC corpus: Spoje-NET php-abo-parser fixtures", "[gpc][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString dir = QStringLiteral("Spoje-NET__php-abo-parser/tests/Fixtures/");
    SECTION("basic format: a 074 with an over-padded name")
    {
        const GpcTest::Outcome outcome = readCorpus(dir + QStringLiteral("basic_format.abo"));
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.statements.size() == 1);
        CHECK(outcome.result.warnings.size() == 1);
        const Statement &s = outcome.statements.first();
        CHECK(money(s.openingBalance) == u"99474.70");
        CHECK(money(s.closingBalance) == u"93201.15");
        REQUIRE(s.lines.size() == 2);
        // Code 5 is the reversal of a credit: money out.
        CHECK(s.lines[0].amount.toString() == u"-1100.01");
        CHECK(s.lines[1].amount.toString() == u"-1330.01");
    }
    SECTION("empty: no statements, said so")
    {
        const GpcTest::Outcome outcome = readCorpus(dir + QStringLiteral("empty.abo"));
        CHECK(outcome.result.ok());
        CHECK(outcome.statements.isEmpty());
        REQUIRE(outcome.result.warnings.size() == 1);
        CHECK(outcome.result.warnings.first().contains(u"no statement"));
    }
    SECTION("malformed: a clear error on the first record")
    {
        const GpcTest::Outcome outcome = readCorpus(dir + QStringLiteral("malformed.abo"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->line == 1);
        CHECK(outcome.result.error->field == u"074");
        CHECK(outcome.errorText()
              == u"malformed.abo:1: 074: a statement header has 128 characters, this one has 22");
        CHECK(outcome.statements.isEmpty());
    }
    SECTION("extended format: the library's own long 075 is refused")
    {
        const GpcTest::Outcome outcome = readCorpus(dir + QStringLiteral("extended_format.abo"));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->line == 2);
        CHECK(outcome.errorText().contains(u"this one has 936"));
        CHECK(outcome.errorText().contains(u"\"extended\" items"));
        CHECK(outcome.errorText().contains(u"not supported"));
    }
}

TEST_CASE("GPC corpus: regional bank examples", "[gpc][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString regional = SaldoTest::sharedDir() + QStringLiteral("/corpus/regional/");
    SECTION("KB Slovakia: accounts in the internal digit order")
    {
        const GpcTest::Outcome outcome = GpcTest::readFile(
            regional
            + QStringLiteral("sk/Spoje-NET__php-abo-parser/docs/bdsk_format_abo_sk.pdf-transcribed/"
                             "kbsk-abo-vzor-074-075-078.gpc"));
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.statements.size() == 1);
        const Statement &s = outcome.statements.first();
        CHECK(s.accountNumber == u"500005-2267180257");
        CHECK(money(s.openingBalance) == u"4857203.24");
        CHECK(s.balanceCheck() == BalanceCheck::Ok);
        REQUIRE(s.lines.size() == 1);
        const StatementLine &line = s.lines.first();
        CHECK(line.amount.minorUnits() == 5201);
        CHECK(line.counterpartyAccount == u"1107340237/8100");
        CHECK(line.counterpartyIban.toString() == u"SK3981000000001107340237");
        CHECK(line.constantSymbol.toString() == u"558");
        // Value date 000000: the due date stands in.
        CHECK(line.valueDate == QDate(2001, 12, 27));
        CHECK(line.description == u"Platba za elektrinu za mesiac leden.Faktura - 89aj456");
    }
    SECTION("Fio company export: LF line ends, 35 items, balances agree")
    {
        const GpcTest::Outcome outcome = GpcTest::readFile(
            regional + QStringLiteral("cz/Shopeca__gpc-parser/examples/bank.gpc"));
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.statements.size() == 1);
        const Statement &s = outcome.statements.first();
        CHECK(s.accountIban.toString() == u"CZ6420100000002501129872");
        CHECK(s.lines.size() == 35);
        CHECK(s.balanceCheck() == BalanceCheck::Ok);
        // "0007101148": bank 0710, KS 1148; a prefixed counter account.
        const auto tax = std::find_if(s.lines.begin(), s.lines.end(), [](const StatementLine &l) {
            return l.counterpartyAccount == u"7704-77621761/0710";
        });
        REQUIRE(tax != s.lines.end());
        CHECK(tax->constantSymbol.toString() == u"1148");
        CHECK(tax->counterpartyIban.toString() == u"CZ4207100077040077621761");
    }
    SECTION("Fio API manual examples: balance checks as the manual prints them")
    {
        const QString dir
            = regional + QStringLiteral("cz/martiner__fio-java/API_Bankovnictvi.pdf-transcribed/");
        const std::pair<const char *, BalanceCheck> files[] = {
            { "fio-gpc-pohyby-2012-06-26_2012-06-30.gpc", BalanceCheck::Ok },
            { "fio-gpc-vypis-2012-03.gpc", BalanceCheck::Ok },
            { "fio-gpc-od-posledniho-stazeni-id-1150392361.gpc", BalanceCheck::Mismatch },
            { "fio-gpc-od-posledniho-stazeni-datum-2012-07-27.gpc", BalanceCheck::Mismatch },
        };
        for (const auto &[name, check] : files) {
            INFO(name);
            const GpcTest::Outcome outcome = GpcTest::readFile(dir + QLatin1StringView(name));
            REQUIRE(outcome.result.ok());
            REQUIRE(outcome.statements.size() == 1);
            CHECK(outcome.statements.first().balanceCheck() == check);
        }
    }
}
