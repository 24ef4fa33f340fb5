// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The camt reader on our own fixtures (tests/data/camt) and on small documents built here.
#include "camtreadhelper.h"
#include "catchqt.h"
#include "formats/camt/camtstatementparser.h"

using namespace Saldo;
using SaldoTest::readCamtFile;
using SaldoTest::readCamtText;

namespace {

QString fixture(const char *name)
{
    return SaldoTest::dataDir() + QStringLiteral("/camt/") + QLatin1StringView(name);
}

Money eur(qint64 minor)
{
    return Money(minor, *Currency::fromCode(u"EUR"));
}

/// A camt.053 whose entries start on line 5.
QByteArray statementWith(const QByteArray &entries)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
           "<BkToCstmrStmt>\n"
           "<Stmt><Id>S1</Id><Acct><Id><IBAN>SK3112000000198742637541</IBAN></Id>"
           "<Ccy>EUR</Ccy></Acct>\n"
        + entries + "</Stmt>\n</BkToCstmrStmt>\n</Document>\n";
}

QByteArray entry(const QByteArray &amount, const QByteArray &rest = {})
{
    return "<Ntry>\n<Amt Ccy=\"EUR\">" + amount
        + "</Amt>\n<CdtDbtInd>CRDT</CdtDbtInd>\n<BookgDt><Dt>2026-01-05</Dt></BookgDt>\n" + rest
        + "</Ntry>\n";
}

} // namespace

