// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The OFX reader on hand-made fixtures (tests/data/ofx) and on generated input.
#include "catchqt.h"
#include "formats/formatdetection.h"
#include "ofxtestsupport.h"

#include <QBuffer>
#include <QFile>

#include <numeric>

using namespace Saldo;
using OfxTest::readBytes;
using OfxTest::readFixture;

namespace {

QString money(const std::optional<Money> &value)
{
    return value ? value->toString() : QStringLiteral("(none)");
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(SaldoTest::dataDir() + QStringLiteral("/ofx/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray sgmlFile(const QByteArray &header, const QByteArray &transactions,
                    const QByteArray &currency = "EUR")
{
    return header + "\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>" + currency
        + "\n<BANKACCTFROM><ACCTID>42</BANKACCTFROM><BANKTRANLIST>" + transactions
        + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
}

QByteArray sgmlTransaction(const QByteArray &amount, const QByteArray &name = "x")
{
    return "<STMTTRN>\n<TRNTYPE>OTHER\n<DTPOSTED>20260101\n<TRNAMT>" + amount + "\n<NAME>" + name
        + "\n</STMTTRN>\n";
}

} // namespace

TEST_CASE("OFX 1.02 SGML: windows-1252, unclosed leaves, two statements", "[ofx]")
{
    const OfxTest::Outcome outcome = readFixture(QStringLiteral("sgml-1252-two-statements.ofx"));
    REQUIRE(outcome.errorText() == QString());
    REQUIRE(outcome.result.ok());
    CHECK(outcome.result.format == StatementFormat::Ofx);
    CHECK(outcome.result.warnings.isEmpty());
    REQUIRE(outcome.statements.size() == 2);

    const Statement &eur = outcome.statements.at(0);
    CHECK(eur.sourceLine == 29);
    CHECK(eur.currency.code() == u"EUR");
    CHECK(eur.accountNumber == u"00012345678/30004");
    CHECK(eur.accountIban.isNull());
    CHECK(eur.periodStart == QDate(2026, 2, 1));
    CHECK(eur.periodEnd == QDate(2026, 2, 28));
    CHECK(eur.date == QDate(2026, 2, 28));
    CHECK(money(eur.openingBalance) == u"(none)");
    CHECK(money(eur.closingBalance) == u"3168.01");
    CHECK(eur.balanceCheck() == BalanceCheck::Unknown);
    REQUIRE(eur.lines.size() == 4);

    const StatementLine &credit = eur.lines.at(0);
    CHECK(credit.sourceLine == 40);
    CHECK(credit.transactionCode == u"CREDIT");
    CHECK(credit.bookingDate == QDate(2026, 2, 3));
    CHECK(credit.valueDate == QDate(2026, 2, 2)); // DTUSER when there is no DTAVAIL
    CHECK(credit.amount == Money(125050, eur.currency));
    CHECK(credit.bankReference == u"2026020300001");
    CHECK(credit.counterpartyName == u"Café République");
    CHECK(credit.description == u"Invoice 2026-014 € paid – thanks");
    CHECK(credit.reference == u"INV2026014");
    CHECK_FALSE(credit.card);

    const StatementLine &check = eur.lines.at(1);
    CHECK(check.amount.toString() == u"-80.00");
    CHECK(check.bookingDate == QDate(2026, 2, 10));
    CHECK(check.reference == u"1042"); // CHECKNUM when there is no REFNUM
    CHECK(check.counterpartyName == u"Garage Dupont & Fils"); // PAYEE as text
    CHECK_FALSE(check.valueDate.isValid());

    const StatementLine &transfer = eur.lines.at(2);
    CHECK(transfer.amount.toString() == u"-0.99"); // comma as decimal separator
    CHECK(transfer.valueDate == QDate(2026, 2, 16)); // DTAVAIL
    CHECK(transfer.counterpartyIban.toString() == u"FR7630004000031234567890143");
    CHECK(transfer.counterpartyAccount.isEmpty());
    CHECK(transfer.description.isEmpty());

    const StatementLine &fee = eur.lines.at(3);
    CHECK(fee.amount.toString() == u"-2.50"); // "-2.5000": zero decimals beyond the cents
    CHECK(fee.kind == LineKind::Fee);

    const Statement &usd = outcome.statements.at(1);
    CHECK(usd.sourceLine == 96);
    CHECK(usd.currency.code() == u"USD");
    CHECK(usd.accountNumber == u"987654321/121000358");
    CHECK(money(usd.closingBalance) == u"501.07");
    REQUIRE(usd.lines.size() == 1);
    CHECK(usd.lines.at(0).kind == LineKind::Interest);
    CHECK(usd.lines.at(0).amount == Money(107, usd.currency));
}

TEST_CASE("OFX 2.11 XML: card statement in UTF-8", "[ofx]")
{
    const OfxTest::Outcome outcome = readFixture(QStringLiteral("xml-211-card-utf8.ofx"));
    REQUIRE(outcome.errorText() == QString());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    CHECK(s.sourceLine == 16);
    CHECK(s.currency.code() == u"CZK");
    CHECK(s.accountIban.toString() == u"CZ6508000000192000145399");
    CHECK(s.accountNumber.isEmpty());
    CHECK(money(s.closingBalance) == u"-4810.50");
    REQUIRE(s.lines.size() == 3);

    const StatementLine &pos = s.lines.at(0);
    CHECK(pos.sourceLine == 22);
    CHECK(pos.counterpartyName == u"Kavárna Žluťoučký kůň");
    CHECK(pos.description == u"Platba kartou <4411>");
    CHECK(pos.kind == LineKind::Card);
    CHECK(pos.card);
    CHECK(pos.amount.toString() == u"-1299.00");

    const StatementLine &payment = s.lines.at(1);
    CHECK(payment.counterpartyName == u"Jan Novák"); // PAYEE/NAME
    CHECK(payment.amount == Money(500000, s.currency));
    CHECK(payment.variableSymbol.toString() == u"2026000012");

    const StatementLine &foreign = s.lines.at(2);
    CHECK(foreign.counterpartyName.isEmpty()); // <NAME/>
    CHECK(foreign.amount.currency().code() == u"EUR"); // CURRENCY/CURSYM: the amount's own
    CHECK(foreign.amount.toString() == u"-12.34");
}

TEST_CASE("OFX errors name the line and the field", "[ofx]")
{
    struct Case
    {
        const char *file;
        const char *expected;
    };
    const Case c = GENERATE(
        Case { "error-bad-amount.ofx",
               "error-bad-amount.ofx:53: STMTTRN/TRNAMT: amount expected (like -12.50), "
               "found '-80.0.0'" },
        Case { "error-bad-date.ofx",
               "error-bad-date.ofx:60: STMTTRN/DTPOSTED: date expected (YYYYMMDD...), found "
               "'20260230'" },
        Case { "error-no-currency.ofx",
               "error-no-currency.ofx:29: STMTRS/CURDEF: currency "
               "missing" },
        Case { "error-cut.ofx",
               "error-cut.ofx:72: STMTRS: the file ends inside the statement "
               "that starts on line 29" },
        Case { "error-bank-status.ofx",
               "error-bank-status.ofx: no statement; line 4: the bank reports error 2000: "
               "Account locked" });
    INFO(c.file);
    const OfxTest::Outcome outcome = readFixture(QString::fromLatin1(c.file));
    CHECK_FALSE(outcome.result.ok());
    CHECK(outcome.errorText() == QString::fromUtf8(c.expected));
}

TEST_CASE("OFX: a statement before a broken one is still handed out", "[ofx]")
{
    QByteArray bytes = fixtureBytes(QStringLiteral("sgml-1252-two-statements.ofx"));
    bytes.replace("<TRNAMT>1.07", "<TRNAMT>one");
    const OfxTest::Outcome outcome = readBytes(bytes);
    CHECK(outcome.statements.size() == 1);
    CHECK(outcome.errorText()
          == u"test.ofx:109: STMTTRN/TRNAMT: amount expected (like -12.50), found 'one'");
}

TEST_CASE("OFX: encodings from the header, or from the content", "[ofx]")
{
    SECTION("CHARSET:1250")
    {
        const OfxTest::Outcome outcome = readBytes(sgmlFile(
            "OFXHEADER:100\nENCODING:USASCII\nCHARSET:1250\n", sgmlTransaction("1", "\x8a\xe8")));
        REQUIRE(outcome.statements.size() == 1);
        CHECK(outcome.statements[0].lines[0].counterpartyName == u"Šč");
    }
    SECTION("ENCODING:UTF-8")
    {
        const OfxTest::Outcome outcome = readBytes(
            sgmlFile("OFXHEADER:100\nENCODING:UTF-8\nCHARSET:NONE\n", sgmlTransaction("1", "Ø")));
        REQUIRE(outcome.statements.size() == 1);
        CHECK(outcome.statements[0].lines[0].counterpartyName == u"Ø");
    }
    SECTION("UTF-8 content under a 1252 header is read as UTF-8")
    {
        const OfxTest::Outcome outcome = readBytes(sgmlFile(
            "OFXHEADER:100\nENCODING:USASCII\nCHARSET:1252\n", sgmlTransaction("1", "Žluť")));
        REQUIRE(outcome.statements.size() == 1);
        CHECK(outcome.statements[0].lines[0].counterpartyName == u"Žluť");
    }
    SECTION("no header at all, a UTF-8 BOM")
    {
        const OfxTest::Outcome outcome
            = readBytes("\xEF\xBB\xBF" + sgmlFile({}, sgmlTransaction("-3.5", "Ærø")));
        REQUIRE(outcome.statements.size() == 1);
        CHECK(outcome.statements[0].lines[0].counterpartyName == u"Ærø");
        CHECK(outcome.statements[0].lines[0].amount.toString() == u"-3.50");
    }
}

TEST_CASE("OFX: many statements and lines across read chunks", "[ofx]")
{
    QByteArray transactions;
    constexpr int Count = 20000;
    for (int i = 1; i <= Count; ++i)
        transactions
            += sgmlTransaction(QByteArray::number(i) + ".01", "Name " + QByteArray::number(i));
    QByteArray statement = "<STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM>"
                           "<BANKTRANLIST>"
        + transactions + "</BANKTRANLIST></STMTRS></STMTTRNRS>";
    const QByteArray bytes
        = "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1>" + statement + statement + "</BANKMSGSRSV1></OFX>";
    const OfxTest::Outcome outcome = readBytes(bytes);
    REQUIRE(outcome.errorText() == QString());
    REQUIRE(outcome.statements.size() == 2);
    for (const Statement &s : outcome.statements) {
        REQUIRE(s.lines.size() == Count);
        qint64 sum = 0;
        for (const StatementLine &line : s.lines)
            sum += line.amount.minorUnits();
        CHECK(sum == qint64(Count) * (Count + 1) / 2 * 100 + Count);
        CHECK(s.lines.last().counterpartyName == u"Name 20000");
    }
    CHECK(outcome.statements[1].lines[0].sourceLine == 6 * Count + 3);
}

TEST_CASE("OFX: broken input gives an error, never a crash or a hang", "[ofx]")
{
    struct Case
    {
        QByteArray bytes;
        const char *expected;
    };
    const Case c = GENERATE(
        Case { "", "test.ofx:1: not an OFX file: no <OFX> element" },
        Case { "OFXHEADER:100\n\n<OFX>\n<SIGNONMSGSRSV1",
               "test.ofx:4: tag not closed ('>' missing)" },
        Case { "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF<STMTTRN>",
               "test.ofx:1: tag not closed ('>' missing before the next '<')" },
        Case { "<OFX><!-- never closed", "test.ofx:1: comment not closed ('-->' missing)" },
        Case { "<OFX>" + QByteArray(1000, 'x').replace("x", "<A>"),
               "test.ofx:1: A: elements nested deeper than 256" },
        Case { "<OFX><STMTTRN><TRNAMT>1</STMTTRN></OFX>",
               "test.ofx:1: STMTTRN: transaction outside a statement (STMTRS or CCSTMTRS)" },
        Case { "<OFX><STMTRS><STMTRS>",
               "test.ofx:1: STMTRS/CURDEF: currency missing" }, // the 2nd closes the 1st
        Case { "<OFX><STMTRS><CCSTMTRS><CURDEF>",
               "test.ofx:1: CCSTMTRS: statement inside a statement (the one of line 1 is not "
               "closed)" },
        Case { "<OFX></OFX>",
               "test.ofx:1: no bank or card statement (STMTRS or CCSTMTRS) in the file" },
        Case { "<OFX>" + QByteArray(2 * 1024 * 1024, 'x'),
               "test.ofx:1: text longer than 1048576 bytes without a tag" });
    const OfxTest::Outcome outcome = readBytes(c.bytes);
    CHECK(outcome.statements.isEmpty());
    CHECK(outcome.errorText() == QString::fromUtf8(c.expected));
}

TEST_CASE("OFX: the sink can stop the reading", "[ofx]")
{
    QBuffer buffer;
    buffer.setData(fixtureBytes(QStringLiteral("sgml-1252-two-statements.ofx")));
    buffer.open(QIODevice::ReadOnly);
    int statements = 0;
    const ReadResult result
        = createReader(StatementFormat::Ofx)->read(buffer, {}, [&](Statement &&) {
              ++statements;
              return false;
          });
    CHECK(statements == 1);
    CHECK(result.canceled);
    CHECK_FALSE(result.error);
}

TEST_CASE("OFX is detected from the content", "[ofx][detection]")
{
    for (const char *name : { "sgml-1252-two-statements.ofx", "xml-211-card-utf8.ofx" }) {
        INFO(name);
        CHECK(detectFormat(fixtureBytes(QString::fromLatin1(name))) == StatementFormat::Ofx);
    }
    CHECK(detectFormat("\n\n   OFXHEADER:100\nDATA:OFXSGML\n") == StatementFormat::Ofx);
    CHECK(detectFormat("<OFX>\n<SIGNONMSGSRSV1>") == StatementFormat::Ofx);

    int statements = 0;
    const ReadResult result
        = readStatementFile(SaldoTest::dataDir() + QStringLiteral("/ofx/xml-211-card-utf8.ofx"),
                            StatementFormat::Auto, [&](Statement &&) { return ++statements > 0; });
    CHECK(result.ok());
    CHECK(result.format == StatementFormat::Ofx);
    CHECK(statements == 1);
}

TEST_CASE("OFX: a Czech account and bank code give the IBAN too", "[ofx]")
{
    const QByteArray bytes
        = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CZK</CURDEF>"
          "<BANKACCTFROM><BANKID>2010</BANKID><ACCTID>2600113745</ACCTID></BANKACCTFROM>"
          "<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20120727000000.000"
          "[+02.00:CET]</DTPOSTED><TRNAMT>-15.0000</TRNAMT><FITID>1147608196</FITID>"
          "<BANKACCTTO><BANKID>0100</BANKID><ACCTID>7770227</ACCTID></BANKACCTTO>"
          "<MEMO>VS 1446556401</MEMO></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS>"
          "</BANKMSGSRSV1></OFX>";
    const OfxTest::Outcome outcome = readBytes(bytes);
    REQUIRE(outcome.errorText() == QString());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    CHECK(s.accountNumber == u"2600113745/2010");
    CHECK(s.accountIban.toString() == u"CZ5720100000002600113745");
    REQUIRE(s.lines.size() == 1);
    const StatementLine &line = s.lines.first();
    CHECK(line.amount.toString() == u"-15.00");
    CHECK(line.bookingDate == QDate(2012, 7, 27));
    CHECK(line.counterpartyAccount == u"7770227/0100");
    CHECK(line.counterpartyIban.toString() == u"CZ3401000000000007770227");
    CHECK(line.variableSymbol.toString() == u"1446556401");
}

namespace {

/// Counts the parts a statement is handed on in.
struct PartCounter : StatementPartSink
{
    int begun = 0, ended = 0;
    QList<qsizetype> parts;
    Statement started, finished;
    bool begin(const Statement &header) override
    {
        ++begun;
        started = header;
        return true;
    }
    bool addLines(QList<StatementLine> &&lines) override
    {
        parts.append(lines.size());
        return true;
    }
    bool end(const Statement &header) override
    {
        ++ended;
        finished = header;
        return true;
    }
};

} // namespace

TEST_CASE("OFX: a long statement is handed on in parts", "[ofx]")
{
    QByteArray transactions;
    for (int i = 0; i < 3000; ++i)
        transactions += sgmlTransaction("1.00");
    QByteArray bytes = sgmlFile("OFXHEADER:100", transactions);
    bytes.replace("</BANKTRANLIST>",
                  "</BANKTRANLIST><LEDGERBAL><BALAMT>3000.00<DTASOF>20260131</LEDGERBAL>");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PartCounter sink;
    const ReadResult result = createReader(StatementFormat::Ofx)->read(buffer, {}, sink);
    REQUIRE(result.ok());
    CHECK(sink.begun == 1);
    CHECK(sink.ended == 1);
    CHECK(sink.parts.size() > 1);
    CHECK(std::accumulate(sink.parts.begin(), sink.parts.end(), qsizetype(0)) == 3000);
    CHECK(sink.started.currency.code() == u"EUR");
    CHECK_FALSE(sink.started.closingBalance.has_value()); // LEDGERBAL follows the lines
    CHECK(money(sink.finished.closingBalance) == u"3000.00");
    CHECK(sink.finished.date == QDate(2026, 1, 31));
}
