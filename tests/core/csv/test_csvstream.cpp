// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV export is one statement of any length: the reader hands it on in parts, so that its
// memory does not grow with the file.
#include "catchqt.h"
#include "csvtestsupport.h"
#include "formats/csv/csvreader.h"

#include <QBuffer>

using namespace Saldo;

namespace {

/// Records what a part sink is given.
struct RecordingSink : StatementPartSink
{
    QList<Statement> begun, ended;
    QList<qsizetype> parts; ///< lines per addLines()
    qsizetype lines = 0;
    LineTotal total;
    qsizetype stopAfterParts = -1;

    bool begin(const Statement &header) override
    {
        begun.append(header);
        return true;
    }
    bool addLines(QList<StatementLine> &&chunk) override
    {
        parts.append(chunk.size());
        lines += chunk.size();
        for (const StatementLine &line : std::as_const(chunk))
            total.add(line.amount);
        return parts.size() != stopAfterParts;
    }
    bool end(const Statement &header) override
    {
        ended.append(header);
        return true;
    }
};

/// The generic layout with `rows` lines of 1.00 each, dated from 2026-01-05 on.
QByteArray genericCsv(int rows)
{
    QByteArray csv = "Date;Value date;Amount;Currency;Counter IBAN;Counterparty;Bank reference\n";
    const QDate first(2026, 1, 5);
    for (int i = 0; i < rows; ++i) {
        csv += first.addDays(i / 100).toString(u"dd.MM.yyyy").toLatin1() + ";;1,00;EUR;;Firma;B"
            + QByteArray::number(i) + '\n';
    }
    return csv;
}

ReadResult readParts(QByteArray bytes, StatementPartSink &sink)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.fileName = QStringLiteral("big.csv");
    return CsvReader().read(buffer, options, sink);
}

} // namespace

TEST_CASE("CSV: a long file is handed on in parts", "[csv]")
{
    const int rows = 5000;
    RecordingSink sink;
    const ReadResult result = readParts(genericCsv(rows), sink);
    REQUIRE(result.ok());
    REQUIRE(sink.begun.size() == 1);
    REQUIRE(sink.ended.size() == 1);
    CHECK(sink.lines == rows);
    CHECK(sink.parts.size() > 1);
    CHECK(*std::max_element(sink.parts.begin(), sink.parts.end()) < rows);
    // The start knows the currency; the end knows the period, which needs every line.
    CHECK(sink.begun[0].currency.code() == u"EUR");
    CHECK(sink.begun[0].lines.isEmpty());
    CHECK(sink.ended[0].lines.isEmpty());
    CHECK(sink.ended[0].periodStart == QDate(2026, 1, 5));
    CHECK(sink.ended[0].periodEnd == QDate(2026, 1, 5).addDays((rows - 1) / 100));
    CHECK(sink.ended[0].date == sink.ended[0].periodEnd);

    SECTION("whole statements are the same statement")
    {
        const CsvTest::Outcome whole = CsvTest::readBytes(genericCsv(rows));
        REQUIRE(whole.result.ok());
        const Statement &s = whole.statement();
        CHECK(s.lines.size() == rows);
        CHECK(s.periodEnd == sink.ended[0].periodEnd);
        CHECK(s.lines.last().bankReference == QStringLiteral("B%1").arg(rows - 1));
    }
    SECTION("a sink that stops cancels the reading")
    {
        RecordingSink stopping;
        stopping.stopAfterParts = 1;
        const ReadResult canceled = readParts(genericCsv(rows), stopping);
        CHECK(canceled.canceled);
        CHECK(stopping.parts.size() == 1);
        CHECK(stopping.ended.isEmpty());
    }
}

TEST_CASE("CSV: a file without lines is one empty statement", "[csv]")
{
    RecordingSink sink;
    REQUIRE(readParts(genericCsv(0), sink).ok());
    CHECK(sink.begun.size() == 1);
    CHECK(sink.parts.isEmpty());
    CHECK(sink.ended.size() == 1);
}

TEST_CASE("Line totals give the balance check of a statement seen in parts", "[csv]")
{
    const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
    const Currency czk = *Currency::fromCode(QStringLiteral("CZK"));
    LineTotal total;
    CHECK(total.check(Money(100, eur), Money(100, eur)) == BalanceCheck::Ok);
    total.add(Money(250, eur));
    total.add(Money(-50, eur));
    CHECK(total.check(Money(100, eur), Money(300, eur)) == BalanceCheck::Ok);
    CHECK(total.check(Money(100, eur), Money(301, eur)) == BalanceCheck::Mismatch);
    CHECK(total.check(std::nullopt, Money(300, eur)) == BalanceCheck::Unknown);
    CHECK(total.check(Money(100, czk), Money(300, czk)) == BalanceCheck::Unknown);
    total.add(Money(1, czk)); // a foreign-currency line cannot be summed exactly
    CHECK(total.check(Money(100, eur), Money(300, eur)) == BalanceCheck::Unknown);
}

TEST_CASE("CSV: a profile without a header row", "[csv]")
{
    const QByteArray rows = "\"02-09-2015\";\"03-09-2015\";\"Foo\";\"300,00\";\"600,47\"\n"
                            "\"01-09-2015\";\"01-09-2015\";\"Bar\";\"-1.300,00\";\"300,47\"\n";
    const CsvTest::Outcome outcome = CsvTest::readBytes(rows);
    REQUIRE(outcome.result.ok());
    const Statement &s = outcome.statement();
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].valueDate == QDate(2015, 9, 3));
    CHECK(s.lines[1].amount.toString() == u"-1300.00");
    CHECK(s.lines[1].description == u"Bar");

    const CsvTest::Outcome wrong = CsvTest::readBytes("Date;Amount\n01.02.2026;1,00\n",
                                                      QStringLiteral("jaeren-sparebank-no"));
    CHECK(wrong.errorText()
          == u"test.csv: profile jaeren-sparebank-no: the first rows do not have 5 fields with "
             "a date in the booking date column");
}