TEST_CASE("camt: a batch of .08 TxDtls becomes one line per transaction", "[camt]")
{
    const SaldoTest::CamtRead read = readCamtFile(fixture("batch-v08.xml"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.result.ok());
    CHECK(read.result.format == StatementFormat::Camt053);
    REQUIRE(read.statements.size() == 1);
    const Statement &statement = read.statements.first();
    CHECK(statement.id == u"STMT-2026-02-03");
    CHECK(statement.sequence == u"42"); // LglSeqNb when there is no ElctrncSeqNb
    CHECK(statement.accountIban.toString() == u"SK3112000000198742637541");
    CHECK(statement.currency.code() == u"EUR");
    CHECK(statement.date == QDate(2026, 2, 3));
    CHECK(statement.periodStart == QDate(2026, 2, 3));
    CHECK(statement.periodEnd == QDate(2026, 2, 3));
    CHECK(statement.openingBalance == eur(100000));
    CHECK(statement.closingBalance == eur(135050)); // CLBD, not the CLAV before it
    CHECK(statement.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(statement.lines.size() == 3);

    const StatementLine &first = statement.lines[0];
    CHECK(first.amount == eur(10000));
    CHECK(first.bookingDate == QDate(2026, 2, 3)); // from DtTm
    CHECK(first.valueDate == QDate(2026, 2, 4));
    CHECK(first.counterpartyName == u"Tatra Stav s.r.o."); // Dbtr/Pty/Nm of a credit
    CHECK(first.counterpartyIban.toString() == u"CZ6508000000192000145399");
    CHECK(first.counterpartyBic == u"GIBACZPX");
    CHECK(first.reference == u"/VS2026000012/SS/KS0308");
    CHECK(first.variableSymbol.toString() == u"2026000012");
    CHECK(first.constantSymbol.toString() == u"308");
    CHECK(first.bankReference == u"BATCH-0001-1");
    CHECK(first.description == u"Faktura FV2026-000012 dakujeme");
    CHECK(first.transactionCode == u"PMNT/RCDT/ESCT");
    CHECK(first.kind == LineKind::Unknown);
    CHECK_FALSE(first.card);
    CHECK(first.sourceLine == 36); // its <TxDtls>

    const StatementLine &second = statement.lines[1];
    CHECK(second.amount == eur(20050)); // AmtDtls/TxAmt
    CHECK(second.counterpartyName == u"Horná & Dolná a.s."); // UltmtDbtr as fallback
    CHECK(second.counterpartyIban.isNull());
    CHECK(second.counterpartyAccount == u"19-2000145399/0800");
    CHECK(second.reference == u"RF18539007547034"); // NOTPROVIDED end-to-end id
    CHECK(second.creditorReference.toString() == u"RF18539007547034");
    CHECK(second.bankReference == u"BATCH-0001");
    CHECK(second.description == u"Hromadná platba"); // AddtlNtryInf when no text of its own

    const StatementLine &third = statement.lines[2];
    CHECK(third.amount == eur(5000));
    CHECK(third.counterpartyName == u"Jana Nováková"); // line break collapsed
    CHECK(third.counterpartyIban.toString() == u"DE89370400440532013000");
    CHECK(third.reference == u"E2E-3");
    CHECK(third.description == u"Členský príspevok"); // AddtlTxInf
}

TEST_CASE("camt: bank transaction codes and texts decide the kind of line", "[camt]")
{
    const SaldoTest::CamtRead read = readCamtFile(fixture("kinds-v02-prefixed.xml"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.result.ok());
    CHECK(read.result.format == StatementFormat::Camt052);
    REQUIRE(read.result.warnings.size() == 1);
    CHECK(read.result.warnings.first().contains(QStringLiteral("PDNG")));
    REQUIRE(read.statements.size() == 1);
    const Statement &statement = read.statements.first();
    CHECK(statement.id == u"RPT-1");
    CHECK(statement.sequence == u"7");
    CHECK(statement.openingBalance == eur(-50000)); // PRCD, debit
    CHECK_FALSE(statement.closingBalance.has_value());
    CHECK(statement.balanceCheck() == BalanceCheck::Unknown);
    const QList<StatementLine> &lines = statement.lines;
    REQUIRE(lines.size() == 10);

    struct Expected
    {
        qint64 minor;
        LineKind kind;
        bool card;
    };
    const Expected expected[] = {
        { -3060, LineKind::Card, true },          { -10000, LineKind::CashWithdrawal, true },
        { 150000, LineKind::CashDeposit, false }, { -250, LineKind::Fee, false },
        { 12, LineKind::Interest, false },        { -4500, LineKind::Unknown, false },
        { -1200, LineKind::Card, true },          { 2000, LineKind::Unknown, false },
        { 6400, LineKind::Unknown, false },       { -900, LineKind::Unknown, false },
    };
    for (int i = 0; i < 10; ++i) {
        INFO("line " << i + 1);
        CHECK(lines[i].amount.minorUnits() == expected[i].minor);
        CHECK(lines[i].kind == expected[i].kind);
        CHECK(lines[i].card == expected[i].card);
    }
    CHECK(lines[0].transactionCode == u"PMNT/CCRD/POSD");
    CHECK(lines[0].description == u"DM DROGERIE");
    CHECK(lines[6].transactionCode == u"NMSC+005");
    CHECK(lines[7].amount.currency().code() == u"USD"); // a foreign line keeps its currency
    CHECK(lines[0].amount.currency().code() == u"EUR");
}

TEST_CASE("camt: a Norwegian account's structured reference is a KID", "[camt]")
{
    const SaldoTest::CamtRead read = readCamtFile(fixture("kid-v04-norway.xml"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.result.ok());
    CHECK(read.result.format == StatementFormat::Camt054);
    const QList<StatementLine> lines = read.lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].kid.toString() == u"1234567897");
    CHECK(lines[0].creditorReference.isEmpty());
    CHECK(lines[0].reference == u"1234567897");
    CHECK(lines[0].counterpartyName == u"Fjord Bygg AS");
    CHECK(lines[0].amount.toString() == u"1250.00");
}

TEST_CASE("camt: outside Norway a numeric reference is no KID", "[camt]")
{
    const SaldoTest::CamtRead read = readCamtText(statementWith(
        entry("10.00",
              "<NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>1234567897</Ref></CdtrRefInf>"
              "</Strd></RmtInf></TxDtls></NtryDtls>\n")));
    REQUIRE(read.result.ok());
    REQUIRE(read.lines().size() == 1);
    CHECK(read.lines()[0].kid.isEmpty());
    CHECK(read.lines()[0].reference == u"1234567897");
}

TEST_CASE("camt: a declared single-byte encoding is decoded", "[camt]")
{
    const SaldoTest::CamtRead read = readCamtFile(fixture("latin2-v02.xml"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.result.ok());
    const QList<StatementLine> lines = read.lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].counterpartyName == u"Žluťoučký kůň s.r.o.");
    CHECK(lines[0].description == u"Úhrada faktury, VS: 2026000099");
    CHECK(lines[0].variableSymbol.toString() == u"2026000099");
}

TEST_CASE("camt: several TxDtls that do not add up stay one line", "[camt]")
{
    const QByteArray details
        = "<NtryDtls>"
          "<TxDtls><Refs><EndToEndId>A</EndToEndId></Refs><Amt Ccy=\"EUR\">1.00</Amt>"
          "<RltdPties><Dbtr><Nm>Same Name</Nm></Dbtr></RltdPties>"
          "<RmtInf><Ustrd>first</Ustrd></RmtInf></TxDtls>\n"
          "<TxDtls><Refs><EndToEndId>B</EndToEndId></Refs><Amt Ccy=\"EUR\">2.00</Amt>"
          "<RltdPties><Dbtr><Nm>Same Name</Nm></Dbtr></RltdPties>"
          "<RmtInf><Ustrd>second</Ustrd></RmtInf></TxDtls>"
          "</NtryDtls>\n";
    const SaldoTest::CamtRead read = readCamtText(statementWith(entry("10.00", details)));
    REQUIRE(read.result.ok());
    const QList<StatementLine> lines = read.lines();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].amount == eur(1000));
    CHECK(lines[0].counterpartyName == u"Same Name"); // all TxDtls agree
    CHECK(lines[0].reference.isEmpty()); // they differ
    CHECK(lines[0].description == u"first second");
}

