// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The public OFX files of ../shared/corpus/ofx (ofxparse, ofxtools, OCA). They ship no expected
// output files, so the values below were read off the files themselves.
#include "catchqt.h"
#include "ofxtestsupport.h"

using namespace Saldo;
using OfxTest::readCorpus;

namespace {

QString money(const std::optional<Money> &value)
{
    return value ? value->toString() : QStringLiteral("(none)");
}

QString amounts(const Statement &statement)
{
    QStringList texts;
    for (const StatementLine &line : statement.lines)
        texts.append(line.amount.toString());
    return texts.join(u' ');
}

struct Expected
{
    const char *currency;
    const char *account;
    const char *closing;
    const char *amounts;
};

} // namespace

TEST_CASE("OFX corpus: files that read", "[ofx][corpus]")
{
    SALDO_REQUIRE_SHARED();
    struct Case
    {
        const char *file;
        std::vector<Expected> statements;
    };
    const Case c = GENERATE(
        Case { "csingley__ofxtools/tests/data/stmtrs.ofx",
               { { "USD", "999988/121099999", "200.29", "-200.00 -300.00" } } },
        Case { "csingley__ofxtools/tests/data/stmtrs_euro.ofx",
               { { "USD", "999988/121099999", "200.29", "-200.00 -300.00" } } },
        Case { "csingley__ofxtools/tests/data/br_nubank_cc.ofx",
               { { "BRL", "11111111-UUID-UUID-UUID-111111111111", "-1280.91",
                   "-13.00 -162.90 -33.46 -9.02 -103.53 -959.00" } } },
        Case { "jseutter__ofxparse/tests/fixtures/anzcc.ofx",
               { { "AUD", "1234123412341234", "-123.45", "-5.50" } } },
        Case { "jseutter__ofxparse/tests/fixtures/bank_medium.ofx",
               { { "CAD", "12300 000012345678/160000100", "382.34", "-6.60 -316.67 -22.00" } } },
        Case { "jseutter__ofxparse/tests/fixtures/checking.ofx",
               { { "USD", "1452687~7/5472369148", "100.99", "0.01 -34.51 -25.00" } } },
        Case { "jseutter__ofxparse/tests/fixtures/suncorp.ofx",
               { { "AUD", "123456789/SUNCORP", "1234.12", "-16.85" } } },
        Case { "jseutter__ofxparse/tests/fixtures/multiple_accounts.ofx",
               { { "USD", "9100/123", "111.00", "" }, { "USD", "9200/123", "222.00", "" } } },
        Case { "jseutter__ofxparse/tests/fixtures/multiple_accounts2.ofx",
               { { "USD", "9100/123", "111.00", "" }, { "USD", "9200/123", "222.00", "" } } },
        // CURDEF empty: the line's CURRENCY/CURSYM names the currency; BALAMT empty.
        Case { "jseutter__ofxparse/tests/fixtures/ofx-v102-empty-tags.ofx",
               { { "AUD", "12345678/NPBS", "(none)", "12.34" } } },
        Case { "jseutter__ofxparse/tests/fixtures/fail_nice/empty_balance.ofx",
               { { "CAD", "192639749/123845030", "(none)", "120.00" } } },
        Case { "OCA__bank-statement-import/account_statement_import_ofx/tests/test_ofx_file/"
               "test_ofx.ofx",
               { { "USD", "123456/000000123", "2156.56", "-80.00 -90.00 -100.00 -90.00" },
                 { "USD", "123412341234", "-562.00", "" } } });
    INFO(c.file);
    const OfxTest::Outcome outcome = readCorpus(QString::fromLatin1(c.file));
    REQUIRE(outcome.errorText() == QString());
    REQUIRE(outcome.statements.size() == qsizetype(c.statements.size()));
    for (qsizetype i = 0; i < outcome.statements.size(); ++i) {
        const Statement &s = outcome.statements.at(i);
        const Expected &e = c.statements.at(size_t(i));
        CHECK(s.currency.code() == QLatin1StringView(e.currency));
        CHECK(s.accountNumber == QLatin1StringView(e.account));
        CHECK(money(s.closingBalance) == QLatin1StringView(e.closing));
        CHECK(amounts(s) == QLatin1StringView(e.amounts));
        for (const StatementLine &line : s.lines)
            CHECK(line.bookingDate.isValid());
    }
}

TEST_CASE("OFX corpus: details of one SGML and one XML file", "[ofx][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const OfxTest::Outcome nubank
        = readCorpus(QStringLiteral("csingley__ofxtools/tests/data/br_nubank_cc.ofx"));
    REQUIRE(nubank.statements.size() == 1);
    const Statement &card = nubank.statements.first();
    CHECK(card.periodStart == QDate(2024, 2, 24));
    CHECK(card.periodEnd == QDate(2024, 3, 26));
    CHECK(card.lines.first().bookingDate == QDate(2024, 3, 23));
    CHECK(card.lines.first().description == u"-memo-message-");
    CHECK(card.lines.first().transactionCode == u"DEBIT");

    const OfxTest::Outcome suncorp
        = readCorpus(QStringLiteral("jseutter__ofxparse/tests/fixtures/suncorp.ofx"));
    REQUIRE(suncorp.statements.size() == 1);
    const StatementLine &line = suncorp.statements.first().lines.first();
    CHECK(line.bookingDate == QDate(2013, 12, 15));
    CHECK_FALSE(line.bankReference.isEmpty());
}

TEST_CASE("OFX corpus: broken files give a clear error", "[ofx][corpus]")
{
    SALDO_REQUIRE_SHARED();
    struct Case
    {
        const char *file;
        const char *error;
    };
    const Case c = GENERATE(
        Case { "jseutter__ofxparse/tests/fixtures/bank_small.ofx",
               "bank_small.ofx:12: no bank or card statement (STMTRS or CCSTMTRS) in the file" },
        Case { "jseutter__ofxparse/tests/fixtures/error_message.ofx",
               "error_message.ofx: no statement; line 22: the bank reports error 2000: General "
               "Server Error" },
        Case { "jseutter__ofxparse/tests/fixtures/fail_nice/date_missing.ofx",
               "date_missing.ofx:33: STMTTRN/DTPOSTED: date missing" },
        Case { "jseutter__ofxparse/tests/fixtures/fail_nice/decimal_error.ofx",
               "decimal_error.ofx:37: STMTTRN/TRNAMT: amount expected (like -12.50), found "
               "'$120'" },
        // CURDEF, the account and a DTPOSTED are commented out.
        Case { "OCA__bank-statement-import/account_statement_import_ofx/tests/test_ofx_file/"
               "test_ofx_wrong.ofx",
               "test_ofx_wrong.ofx:21: STMTRS/CURDEF: currency missing" });
    INFO(c.file);
    const OfxTest::Outcome outcome = readCorpus(QString::fromLatin1(c.file));
    CHECK(outcome.statements.isEmpty());
    CHECK(outcome.errorText() == QString::fromUtf8(c.error));
}
