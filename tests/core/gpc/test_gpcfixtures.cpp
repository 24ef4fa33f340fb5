// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-made files in tests/data/gpc: the cases the public corpus lacks.
#include "catchqt.h"
#include "gpctestsupport.h"

#include "formats/gpc/gpcreader.h"

#include <QBuffer>
#include <QFile>

using namespace Saldo;
using GpcTest::readFixture;

TEST_CASE("GPC: Komercni banka's internal digit order", "[gpc]")
{
    const GpcTest::Outcome outcome = readFixture(QStringLiteral("kb-internal-order.gpc"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 1);
    const Statement &s = outcome.statements.first();
    // Written 9394200015000019: only the permuted digits pass the mod-11 check.
    CHECK(s.accountNumber == u"19-2000145399");
    CHECK(s.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(s.lines.size() == 2);
    const StatementLine &credit = s.lines[0];
    CHECK(credit.counterpartyAccount == u"1234567899/0100");
    CHECK(credit.counterpartyIban.toString() == u"CZ9501000000001234567899");
    CHECK(credit.variableSymbol.toString() == u"2026000012");
    CHECK(credit.constantSymbol.toString() == u"308");
    CHECK(credit.counterpartyName == u"Odběratel a.s.");
    // Two AV fields of 35 characters: the first is full and runs on into the second.
    CHECK(credit.description == u"Faktura FV2026-000012 za služby leden 2026");
    const StatementLine &fee = s.lines[1];
    CHECK(fee.amount.toString() == u"-2500.00");
    CHECK(fee.counterpartyAccount.isEmpty());
    CHECK(fee.counterpartyIban.isNull());
}

TEST_CASE("GPC: reversals - several statements - LF and a DOS end-of-file mark", "[gpc]")
{
    const GpcTest::Outcome outcome = readFixture(QStringLiteral("storno-two-statements.gpc"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 2);
    const Statement &first = outcome.statements[0];
    CHECK(first.currency.code() == u"EUR");
    CHECK(first.sequence == u"003");
    REQUIRE(first.lines.size() == 4);
    CHECK(first.lines[0].amount.toString() == u"100.00"); // 2 credit
    CHECK(first.lines[1].amount.toString() == u"-20.00"); // 1 debit
    CHECK(first.lines[2].amount.toString() == u"30.00"); // 4 reversal of a debit
    CHECK(first.lines[3].amount.toString() == u"-40.00"); // 5 reversal of a credit
    CHECK(first.lines[3].valueDate == QDate(2026, 1, 31)); // 000000: the due date
    CHECK(first.lines[0].variableSymbol.toString() == u"111");
    CHECK(first.balanceCheck() == BalanceCheck::Ok);
    // A statement without items keeps the file's currency.
    const Statement &second = outcome.statements[1];
    CHECK(second.lines.isEmpty());
    CHECK(second.currency.code() == u"EUR");
    CHECK(second.sourceLine == 7);
    CHECK(second.balanceCheck() == BalanceCheck::Ok);
}

TEST_CASE("GPC: AV text over 078 and 079 - a Slovak counterparty", "[gpc]")
{
    const GpcTest::Outcome outcome = readFixture(QStringLiteral("av-text-sk-counterparty.gpc"));
    REQUIRE(outcome.result.ok());
    const QList<StatementLine> lines = outcome.lines();
    REQUIRE(lines.size() == 1);
    CHECK(
        lines[0].description
        == u"Uhrada faktury FV2026-000105 za dodavku tovaru podla objednavky c. 77/2026 dakujeme");
    // Bank 1100 is Slovak (Tatra banka): the IBAN is an SK one.
    CHECK(lines[0].counterpartyIban.toString() == u"SK7911000000002611223368");
    CHECK(lines[0].counterpartyAccount == u"2611223368/1100");
    CHECK(lines[0].amount.toString() == u"147.11");
}

TEST_CASE("GPC: errors name the line - the field and what was expected", "[gpc]")
{
    struct Case
    {
        const char *file;
        qint64 line;
        const char *field;
        const char *message;
    };
    const Case cases[] = {
        { "error-bad-amount.gpc", 3, "075 amount",
          "expected 12 digits at positions 49-60, found '00000000X100'" },
        { "error-bad-code.gpc", 2, "075 accounting code",
          "expected 1, 2, 4 or 5 at position 61, found '7'" },
        { "error-bad-date.gpc", 2, "075 value date",
          "expected a date DDMMYY at positions 92-97, found '310226'" },
        { "error-item-before-header.gpc", 1, "075", "an item before any 074 statement header" },
        { "error-unknown-record.gpc", 3, "",
          "unknown record type '077'; expected 074, 075, 076, 078 or 079" },
        { "error-short-item.gpc", 2, "075", "an item has 128 characters, this one has 80" },
        { "error-long-record.gpc", 2, "075",
          "an item has 128 characters, this one has 133: longer \"extended\" items (8-digit "
          "dates, long texts) are not the ABO/GPC format of the banks and are not supported" },
        { "error-av-without-item.gpc", 2, "078", "a 078 record must follow a 075 item" },
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const GpcTest::Outcome outcome = readFixture(QLatin1StringView(c.file));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->file == QLatin1StringView(c.file));
        CHECK(outcome.result.error->line == c.line);
        CHECK(outcome.result.error->field == QLatin1StringView(c.field));
        CHECK(outcome.result.error->message == QString::fromUtf8(c.message));
        // A statement that is not complete is never handed on.
        CHECK(outcome.statements.isEmpty());
    }
}

TEST_CASE("GPC: robustness", "[gpc]")
{
    QFile fixture(SaldoTest::dataDir() + QStringLiteral("/gpc/storno-two-statements.gpc"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray valid = fixture.readAll();

    SECTION("a UTF-8 BOM and CRLF are accepted")
    {
        QByteArray bytes = valid;
        bytes.replace("\n", "\r\n");
        const GpcTest::Outcome outcome = GpcTest::readBytes("\xEF\xBB\xBF" + bytes);
        CHECK(outcome.result.ok());
        CHECK(outcome.statements.size() == 2);
    }
    SECTION("no final line end")
    {
        QByteArray bytes = valid;
        bytes.chop(2); // the DOS mark and the last LF
        const GpcTest::Outcome outcome = GpcTest::readBytes(bytes);
        CHECK(outcome.result.ok());
        CHECK(outcome.statements.size() == 2);
    }
    SECTION("a line without end is refused without reading it all")
    {
        const GpcTest::Outcome outcome = GpcTest::readBytes(valid + QByteArray(100000, 'x'));
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->message.contains(u"line longer than 4096 bytes"));
        // The statements before the bad line were complete and handed on.
        CHECK(outcome.statements.size() == 1);
        // A file is read block by block, a buffer split where its bytes are: the same.
        const QString path = SaldoTest::tempDir() + QStringLiteral("/long-last-line.gpc");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(valid + QByteArray(100000, 'x'));
        file.close();
        const GpcTest::Outcome fromFile = GpcTest::readFile(path);
        REQUIRE(fromFile.result.error.has_value());
        CHECK(fromFile.result.error->message.contains(u"line longer than 4096 bytes"));
        CHECK(fromFile.result.error->line == outcome.result.error->line);
        CHECK(fromFile.statements.size() == 1);
    }
    SECTION("binary garbage")
    {
        QByteArray garbage;
        for (int i = 0; i < 5000; ++i)
            garbage.append(char((i * 7919) % 251));
        const GpcTest::Outcome outcome = GpcTest::readBytes(garbage);
        CHECK(outcome.result.error.has_value());
    }
    SECTION("the sink stops the reading")
    {
        QByteArray copy = valid;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        int statements = 0;
        const ReadResult result = GpcReader().read(buffer, {}, [&](Statement &&) {
            ++statements;
            return false;
        });
        CHECK(result.canceled);
        CHECK(statements == 1);
    }
}

namespace {

/// A fixture with two statements, and where its first item (on line 2) starts.
std::pair<QByteArray, qsizetype> fixtureAndFirstItem()
{
    QFile fixture(SaldoTest::dataDir() + QStringLiteral("/gpc/storno-two-statements.gpc"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray valid = fixture.readAll();
    const qsizetype item = valid.indexOf("\n075") + 1;
    REQUIRE(item > 0);
    REQUIRE(valid.left(item).count('\n') == 1);
    return { valid, item };
}

} // namespace

TEST_CASE("GPC: the document number is the bank reference, white space around it removed", "[gpc]")
{
    const auto [valid, item] = fixtureAndFirstItem();
    const std::pair<QByteArray, QString> cases[] = {
        { "1234567890123", QStringLiteral("1234567890123") },
        { "  AB 12      ", QStringLiteral("AB 12") },
        // Tabs too, as QString::trimmed() removes them; inside, white space stays.
        { "\tAB 12\t      ", QStringLiteral("AB 12") },
        { "AB\t12        ", QStringLiteral("AB\t12") },
    };
    for (const auto &[document, expected] : cases) {
        CAPTURE(document.toHex().toStdString());
        REQUIRE(document.size() == 13);
        QByteArray changed = valid;
        changed.replace(item + 35, 13, document);
        const GpcTest::Outcome outcome = GpcTest::readBytes(changed);
        INFO(outcome.errorText().toStdString());
        REQUIRE(outcome.result.ok());
        CHECK(outcome.lines().first().bankReference == expected);
    }
}

TEST_CASE("GPC: a symbol or an amount that is not digits names its field", "[gpc]")
{
    const auto [valid, item] = fixtureAndFirstItem();
    struct Case
    {
        int position; // 1-based, as the message gives it
        const char *field;
        const char *positions;
        int digits;
    };
    const Case cases[] = { { 49, "075 amount", "49-60", 12 }, { 60, "075 amount", "49-60", 12 },
                           { 62, "075 VS", "62-71", 10 },     { 71, "075 VS", "62-71", 10 },
                           { 78, "075 KS", "78-81", 4 },      { 81, "075 KS", "78-81", 4 },
                           { 82, "075 SS", "82-91", 10 },     { 91, "075 SS", "82-91", 10 } };
    for (const Case &c : cases) {
        CAPTURE(c.position);
        QByteArray broken = valid;
        broken[item + c.position - 1] = 'X';
        const int start = QByteArrayView(c.positions).first(2).toInt() - 1;
        const QString found = QString::fromLatin1(broken.mid(item + start, c.digits));
        const GpcTest::Outcome outcome = GpcTest::readBytes(broken);
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->line == 2);
        CHECK(outcome.result.error->field == QLatin1StringView(c.field));
        CHECK(outcome.result.error->message
              == QStringLiteral("expected %1 digits at positions %2, found '%3'")
                     .arg(c.digits)
                     .arg(QLatin1StringView(c.positions), found));
        CHECK(outcome.statements.isEmpty());
    }
}

TEST_CASE("GPC: a value or due date that is no date names its field", "[gpc]")
{
    const auto [valid, item] = fixtureAndFirstItem();
    struct Case
    {
        int start; // 0-based
        const char *replacement;
        const char *field;
        const char *message;
    };
    const Case cases[] = {
        { 91, "320126", "075 value date",
          "expected a date DDMMYY at positions 92-97, found '320126'" },
        { 91, "31012X", "075 value date",
          "expected a date DDMMYY at positions 92-97, found '31012X'" },
        { 122, "310226", "075 due date",
          "expected a date DDMMYY at positions 123-128, found '310226'" },
        { 122, "3101 6", "075 due date",
          "expected a date DDMMYY at positions 123-128, found '3101 6'" },
    };
    for (const Case &c : cases) {
        CAPTURE(c.start, c.replacement);
        QByteArray broken = valid;
        broken.replace(item + c.start, 6, c.replacement);
        const GpcTest::Outcome outcome = GpcTest::readBytes(broken);
        REQUIRE(outcome.result.error.has_value());
        CHECK(outcome.result.error->line == 2);
        CHECK(outcome.result.error->field == QLatin1StringView(c.field));
        CHECK(outcome.result.error->message == QLatin1StringView(c.message));
    }
}

TEST_CASE("GPC: a name that starts the payment text is dropped, any other is kept", "[gpc]")
{
    QFile fixture(SaldoTest::dataDir() + QStringLiteral("/gpc/storno-two-statements.gpc"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray valid = fixture.readAll();
    // The first item (line 2) is named "Kredit"; an AV text is put after it.
    const qsizetype afterItem = valid.indexOf('\n', valid.indexOf("\n075") + 1) + 1;
    REQUIRE(afterItem > 0);
    struct Case
    {
        const char *text;
        const char *name; // what is left of "Kredit"
    };
    const Case cases[] = { { "Kredit za zbozi", "" },
                           { "Kredit", "" },
                           { "Kreditni karta", "" },
                           { "Kredi", "Kredit" },
                           { "kredit za zbozi", "Kredit" },
                           { "Debet Kredit", "Kredit" },
                           { "K", "Kredit" } };
    for (const Case &c : cases) {
        CAPTURE(c.text);
        QByteArray bytes = valid;
        bytes.insert(afterItem, "078" + QByteArray(c.text).leftJustified(125, ' ') + '\n');
        const GpcTest::Outcome outcome = GpcTest::readBytes(bytes);
        REQUIRE(outcome.result.ok());
        const StatementLine &line = outcome.statements.first().lines.first();
        CHECK(line.description == QLatin1StringView(c.text));
        CHECK(line.counterpartyName == QLatin1StringView(c.name));
    }
    // Without a text the name stays.
    const GpcTest::Outcome plain = GpcTest::readBytes(valid);
    REQUIRE(plain.result.ok());
    CHECK(plain.statements.first().lines.first().counterpartyName == u"Kredit");
}