TEST_CASE("camt: the sign follows CdtDbtInd, also for reversals", "[camt]")
{
    const QByteArray debitReversal = "<Ntry><Amt Ccy=\"EUR\">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                                     "<RvslInd>true</RvslInd></Ntry>\n";
    const SaldoTest::CamtRead read = readCamtText(statementWith(debitReversal));
    REQUIRE(read.result.ok());
    REQUIRE(read.lines().size() == 1);
    CHECK(read.lines()[0].amount == eur(-500));
}

TEST_CASE("camt: amounts are exact decimals", "[camt]")
{
    SECTION("zeros beyond the minor digits are fine")
    {
        const SaldoTest::CamtRead read = readCamtText(statementWith(entry("18.150")));
        REQUIRE(read.result.ok());
        CHECK(read.lines()[0].amount == eur(1815));
    }
    SECTION("whole amounts")
    {
        const SaldoTest::CamtRead read = readCamtText(statementWith(entry("200000")));
        REQUIRE(read.result.ok());
        CHECK(read.lines()[0].amount == eur(20000000));
    }
    SECTION("more precision than the currency has is refused, not rounded")
    {
        const SaldoTest::CamtRead read = readCamtText(statementWith(entry("1.005")));
        REQUIRE(read.result.error.has_value());
        CHECK(read.errorText().startsWith(QStringLiteral("t.xml:6: Ntry/Amt: amount expected")));
    }
    SECTION("overflow")
    {
        const SaldoTest::CamtRead read = readCamtText(statementWith(entry("99999999999999999999")));
        CHECK(read.result.error.has_value());
    }
}

TEST_CASE("camt: errors name file, line, element and what was expected", "[camt]")
{
    SECTION("bad amount")
    {
        const SaldoTest::CamtRead read = readCamtText(statementWith(entry("12,3x")));
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->file == u"t.xml");
        CHECK(read.result.error->line == 6);
        CHECK(read.result.error->field == u"Ntry/Amt");
        CHECK(read.errorText().endsWith(QStringLiteral("found '12,3x'")));
    }
    SECTION("bad date")
    {
        const QByteArray text = "<Ntry>\n<Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>\n"
                                "<BookgDt><Dt>2026-02-30</Dt></BookgDt></Ntry>\n";
        const SaldoTest::CamtRead read = readCamtText(statementWith(text));
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->line == 7);
        CHECK(read.result.error->field == u"Ntry/BookgDt");
        CHECK(read.result.error->message.contains(QStringLiteral("2026-02-30")));
    }
    SECTION("bad credit/debit indicator")
    {
        const QByteArray text = "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CR</CdtDbtInd></Ntry>";
        const SaldoTest::CamtRead read = readCamtText(statementWith(text));
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->field == u"Ntry/CdtDbtInd");
    }
    SECTION("entry without an amount")
    {
        const SaldoTest::CamtRead read
            = readCamtText(statementWith("<Ntry><CdtDbtInd>CRDT</CdtDbtInd></Ntry>\n"));
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->field == u"Ntry/Amt");
    }
    SECTION("malformed XML")
    {
        const SaldoTest::CamtRead read
            = readCamtText(statementWith(entry("1.00", "<AddtlNtryInf>x</AddtlNtry>\n")));
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->line == 9);
        CHECK(read.result.error->message.contains(QStringLiteral("</AddtlNtryInf>")));
    }
    SECTION("cut short")
    {
        QByteArray text = statementWith(entry("1.00"));
        text.chop(40);
        const SaldoTest::CamtRead read = readCamtText(text);
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->message.contains(QStringLiteral("ends inside")));
    }
    SECTION("not XML")
    {
        const SaldoTest::CamtRead read = readCamtText(":20:STARTUMS\n:25:12345/678\n");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->message.contains(QStringLiteral("not XML")));
    }
    SECTION("another XML document")
    {
        const SaldoTest::CamtRead read = readCamtText("<?xml version=\"1.0\"?><OFX><X/></OFX>");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->message.contains(QStringLiteral("root element is <OFX>")));
    }
    SECTION("pain.001 is not camt")
    {
        const SaldoTest::CamtRead read
            = readCamtText("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
                           "<CstmrCdtTrfInitn/></Document>");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->message.contains(QStringLiteral("pain.001")));
    }
    SECTION("document type declarations are refused (no entity expansion)")
    {
        const SaldoTest::CamtRead read = readCamtText(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaa\">]>\n<Document/>");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->line == 2);
    }
    SECTION("no statement at all")
    {
        const SaldoTest::CamtRead read = readCamtText(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">"
            "<BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrStmt></Document>");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->message.contains(QStringLiteral("<Stmt>")));
    }
    SECTION("content after the document")
    {
        const SaldoTest::CamtRead read = readCamtText(statementWith(entry("1.00")) + "<x/>");
        REQUIRE(read.result.error.has_value());
        CHECK(read.result.error->message.contains(QStringLiteral("second root")));
    }
}

