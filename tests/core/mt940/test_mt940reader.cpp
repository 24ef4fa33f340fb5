// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The MT940 reader on our own small files (tests/data/mt940) and inline snippets.
#include "catchqt.h"
#include "mt940testsupport.h"

#include "formats/mt940/mt940freetext.h"
#include "formats/mt940/mt940reader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>

using namespace Saldo;
using Mt940Test::readBytes;

namespace {

QString dataFile(const char *name)
{
    return SaldoTest::dataDir() + QStringLiteral("/mt940/") + QLatin1String(name);
}

/// A statement around `body` (lines of :61:/:86:), in `currency`, with CRLF line ends.
QByteArray statement(const QByteArray &body, const QByteArray &currency = "EUR")
{
    return ":20:T1\r\n:25:SK2211000000001234567899\r\n:28C:1/1\r\n:60F:C260101" + currency
        + "0,\r\n" + body + "-\r\n";
}

QString amountOf(const QByteArray &entry, const QByteArray &currency = "EUR")
{
    const Mt940Test::Outcome outcome = readBytes(statement(":61:" + entry + "\r\n", currency));
    if (!outcome.result.ok())
        return outcome.errorText();
    const QList<StatementLine> lines = outcome.lines();
    return lines.size() == 1 ? lines.first().amount.toString() : QStringLiteral("(no line)");
}

QString errorOf(const QByteArray &bytes)
{
    return readBytes(bytes).errorText();
}

/// The one line of a statement with one entry whose :86: is `details`.
StatementLine lineWithDetails(const QByteArray &details)
{
    const Mt940Test::Outcome outcome
        = readBytes(statement(":61:2601020102C1,00NTRFNONREF\r\n:86:" + details + "\r\n"));
    INFO(details.toStdString());
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.lines().size() == 1);
    return outcome.lines().first();
}

} // namespace

