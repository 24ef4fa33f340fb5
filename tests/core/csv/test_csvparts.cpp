// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/csv/csvdateformat.h"
#include "formats/csv/csvlayout.h"
#include "formats/csv/csvrecordreader.h"

#include <QBuffer>

using namespace Saldo;

namespace {

QList<QStringList> records(const QByteArray &text, char delimiter = ';', QString *error = nullptr)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordReader reader(buffer, delimiter, '"');
    QList<QStringList> result;
    while (reader.next()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields.append(QString::fromUtf8(reader.field(i)));
        fields.prepend(QString::number(reader.line()));
        result.append(fields);
    }
    if (error)
        *error = reader.error();
    return result;
}

} // namespace

TEST_CASE("CSV records: RFC 4180", "[csv]")
{
    const QList<QStringList> r = records("a;\"b;c\";\"say \"\"hi\"\"\"\r\n"
                                         "\"two\nlines\";x\n"
                                         "  spaced  ;  \" quoted \"  \r"
                                         "last;without;end");
    REQUIRE(r.size() == 4);
    // Each record starts with its line number.
    CHECK(r[0]
          == QStringList { QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("b;c"),
                           QStringLiteral("say \"hi\"") });
    CHECK(
        r[1]
        == QStringList { QStringLiteral("2"), QStringLiteral("two\nlines"), QStringLiteral("x") });
    CHECK(
        r[2]
        == QStringList { QStringLiteral("4"), QStringLiteral("spaced"), QStringLiteral("quoted") });
    CHECK(r[3]
          == QStringList { QStringLiteral("5"), QStringLiteral("last"), QStringLiteral("without"),
                           QStringLiteral("end") });
    QString error;
    records("a;\"open\nb;c\n", ';', &error);
    CHECK(error == u"a quoted field is never closed");
}

TEST_CASE("CSV records: records across the reader's chunks", "[csv]")
{
    // 2 MB of rows whose quoted fields hold separators and line breaks: every chunk boundary
    // falls somewhere inside a record.
    QByteArray text;
    const QByteArray row = "1;\"x;y\nz\";\"\"\"q\"\"\";end\r\n";
    while (text.size() < 2 * 1024 * 1024 + 17)
        text += row;
    const QList<QStringList> r = records(text);
    REQUIRE(r.size() == text.size() / row.size());
    qsizetype wrong = 0;
    for (qsizetype i = 0; i < r.size(); ++i) {
        const QStringList expected { QString::number(1 + 2 * i), QStringLiteral("1"),
                                     QStringLiteral("x;y\nz"), QStringLiteral("\"q\""),
                                     QStringLiteral("end") };
        if (r[i] != expected)
            ++wrong;
    }
    CHECK(wrong == 0);
}

TEST_CASE("CSV records: a UTF-8 BOM is not part of the first field", "[csv]")
{
    const QList<QStringList> r = records("\xEF\xBB\xBF\"Date\";Amount\n");
    REQUIRE(r.size() == 1);
    CHECK(r[0][1] == u"Date");
}

TEST_CASE("CSV dates", "[csv]")
{
    const CsvDateFormat dmy = *CsvDateFormat::fromPattern(QStringLiteral("DD.MM.YYYY"));
    CHECK(dmy.parse(u"05.01.2026") == QDate(2026, 1, 5));
    CHECK(dmy.parse(u"5.1.2026") == QDate(2026, 1, 5));
    CHECK(dmy.parse(u"08.06.2026 14:23") == QDate(2026, 6, 8));
    CHECK_FALSE(dmy.parse(u"30.02.2026").isValid());
    CHECK_FALSE(dmy.parse(u"05.01.26").isValid());
    CHECK_FALSE(dmy.parse(u"05.01.2026x").isValid());
    CHECK_FALSE(dmy.parse(u"").isValid());
    const CsvDateFormat ymd = *CsvDateFormat::fromPattern(QStringLiteral("YYYY/MM/DD"));
    CHECK(ymd.parse(u"2018/05/23") == QDate(2018, 5, 23));
    CHECK_FALSE(ymd.parse(u"1111/11/11").isValid()); // anonymised: outside 1900-2100
    const CsvDateFormat compact = *CsvDateFormat::fromPattern(QStringLiteral("YYYYMMDD"));
    CHECK(compact.parse(u"20260315") == QDate(2026, 3, 15));
    CHECK_FALSE(compact.parse(u"2026315").isValid());
    CHECK(CsvDateFormat::fromPattern(QStringLiteral("DD/MM/YY"))->parse(u"31/12/99")
          == QDate(1999, 12, 31));
    CHECK_FALSE(CsvDateFormat::fromPattern(QStringLiteral("DD.MM")).has_value());
}

TEST_CASE("CSV header names and column references", "[csv]")
{
    CHECK(normalizeCsvHeaderName(u"  Id transakce, ") == u"id transakce");
    CHECK(normalizeCsvHeaderName(u"#Dátum  zaúčtovania") == u"dátum zaúčtovania");
    const QStringList header { QStringLiteral("poznámka"), QStringLiteral("datum"),
                               QStringLiteral("poznámka"), QStringLiteral("amount czk") };
    CHECK(findCsvColumn(header, QStringLiteral("Poznámka")) == 0);
    CHECK(findCsvColumn(header, QStringLiteral("Poznámka#2")) == 2);
    CHECK(findCsvColumn(header, QStringLiteral("Poznámka#3")) == -1);
    CHECK(findCsvColumn(header, QStringLiteral("Posting date|Datum")) == 1);
    CHECK(findCsvColumn(header, QStringLiteral("Amount EUR|Amount CZK")) == 3);
    CHECK(findCsvColumn(header, QStringLiteral("@4")) == 3);
    CHECK(findCsvColumn(header, QStringLiteral("missing")) == -1);
}