TEST_CASE("camt: statements stream to the sink, which can stop the reading", "[camt]")
{
    QByteArray two = statementWith(entry("1.00"));
    two.replace("</Stmt>\n", "</Stmt>\n<Stmt><Id>S2</Id>" + entry("2.00") + "</Stmt>\n");
    SECTION("all statements")
    {
        const SaldoTest::CamtRead read = readCamtText(two);
        REQUIRE(read.result.ok());
        REQUIRE(read.statements.size() == 2);
        CHECK(read.statements[1].id == u"S2");
        CHECK(read.statements[1].lines.first().amount == eur(200)); // no Acct: Ccy attribute
    }
    SECTION("cancel")
    {
        QByteArray copy = two;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        int statements = 0;
        const ReadResult result = CamtReader().read(buffer, ReadOptions(), [&](Statement &&) {
            ++statements;
            return false;
        });
        CHECK(result.canceled);
        CHECK_FALSE(result.error.has_value());
        CHECK(statements == 1);
    }
}

TEST_CASE("camt: the reader reports the format it was made for until it reads", "[camt]")
{
    CHECK(CamtReader().format() == StatementFormat::Camt053);
    CHECK(CamtReader(StatementFormat::Camt054).format() == StatementFormat::Camt054);
}

namespace {

/// Records the calls a part sink gets.
struct PartRecorder : StatementPartSink
{
    QList<Statement> begun, ended;
    QList<qsizetype> parts;
    QList<StatementLine> lines;
    bool begin(const Statement &header) override
    {
        begun.append(header);
        return true;
    }
    bool addLines(QList<StatementLine> &&part) override
    {
        parts.append(part.size());
        lines += part;
        return true;
    }
    bool end(const Statement &header) override
    {
        ended.append(header);
        return true;
    }
};

} // namespace

TEST_CASE("camt: a long statement reaches the sink in parts as it is read", "[camt]")
{
    const qsizetype count = CamtStatementParser::kPartLines * 2 + 5;
    QByteArray entries;
    for (qsizetype i = 0; i < count; ++i)
        entries += entry(QByteArray::number(i + 1) + ".00");
    // Balances before the entries, as the schema has them: the first part's header has them.
    QByteArray xml = statementWith(
        "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">10.00</Amt>"
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-01</Dt></Dt></Bal>\n"
        + entries);
    QBuffer buffer(&xml);
    buffer.open(QIODevice::ReadOnly);
    PartRecorder parts;
    const ReadResult result = CamtReader().read(buffer, ReadOptions(), parts);
    REQUIRE(result.ok());
    REQUIRE(parts.begun.size() == 1);
    REQUIRE(parts.ended.size() == 1);
    CHECK(parts.parts
          == QList<qsizetype> { CamtStatementParser::kPartLines, CamtStatementParser::kPartLines,
                                5 });
    CHECK(parts.begun[0].id == u"S1");
    CHECK(parts.begun[0].openingBalance == eur(1000));
    CHECK(parts.begun[0].lines.isEmpty());
    CHECK(parts.ended[0].openingBalance == eur(1000));

    // The same lines as one whole statement gives.
    const SaldoTest::CamtRead whole = readCamtText(xml);
    REQUIRE(whole.statements.size() == 1);
    const QList<StatementLine> expected = whole.lines();
    REQUIRE(parts.lines.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); i += 997) {
        CHECK(parts.lines[i].amount == expected[i].amount);
        CHECK(parts.lines[i].sourceLine == expected[i].sourceLine);
    }
    CHECK(parts.lines.last().amount == eur(100 * count));
}