TEST_CASE("two messages in SWIFT envelopes, with header noise and prose", "[mt940]")
{
    const Mt940Test::Outcome outcome = Mt940Test::readFile(dataFile("envelope.sta"));
    INFO(outcome.errorText().toStdString());
    REQUIRE(outcome.result.ok());
    CHECK(outcome.result.format == StatementFormat::Mt940);
    REQUIRE(outcome.statements.size() == 2);
    const Statement &first = outcome.statements[0];
    CHECK(first.id == QStringLiteral("STMT260101001"));
    CHECK(first.sourceLine == 6);
    CHECK(first.accountIban.toString() == QStringLiteral("SK2211000000001234567899"));
    CHECK(first.accountNumber.isEmpty());
    CHECK(first.sequence == QStringLiteral("00001/001"));
    CHECK(first.currency.code() == QStringLiteral("EUR"));
    CHECK(first.date == QDate(2026, 1, 2));
    CHECK(first.openingBalance->toString() == QStringLiteral("1000.00"));
    CHECK(first.closingBalance->toString() == QStringLiteral("1237.50"));
    CHECK(first.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(first.lines.size() == 2);

    const StatementLine &fee = first.lines[0];
    CHECK(fee.sourceLine == 10);
    CHECK(fee.amount.toString() == QStringLiteral("-12.50"));
    CHECK(fee.kind == LineKind::Fee);
    CHECK(!fee.card);
    CHECK(fee.transactionCode == QStringLiteral("NCHG"));
    CHECK(fee.bankReference == QStringLiteral("2601020000001"));
    CHECK(fee.description == QStringLiteral("Poplatok Poplatok za vedenie účtu"));

    const StatementLine &transfer = first.lines[1];
    CHECK(transfer.amount.toString() == QStringLiteral("250.00")); // "250," has no decimals
    CHECK(transfer.counterpartyName == QStringLiteral("ALFA s.r.o."));
    CHECK(transfer.counterpartyIban.toString() == QStringLiteral("SK6609000000005012345678"));
    CHECK(transfer.counterpartyBic == QStringLiteral("GIBASKBX"));
    CHECK(transfer.reference == QStringLiteral("/VS2026000012/SS/KS0308"));
    CHECK(transfer.variableSymbol.toString() == QStringLiteral("2026000012"));
    CHECK(transfer.constantSymbol.toString() == QStringLiteral("308"));
    CHECK(transfer.specificSymbol.isEmpty());
    CHECK(transfer.description == QStringLiteral("Faktura FV2026-000012"));
    CHECK(transfer.kind == LineKind::Unknown);

    const Statement &second = outcome.statements[1];
    CHECK(second.id == QStringLiteral("STMT260105001"));
    CHECK(second.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(second.lines.size() == 2);
    CHECK(second.lines[0].kind == LineKind::Card);
    CHECK(second.lines[0].card);
    CHECK(second.lines[0].counterpartyName == QStringLiteral("POS 2328 DM DROGERIE"));
    CHECK(second.lines[1].kind == LineKind::CashWithdrawal);
    CHECK(second.lines[1].card);
    CHECK(second.lines[1].counterpartyName == QStringLiteral("ATM 0912 BRATISLAVA"));
}

TEST_CASE("Windows-1250 text, a local Czech account, reversals", "[mt940]")
{
    const Mt940Test::Outcome outcome = Mt940Test::readFile(dataFile("cp1250.sta"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    CHECK(s.accountNumber == QStringLiteral("19-2000145399/0800"));
    CHECK(s.accountIban.toString() == QStringLiteral("CZ6508000000192000145399"));
    CHECK(s.currency.code() == QStringLiteral("CZK"));
    CHECK(s.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(s.lines.size() == 3);
    const StatementLine &l = s.lines[0];
    CHECK(l.valueDate == QDate(2026, 1, 2));
    CHECK(l.bookingDate == QDate(2025, 12, 31)); // entry date 1231 is in the year before
    CHECK(l.counterpartyName == QStringLiteral("Žluťoučký kůň s.r.o."));
    CHECK(l.counterpartyIban.toString()
          == QStringLiteral("CZ1801000000000123456789")); // print form
    CHECK(l.variableSymbol.toString() == QStringLiteral("20251234"));
    CHECK(l.description.startsWith(QStringLiteral("Úhrada faktúry dodávateľovi")));
    CHECK(s.lines[1].amount.toString() == QStringLiteral("200.00")); // RD: reversal of a debit
    CHECK(s.lines[2].amount.toString() == QStringLiteral("-50.00")); // RC: reversal of a credit
}

TEST_CASE(":86: dialects", "[mt940]")
{
    const Mt940Test::Outcome outcome = Mt940Test::readFile(dataFile("dialects.sta"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    CHECK(s.accountNumber == QStringLiteral("DABADKKK/1111.11.11111"));
    CHECK(s.accountIban.isNull());
    CHECK(s.openingBalance->toString() == QStringLiteral("-100.00"));
    CHECK(s.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(s.lines.size() == 7);

    SECTION("Triodos >NN")
    {
        CHECK(s.lines[0].counterpartyAccount == QStringLiteral("0390123456"));
        CHECK(s.lines[0].description
              == QStringLiteral(
                  "ALGEMENE TUSSENREKENING KOSTEN VAN 01-10-2025 TOT EN MET 31-12-2025"));
    }
    SECTION("BRD +NN, the purpose after the name")
    {
        CHECK(s.lines[1].counterpartyName == QStringLiteral("NEXTERP ROMANIA SRL"));
        CHECK(s.lines[1].counterpartyIban.toString() == QStringLiteral("RO05RZBR0000060003144073"));
        CHECK(s.lines[1].description == QStringLiteral("Plata PLATA FACT 4603309"));
        CHECK(s.lines[1].reference == QStringLiteral("OPH478")); // the :61: customer reference
    }
    SECTION("ING Romania ~NN, the IBAN in ~33")
    {
        CHECK(s.lines[2].counterpartyName == QStringLiteral("NEXTERP ROMANIA SRL"));
        CHECK(s.lines[2].counterpartyIban.toString() == QStringLiteral("RO05RZBR0000060003144073"));
        CHECK(s.lines[2].description == QStringLiteral("AMT RCD EUR 20,00"));
        CHECK(s.lines[2].bookingDate == QDate(2026, 3, 1)); // no entry date
    }
    SECTION("Raiffeisen Romania ^NN")
    {
        CHECK(s.lines[3].counterpartyName == QStringLiteral("QUEHENBERGER LOGISTICS ROU"));
        CHECK(s.lines[3].counterpartyBic.isEmpty()); // ^30 is a bank name here
        CHECK(s.lines[3].bankReference == QStringLiteral("3A2J52A6FSLSUBU"));
    }
    SECTION("Dutch /KEY/value/")
    {
        CHECK(s.lines[4].reference == QStringLiteral("EV12341REP1231456T1234"));
        CHECK(s.lines[4].counterpartyIban.toString() == QStringLiteral("NL20INGB0001234567"));
        CHECK(s.lines[4].counterpartyBic == QStringLiteral("INGBNL2A"));
        CHECK(s.lines[4].counterpartyName == QStringLiteral("ING BANK NV INZAKE WEB"));
        CHECK(s.lines[4].description == QStringLiteral("EV10001REP1000000T1000"));
    }
    SECTION("free text cut inside words at 65 characters")
    {
        CHECK(s.lines[5].description
              == QStringLiteral(
                  "Platba VS: 2026000777 IBAN: DE89370400440532013000 Hans Muster GmbH "
                  "Rechnung 12345 vom 01.03.2026 mit Dank fuer die gute Zusammenarbeit"));
        CHECK(s.lines[5].variableSymbol.toString() == QStringLiteral("2026000777"));
        CHECK(s.lines[5].counterpartyIban.toString() == QStringLiteral("DE89370400440532013000"));
        CHECK(s.lines[5].counterpartyName == QStringLiteral("Hans Muster GmbH"));
    }
    SECTION("German SEPA with an RF reference in the purpose")
    {
        CHECK(s.lines[6].reference.isEmpty()); // EREF+NOTPROVIDED
        CHECK(s.lines[6].creditorReference.toString() == QStringLiteral("RF18539007547034"));
        CHECK(s.lines[6].counterpartyName == QStringLiteral("Muster GmbH"));
        CHECK(s.lines[6].counterpartyBic == QStringLiteral("DEUTDEFF"));
    }
}

TEST_CASE("free-text lines joined", "[mt940]")
{
    const auto join = [](const QString &lines, bool wordWrapSeen = false) {
        Mt940WrapState wrap { wordWrapSeen };
        return joinMt940FreeText(lines, 4, wrap);
    };
    CHECK(join(QString()).isEmpty());
    CHECK(join(QStringLiteral("  \n \t ")).isEmpty());
    CHECK(join(QStringLiteral("  One line  ")) == QStringLiteral("One line"));
    // Cut between words: trimmed lines, one space between them, blank ones dropped.
    CHECK(join(QStringLiteral(" Platba \n\n  kartou\t\nPOS "))
          == QStringLiteral("Platba kartou POS"));
    // Cut inside words: every line but the last full (61 + the tag's 4 = 65), glued.
    const QString full = QString(61, QLatin1Char('x'));
    CHECK(join(full + QStringLiteral("\nyz ")) == full + QStringLiteral("yz"));
    // ... unless the file has shown a shorter line before.
    CHECK(join(full + QStringLiteral("\nyz "), true) == full + QStringLiteral(" yz"));
    Mt940WrapState wrap;
    joinMt940FreeText(QStringLiteral("short\nlines"), 4, wrap);
    CHECK(wrap.wordWrapSeen);
}

TEST_CASE(":86: SEPA keys in the purpose, wherever a '+' stands", "[mt940]")
{
    const auto lineOf = [](const QByteArray &purpose) {
        const QByteArray body
            = ":61:2601020102C1,00NTRFNONREF\r\n:86:166?00GUTSCHRIFT?20" + purpose + "\r\n";
        const Mt940Test::Outcome outcome = readBytes(statement(body));
        INFO(purpose.toStdString());
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.lines().size() == 1);
        return outcome.lines().first();
    };
    const StatementLine plain = lineOf("EREF+E2E-1 SVWZ+Miete");
    CHECK(plain.reference == QStringLiteral("E2E-1"));
    CHECK(plain.description == QStringLiteral("Miete"));
    // A '+' among the first three characters is text, and keys after it are still found.
    const StatementLine early = lineOf("1+1 EREF+E2E-2 SVWZ+Miete");
    CHECK(early.reference == QStringLiteral("E2E-2"));
    CHECK(early.description == QStringLiteral("Miete"));
    CHECK(lineOf("A+B").description == QStringLiteral("A+B"));
    // A three-letter key at the very start.
    CHECK(lineOf("BIC+DEUTDEFF SVWZ+Rent").description == QStringLiteral("Rent"));
    // Not a key: letters glued to other text before it.
    CHECK(lineOf("XSVWZ+Rent").description == QStringLiteral("XSVWZ+Rent"));
    // NOTPROVIDED in any case is no reference; a longer or shorter word is.
    CHECK(lineOf("EREF+notprovided SVWZ+Rent").reference.isEmpty());
    CHECK(lineOf("EREF+NOTPROVIDED1 SVWZ+Rent").reference == QStringLiteral("NOTPROVIDED1"));
    CHECK(lineOf("EREF+NOTPROVIDE SVWZ+Rent").reference == QStringLiteral("NOTPROVIDE"));
}

TEST_CASE(":86: sub-field names and purposes come out simplified", "[mt940]")
{
    // Names and purposes are simplified as QString::simplified() does it: white space runs of
    // any kind, at the ends or inside, wherever they fall in the blocks the check passes over.
    const QString names[] = {
        QStringLiteral("A  B"),
        QStringLiteral("ABCDEFG  HIJ"),
        QStringLiteral("ABCDEFGH  IJ"),
        QStringLiteral(" ABCDEFGHIJKL"),
        QStringLiteral("ABCDEFGHIJKLMNOP\tQ"),
        QStringLiteral("ABCDEFGH\u00A0IJKLMNOPQRS"),
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        QStringLiteral("ŠIMKO ĽUBOMÍR  A SYN"),
        QStringLiteral("ABCDEFGHIJKLMNO P"),
        QStringLiteral("ABCDEFGHIJKLMNO\u2003P"),
    };
    for (const QString &name : names) {
        const QByteArray body = ":61:2601020102C1,00NTRFNONREF\r\n:86:166?00PLATBA?20SVWZ+"
            + name.toUtf8() + "?32" + name.toUtf8() + "\r\n";
        const Mt940Test::Outcome outcome = readBytes(statement(body));
        INFO(name.toStdString());
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.lines().size() == 1);
        CHECK(outcome.lines().first().counterpartyName == name.simplified());
        CHECK(outcome.lines().first().description == name.simplified());
    }
}

TEST_CASE(":86: a full sub-field of 27 characters goes on in the next, whatever the encoding",
          "[mt940]")
{
    // 27 characters, 31 bytes in UTF-8: the width counts characters, not bytes.
    const QString full = QStringLiteral("Úhrada faktúry č. 2026-0001");
    const QString shorter = QStringLiteral("Úhrada faktúry č. 2026-001");
    REQUIRE(full.size() == 27);
    const QString name = QStringLiteral("Žilinská Mliekáreň Obchod s");
    REQUIRE(name.size() == 27);
    const StatementLine utf8 = lineWithDetails("166?00Platba?20" + full.toUtf8()
                                               + "?2123 ďakujeme?32" + name.toUtf8() + "?33.r.o.");
    CHECK(utf8.description == full + QStringLiteral("23 ďakujeme"));
    CHECK(utf8.counterpartyName == name + QStringLiteral(".r.o."));
    CHECK(lineWithDetails("166?20" + shorter.toUtf8() + "?2123").description
          == shorter + QStringLiteral(" 23"));
    // The same in windows-1250: one byte a character.
    const QByteArray full1250 = "\xDAhrada fakt\xFAry \xE8. 2026-0001";
    const QByteArray name1250 = "\x8Eilinsk\xE1 Mliek\xE1re\xF2 Obchod s";
    const StatementLine cp1250 = lineWithDetails("166?00Platba?20" + full1250
                                                 + "?2123 \xEF"
                                                   "akujeme?32"
                                                 + name1250 + "?33.r.o.");
    CHECK(cp1250.description == full + QStringLiteral("23 ďakujeme"));
    CHECK(cp1250.counterpartyName == name + QStringLiteral(".r.o."));
}

TEST_CASE(":86: a separator is a key only before two digits, wherever it stands", "[mt940]")
{
    // Keys are looked for sixteen bytes at a time: the text is moved across those blocks.
    for (int pad = 0; pad < 20; ++pad) {
        const QByteArray text
            = "166?00" + QByteArray(pad, 'x') + "?2?20Purpose?x?9?21more?32Na?me?";
        INFO(text.toStdString());
        const StatementLine line = lineWithDetails(text);
        CHECK(line.description == QStringLiteral("Purpose?x?9 more"));
        CHECK(line.counterpartyName == QStringLiteral("Na?me?"));
    }
}

TEST_CASE("MT940 free text: a name ends before a purpose word and after a legal form", "[mt940]")
{
    const auto nameIn = [](const QString &text) {
        return lineWithDetails("Prijata platba SEPA IBAN: SK7202000000004747513689 "
                               + text.toUtf8())
            .counterpartyName;
    };
    // Words from all over the lists, in their languages; folded as the text is.
    for (const char *word : { "platba", "Úhrada", "FAKTURA", "dobropis", "плащане", "Betaling",
                              "husleie", "Rechnung", "Gebühr", "invoice", "ref", "bic" }) {
        INFO(word);
        CHECK(
            nameIn(QStringLiteral("Jan Novák ") + QString::fromUtf8(word) + QStringLiteral(" 2026"))
            == QStringLiteral("Jan Novák"));
    }
    for (const char *form :
         { "s.r.o.", "a.s.", "GmbH", "AG", "Ltd", "ЕООД", "spol. s r.o.", "Oy", "SpA", "d.o.o." }) {
        INFO(form);
        const QString name = QStringLiteral("Alfa Beta ") + QString::fromUtf8(form);
        CHECK(nameIn(name + QStringLiteral(" dakujeme za spolupracu")) == name);
    }
    // Words of neither list go on the name, to the end of the text after an IBAN.
    CHECK(nameIn(QStringLiteral("Jan Novák Zelenina")) == QStringLiteral("Jan Novák Zelenina"));
}

TEST_CASE("A German transfer code decides the kind; words in the purpose do not", "[mt940]")
{
    // A SEPA direct debit (171) and transfer (116) whose purpose speaks of an ATM or a card.
    const StatementLine debit = lineWithDetails("171?20DE217897, 1 x ATM Gebuehr?32Kontist GmbH");
    CHECK(debit.kind == LineKind::Unknown);
    CHECK_FALSE(debit.card);
    CHECK(lineWithDetails("116?00SEPA Ueberweisung?20Platba kartou vratena").kind
          == LineKind::Unknown);
    // Codes of no transfer (106: card) and other dialects' codes leave the text to tell.
    CHECK(lineWithDetails("106?00Kartenzahlung?20Platba kartou POS 123").kind == LineKind::Card);
    CHECK(lineWithDetails("166~20Platba kartou POS 123").kind == LineKind::Card);
    CHECK(lineWithDetails("?20Platba kartou POS 123").kind == LineKind::Card);
}

TEST_CASE("MT942 without balances", "[mt940]")
{
    const Mt940Test::Outcome outcome = Mt940Test::readFile(dataFile("mt942.sta"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    CHECK(s.currency.code() == QStringLiteral("EUR")); // from :34F:
    CHECK(s.date == QDate(2026, 3, 5)); // from :13D:
    CHECK(!s.openingBalance);
    CHECK(s.balanceCheck() == BalanceCheck::Unknown);
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].kind == LineKind::Fee);
    CHECK(s.lines[0].counterpartyName.isEmpty()); // "Bank charges March" names nobody
    CHECK(s.lines[1].amount.toString() == QStringLiteral("1500.00"));
    CHECK(s.lines[1].counterpartyName == QStringLiteral("J JANSEN"));
    CHECK(s.lines[1].reference == QStringLiteral("E2E-2026-01"));
    CHECK(s.lines[1].description == QStringLiteral("Factuur 2026-01"));
}

TEST_CASE("amounts as banks write them", "[mt940]")
{
    CHECK(amountOf("2601020102C35122,NTRFNONREF") == QStringLiteral("35122.00"));
    CHECK(amountOf("2601020102C1,NTRFNONREF") == QStringLiteral("1.00"));
    CHECK(amountOf("2601020102C000000004433,52NTRFNONREF") == QStringLiteral("4433.52"));
    CHECK(amountOf("2601020102C1,5NTRFNONREF") == QStringLiteral("1.50"));
    CHECK(amountOf("2601020102C0,00NTRFNONREF") == QStringLiteral("0.00"));
    CHECK(amountOf("2601020102D1,230NTRFNONREF") == QStringLiteral("-1.23")); // a zero too many
    CHECK(amountOf("2601020102C1500,NTRFNONREF", "JPY") == QStringLiteral("1500"));
    CHECK(amountOf("2601020102C1,250NTRFNONREF", "KWD") == QStringLiteral("1.250"));
    SECTION("debit/credit marks, funds codes and reversals")
    {
        CHECK(amountOf("2601020102DR6,00NTRFNONREF") == QStringLiteral("-6.00")); // D, funds code R
        CHECK(amountOf("2601020102CF6,00NTRFNONREF") == QStringLiteral("6.00"));
        CHECK(amountOf("2601020102RC6,00NTRFNONREF") == QStringLiteral("-6.00"));
        CHECK(amountOf("2601020102RD6,00NTRFNONREF") == QStringLiteral("6.00"));
        CHECK(amountOf("2601020102RCR6,00NTRFNONREF") == QStringLiteral("-6.00"));
    }
    SECTION("Fio banka: the whole currency code, debits with a minus")
    {
        CHECK(amountOf("1201020102CCZK49981,25NTRFFREMIS A.S.//1144273065", "CZK")
              == QStringLiteral("49981.25"));
        CHECK(amountOf("1201020102DCZK-3000,00NTRFNONREF//1134290899", "CZK")
              == QStringLiteral("-3000.00"));
    }
    SECTION("too precise for the currency")
    {
        CHECK(amountOf("2601020102C1,234NTRFNONREF")
              == QStringLiteral(
                  "test.sta:5: :61:: amount too large, or with more decimals than EUR has"));
        CHECK(amountOf("2601020102C1,5NTRFNONREF", "JPY")
                  .contains(QLatin1String("more decimals than JPY")));
    }
}

TEST_CASE(":61: subfields", "[mt940]")
{
    const auto lineOf = [](const QByteArray &entry) {
        const Mt940Test::Outcome outcome = readBytes(statement(entry));
        INFO(outcome.errorText().toStdString());
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.lines().size() == 1);
        return outcome.lines().first();
    };
    SECTION("customer and bank references")
    {
        const StatementLine l
            = lineOf(":61:2601020102C1,00NTRFMYREF 42//BANK123\r\nSUPPLEMENTARY TEXT\r\n");
        CHECK(l.transactionCode == QStringLiteral("NTRF"));
        CHECK(l.reference == QStringLiteral("MYREF 42"));
        CHECK(l.bankReference == QStringLiteral("BANK123"));
        CHECK(l.description == QStringLiteral("SUPPLEMENTARY TEXT")); // no :86:
    }
    SECTION("references with single slashes, white space around them, '//' among slashes")
    {
        const StatementLine spaced = lineOf(":61:2601020102C1,00NTRF A/B 1 /\t// BANK/7 \r\n");
        CHECK(spaced.reference == QStringLiteral("A/B 1 /"));
        CHECK(spaced.bankReference == QStringLiteral("BANK/7"));
        // The first "//" ends the customer reference, as the standard reads it.
        const StatementLine slashes = lineOf(":61:2601020102C1,00NTRFABC///X\r\n");
        CHECK(slashes.reference == QStringLiteral("ABC"));
        CHECK(slashes.bankReference == QStringLiteral("/X"));
        const StatementLine noBank = lineOf(":61:2601020102C1,00NTRF\x0b REF/\r\n");
        CHECK(noBank.reference == QStringLiteral("REF/"));
        CHECK(noBank.bankReference.isEmpty());
    }
    SECTION("NONREF is no reference; the bank reference on the next line")
    {
        const StatementLine l = lineOf(":61:2601020102C1,00NMSCNONREF\r\n//B-2\r\n:86:Text\r\n");
        CHECK(l.reference.isEmpty());
        CHECK(l.bankReference == QStringLiteral("B-2"));
        CHECK(l.description == QStringLiteral("Text"));
    }
    SECTION("no transaction type (Penta, Zenith)")
    {
        CHECK(lineOf(":61:2601020102D20,00NONREF\r\n").transactionCode.isEmpty());
        CHECK(lineOf(":61:2601020102CN220000,00//1923\r\n").bankReference
              == QStringLiteral("1923"));
    }
    SECTION("the amount on the next line (Sparkasse)")
    {
        CHECK(lineOf(":61:2601020102C\r\n12,00NTRFNONREF\r\n").amount.toString()
              == QStringLiteral("12.00"));
    }
    SECTION("dates")
    {
        CHECK(lineOf(":61:2512310102C1,00NTRFNONREF\r\n").bookingDate == QDate(2026, 1, 2));
        CHECK(lineOf(":61:2601021231C1,00NTRFNONREF\r\n").bookingDate == QDate(2025, 12, 31));
        CHECK(lineOf(":61:1602300301C1,00NTRFNONREF\r\n").valueDate
              == QDate(2016, 2, 29)); // 30 Feb
        CHECK(lineOf(":61:1702300301C1,00NTRFNONREF\r\n").valueDate == QDate(2017, 2, 28));
        CHECK(lineOf(":61:9912310101C1,00NTRFNONREF\r\n").bookingDate == QDate(2000, 1, 1));
    }
    SECTION("dates of one entry after another: the same entry date against a new value date")
    {
        // The reader remembers the last entry's dates; an entry date is re-read whenever the
        // value date it is read against changes, and a bad date is still an error.
        const Mt940Test::Outcome outcome = readBytes(
            statement(":61:2601020102C1,00NTRFNONREF\r\n:61:2601020102C2,00NTRFNONREF\r\n"
                      ":61:2601021231C3,00NTRFNONREF\r\n:61:2505011231C4,00NTRFNONREF\r\n"
                      ":61:2601020102C5,00NTRFNONREF\r\n:61:2601030102C6,00NTRFNONREF\r\n"));
        REQUIRE(outcome.result.ok());
        const QList<StatementLine> lines = outcome.lines();
        REQUIRE(lines.size() == 6);
        const QDate expected[][2] = {
            { QDate(2026, 1, 2), QDate(2026, 1, 2) },   { QDate(2026, 1, 2), QDate(2026, 1, 2) },
            { QDate(2026, 1, 2), QDate(2025, 12, 31) }, { QDate(2025, 5, 1), QDate(2024, 12, 31) },
            { QDate(2026, 1, 2), QDate(2026, 1, 2) },   { QDate(2026, 1, 3), QDate(2026, 1, 2) },
        };
        for (int i = 0; i < 6; ++i) {
            INFO(i);
            CHECK(lines[i].valueDate == expected[i][0]);
            CHECK(lines[i].bookingDate == expected[i][1]);
        }
        CHECK_FALSE(readBytes(statement(":61:2601020102C1,00NTRFNONREF\r\n"
                                        ":61:2601021302C1,00NTRFNONREF\r\n"))
                        .result.ok());
    }
}

TEST_CASE("the account in :25:", "[mt940]")
{
    const auto accountOf = [](const QByteArray &account) {
        const Mt940Test::Outcome outcome = readBytes(
            ":20:A\r\n:25:" + account + "\r\n:60F:C260101EUR1,00\r\n:62F:C260101EUR1,00\r\n-\r\n");
        REQUIRE(outcome.statements.size() == 1);
        const Statement &s = outcome.statements.first();
        return std::make_tuple(s.accountIban.toString(), s.accountNumber, s.currency.code());
    };
    const QString iban = QStringLiteral("NL20INGB0001234567");
    CHECK(accountOf("NL20INGB0001234567")
          == std::make_tuple(iban, QString(), QStringLiteral("EUR")));
    CHECK(std::get<0>(accountOf("NL20INGB0001234567EUR")) == iban);
    CHECK(std::get<0>(accountOf("NL20INGB0001234567 EUR")) == iban);
    CHECK(std::get<0>(accountOf("/NL20INGB0001234567")) == iban);
    CHECK(std::get<0>(accountOf(" NL20INGB0001234567")) == iban);
    CHECK(std::get<0>(accountOf("INGBNL2A/NL20INGB0001234567")) == iban);
    CHECK(std::get<0>(accountOf("NL20 INGB 0001 2345 67")) == iban);
    CHECK(accountOf("12345678/1020304050")
          == std::make_tuple(QString(), QStringLiteral("12345678/1020304050"),
                             QStringLiteral("EUR")));
    CHECK(std::get<1>(accountOf("51210600/9223382012EUR"))
          == QStringLiteral("51210600/9223382012"));
    CHECK(std::get<1>(accountOf("UBRTHUHB/123456789150ABCDEF002/HUF"))
          == QStringLiteral("UBRTHUHB/123456789150ABCDEF002"));
    SECTION("Czech and Slovak local numbers get their IBAN too")
    {
        CHECK(accountOf("1234567899/1100")
              == std::make_tuple(QStringLiteral("SK2211000000001234567899"),
                                 QStringLiteral("1234567899/1100"), QStringLiteral("EUR")));
        CHECK(std::get<0>(accountOf("19-2000145399/0800"))
              == QStringLiteral("CZ6508000000192000145399"));
        CHECK(std::get<0>(accountOf("1234567890/1100")).isEmpty()); // fails the mod-11 check
    }
}

TEST_CASE("statements and fields around the lines", "[mt940]")
{
    SECTION(":86: before the first :61: is about the statement (Danske)")
    {
        const auto outcome
            = readBytes(statement(":86:For your inform. IBAN no.: NO1111111111111\r\n"
                                  ":86:DANSKE BANK\r\n:61:2601020102C1,00NTRFNONREF\r\n"
                                  ":86:First\r\n:86:Second\r\n"));
        REQUIRE(outcome.lines().size() == 1);
        CHECK(outcome.lines().first().description == QStringLiteral("First Second"));
        CHECK(outcome.statements.first().information
              == QStringLiteral("For your inform. IBAN no.: NO1111111111111 DANSKE BANK"));
    }
    SECTION(":86: after the closing balance is about the statement (ABN AMRO /SUM/)")
    {
        const auto outcome = readBytes(statement(":61:2601020102C1,00NTRFNONREF\r\n:86:Line\r\n"
                                                 ":62F:C260102EUR1,00\r\n"
                                                 ":86:/SUM/1/0/1,00/0,00/\r\n"));
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.lines().size() == 1);
        CHECK(outcome.lines().first().description == QStringLiteral("Line"));
        CHECK(outcome.statements.first().information == QStringLiteral("/SUM/1/0/1,00/0,00/"));
        CHECK(outcome.statements.first().balanceCheck() == BalanceCheck::Ok);
    }
    SECTION(":NS: at the statement's start names the account; after a :61: it is the line's")
    {
        const auto outcome = readBytes(
            ":20:STARTUMS\r\n:25:1222333444\r\n:28:1/1\r\n:NS:22Test GmbH\r\n23Testkonto\r\n"
            "25010102311202\r\n3037010000\r\n:60F:C020315EUR0,00\r\n"
            ":61:0203170320CM5000,00S05168790452\r\n:NS:01Verwendungszweck 1\r\n"
            "02Verwendungszweck 2\r\n15ERGO Versicherung AG Fiokte\r\n16lep\r\n"
            "17Gutschrift\r\n3310918001\r\n340000004279070017\r\n"
            ":61:020322CM20000,00NCHG\r\n:62F:C020322EUR25000,00\r\n-\r\n");
        INFO(outcome.errorText().toStdString());
        REQUIRE(outcome.result.ok());
        const Statement &s = outcome.statements.first();
        CHECK(s.information == QStringLiteral("Test GmbH Testkonto"));
        REQUIRE(s.lines.size() == 2);
        const StatementLine &line = s.lines.first();
        CHECK(line.description == QStringLiteral("Verwendungszweck 1 Verwendungszweck 2"));
        CHECK(line.counterpartyName == QStringLiteral("ERGO Versicherung AG Fioktelep"));
        CHECK(line.counterpartyAccount == QStringLiteral("0000004279070017"));
        CHECK(s.lines[1].description.isEmpty()); // a :NS: belongs to its own :61: only
        CHECK(s.balanceCheck() == BalanceCheck::Ok);
    }
    SECTION("a :86: and a :NS: after one :61: complete each other")
    {
        const auto outcome = readBytes(statement(":61:2601020102C1,00NTRFNONREF\r\n"
                                                 ":86:Invoice 12\r\n:NS:15Firma s.r.o.\r\n"));
        REQUIRE(outcome.lines().size() == 1);
        CHECK(outcome.lines().first().description == QStringLiteral("Invoice 12"));
        CHECK(outcome.lines().first().counterpartyName == QStringLiteral("Firma s.r.o."));
    }
    SECTION("a line starting with '-' inside :86: does not end the message")
    {
        const auto outcome
            = readBytes(statement(":61:2601020102C1,00NTRFNONREF\r\n:86:Faktura 12345\r\n"
                                  "-pakke\r\n:61:2601020102C2,00NTRFNONREF\r\n"));
        REQUIRE(outcome.lines().size() == 2);
        CHECK(outcome.statements.size() == 1);
        CHECK(outcome.lines().first().description == QStringLiteral("Faktura 12345 -pakke"));
    }
    SECTION("unknown tags are skipped with one warning each")
    {
        const auto outcome = readBytes(":20:A\r\n:99:x\r\n:99:y\r\n:25:NL20INGB0001234567\r\n"
                                       ":60F:C260101EUR1,00\r\n:62F:C260101EUR1,00\r\n-\r\n");
        REQUIRE(outcome.result.ok());
        CHECK(outcome.result.warnings.size() == 1);
        CHECK(outcome.result.warnings.first().contains(QLatin1String(":99:")));
        CHECK(outcome.statements.first().accountIban.toString()
              == QStringLiteral("NL20INGB0001234567"));
    }
    SECTION("statements without :20: or '-' between them")
    {
        const auto outcome
            = readBytes(":60F:C260101EUR1,00\n:62F:C260102EUR1,00\n:60F:C260102EUR1,00\n"
                        ":61:2601030103C1,00NTRFNONREF\n:62F:C260103EUR2,00\n");
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.statements.size() == 2);
        CHECK(outcome.statements[1].balanceCheck() == BalanceCheck::Ok);
    }
    SECTION("a UTF-8 byte order mark, no final line end")
    {
        const auto outcome
            = readBytes("\xEF\xBB\xBF:20:A\n:25:NL20INGB0001234567\n:60F:C260101EUR1,00\n"
                        ":61:2601020102C1,00NTRFNONREF\n:86:Café\n:62F:C260102EUR2,00");
        REQUIRE(outcome.result.ok());
        CHECK(outcome.statements.first().id == QStringLiteral("A"));
        CHECK(outcome.lines().first().description == QStringLiteral("Café"));
    }
    SECTION("the sink can stop the reading")
    {
        const QByteArray two = statement(":61:2601020102C1,00NTRFNONREF\r\n") + statement("");
        QBuffer buffer;
        buffer.setData(two);
        buffer.open(QIODevice::ReadOnly);
        int calls = 0;
        const ReadResult result = Mt940Reader().read(buffer, {}, [&](Statement &&) {
            ++calls;
            return false;
        });
        CHECK(calls == 1);
        CHECK(result.canceled);
        CHECK(!result.ok());
    }
}

TEST_CASE("errors name the file, the line, the tag and what was expected", "[mt940]")
{
    const QByteArray head = ":20:X\r\n:25:NL20INGB0001234567\r\n:60F:C260101EUR1,00\r\n";
    // The start of the line before's date is no date (the reader remembers the last one).
    CHECK(errorOf(head + ":61:2601020102C1,00NTRF\r\n:61:260")
          == QStringLiteral("test.sta:5: :61:: value date YYMMDD expected, found '260'"));
    CHECK(errorOf(head + ":61:2601020102CXY12,00NTRF\r\n")
          == QStringLiteral("test.sta:4: :61:: amount expected after 'C', found 'Y12,00NTRF'"));
    CHECK(errorOf(head + ":61:2613020102C1,00NTRF\r\n")
          == QStringLiteral("test.sta:4: :61:: value date YYMMDD expected, found '2613020102C1'"));
    CHECK(
        errorOf(head + ":61:2601021302C1,00NTRF\r\n")
        == QStringLiteral("test.sta:4: :61:: entry date MMDD expected after the value date, found "
                          "'1302C1,00NTR'"));
    CHECK(
        errorOf(head + ":61:2601020102X1,00NTRF\r\n")
        == QStringLiteral("test.sta:4: :61:: debit/credit mark (C, D, RC or RD) expected after the "
                          "date, found 'X1,00NTRF'"));
    CHECK(
        errorOf(head + ":61:2601020102C1,00/TRF\r\n")
        == QStringLiteral("test.sta:4: :61:: transaction type (a letter and three characters, e.g. "
                          "NTRF) expected after the amount, found '/TRF'"));
    CHECK(errorOf(head + ":61:2601020102C1234567890123456789,00NTRF\r\n")
              .contains(QLatin1String("amount expected")));
    CHECK(errorOf(":20:X\r\n:60F:X260101EUR1,00\r\n")
          == QStringLiteral(
              "test.sta:2: :60F:: debit/credit mark (C or D) expected, found 'X260101EUR1,'"));
    CHECK(errorOf(":20:X\r\n:62F:C2601EUR1,00\r\n")
          == QStringLiteral(
              "test.sta:2: :62F:: date YYMMDD expected after 'C', found '2601EUR1,00'"));
    CHECK(errorOf(":20:X\r\n:60F:C260101EUR1,00 garbage\r\n")
          == QStringLiteral(
              "test.sta:2: :60F:: nothing expected after the amount, found ' garbage'"));
    CHECK(errorOf(head + ":62F:C260101EUR1,00\r\n:61:2601020102C1,00NTRF\r\n")
          == QStringLiteral(
              "test.sta:5: :61:: statement line after the closing balance; expected :20: "
              "to start the next statement"));
    CHECK(errorOf("hello\r\nworld\r\n")
          == QStringLiteral(
              "test.sta: no MT940 statement found: expected lines starting with tags such "
              "as :20:, :25:, :60F:, :61:"));
    CHECK(errorOf(QByteArray()).contains(QLatin1String("no MT940 statement found")));

    SECTION("bounds")
    {
        CHECK(errorOf(head + ":86:" + QByteArray(70000, 'x') + "\r\n")
              == QStringLiteral(
                  "test.sta:4: line longer than 65536 bytes: not an MT940 file, or a damaged one"));
        CHECK(
            errorOf(QByteArray(3 * 1024 * 1024, 'x')).contains(QLatin1String("line longer than")));
        // A file is read block by block, a buffer split where its bytes are: the same.
        const QString path = SaldoTest::tempDir() + QStringLiteral("/test.sta");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(head + ":86:" + QByteArray(70000, 'x') + "\r\n");
        file.close();
        CHECK(Mt940Test::readFile(path).errorText()
              == QStringLiteral(
                  "test.sta:4: line longer than 65536 bytes: not an MT940 file, or a damaged one"));
        QByteArray many = head + ":61:2601020102C1,00NTRF\r\n:86:start\r\n";
        for (int i = 0; i < 300; ++i)
            many += "more text\r\n";
        CHECK(
            errorOf(many)
            == QStringLiteral("test.sta:205: :86:: more than 200 lines in one field; the tag that "
                              "ends it is missing"));
    }
}

TEST_CASE("damaged files never crash the reader", "[mt940]")
{
    // Every prefix of our files, and random damage to them: an error or statements, nothing else.
    for (const char *name : { "envelope.sta", "dialects.sta", "cp1250.sta", "mt942.sta" }) {
        QFile file(dataFile(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (qsizetype n = 0; n <= bytes.size(); n += 7) {
            const auto outcome = readBytes(bytes.left(n));
            CHECK((outcome.result.ok() || !outcome.errorText().isEmpty()));
        }
        QRandomGenerator random(42);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = bytes;
            for (int k = 0; k < 4; ++k)
                damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            const auto outcome = readBytes(damaged);
            CHECK((outcome.result.ok() || !outcome.errorText().isEmpty()));
        }
    }
}
