// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OFX dates, amounts and encoding names.
#include "catchqt.h"
#include "formats/ofx/ofxvalues.h"

using namespace Saldo;

TEST_CASE("OFX dates: the date part of every OFX date-time form", "[ofx]")
{
    CHECK(parseOfxDate(u"20240323") == QDate(2024, 3, 23));
    CHECK(parseOfxDate(u"20240323000000[-3:GMT]") == QDate(2024, 3, 23));
    CHECK(parseOfxDate(u"20120727000000.000[+02.00:CET]") == QDate(2012, 7, 27));
    CHECK(parseOfxDate(u"20180804093914:014") == QDate(2018, 8, 4));
    CHECK_FALSE(parseOfxDate(u"2024032"));
    CHECK_FALSE(parseOfxDate(u"20240230"));
    CHECK_FALSE(parseOfxDate(u"2024-03-23"));
    CHECK_FALSE(parseOfxDate(u""));
}

TEST_CASE("OFX amounts are exact", "[ofx]")
{
    const Currency eur = Currency::fromCode(u"EUR").value();
    const Currency jpy = Currency::fromCode(u"JPY").value();
    const Currency kwd = Currency::fromCode(u"KWD").value();
    auto minor = [](QStringView text, Currency currency) {
        const Result<Money> money = parseOfxAmount(text, currency);
        return money ? money->minorUnits() : qint64(-999999);
    };
    CHECK(minor(u"-162.90", eur) == -16290);
    CHECK(minor(u"+12", eur) == 1200);
    CHECK(minor(u"13,5", eur) == 1350);
    CHECK(minor(u".50", eur) == 50);
    CHECK(minor(u"-13.0000", eur) == -1300);
    CHECK(minor(u"0.1", eur) == 10); // 0.1 exactly, not 0.1000000000000000055
    CHECK(minor(u"1500", jpy) == 1500);
    CHECK(minor(u"1.234", kwd) == 1234);
    CHECK(minor(u"92233720368547758.07", eur) == Q_INT64_C(9223372036854775807));
    CHECK(parseOfxAmount(u"12.345", eur).error()
          == u"'12.345' has more decimal places than EUR has");
    CHECK(parseOfxAmount(u"92233720368547758.08", eur).error()
          == u"amount '92233720368547758.08' is too large");
    for (const char16_t *wrong :
         { u"", u"-", u".", u"$120", u"7.760.0000", u"1 000", u"1e5", u"--1" }) {
        INFO(QString::fromUtf16(wrong).toStdString());
        CHECK_FALSE(parseOfxAmount(wrong, eur));
    }
}

TEST_CASE("OFX encoding declarations", "[ofx]")
{
    auto sgml = [](const char *header) {
        return encodingFromSgmlHeader(QByteArrayView(header));
    };
    CHECK(sgml("ENCODING:USASCII\nCHARSET:1252\n")->windows1252);
    CHECK(sgml("ENCODING:UTF-8\nCHARSET:NONE\n")->encoding == TextEncoding::Utf8);
    CHECK(sgml("ENCODING:USASCII\r\nCHARSET:ISO-8859-1\r\n")->encoding == TextEncoding::Latin1);
    CHECK(sgml("CHARSET:1250\n")->encoding == TextEncoding::Windows1250);
    CHECK_FALSE(sgml("ENCODING:USASCII\nCHARSET:NONE\n"));
    CHECK_FALSE(sgml("CHARSET:KLINGON\n"));
    CHECK(encodingFromXmlDeclaration("xml version=\"1.0\" encoding=\"windows-1250\"")->encoding
          == TextEncoding::Windows1250);
    CHECK(encodingFromXmlDeclaration("xml version='1.0' encoding='us-ascii'")->encoding
          == TextEncoding::Utf8);
    CHECK_FALSE(encodingFromXmlDeclaration("xml version=\"1.0\""));
    CHECK_FALSE(encodingFromXmlDeclaration("OFX OFXHEADER=\"200\""));
}

TEST_CASE("OFX text: references resolved, windows-1252 punctuation", "[ofx]")
{
    const OfxEncoding utf8;
    const OfxEncoding cp1252 { TextEncoding::Latin1, true };
    CHECK(decodeOfxText("  A &amp; B &lt;x&gt; &#233;&#x20AC; ", utf8) == u"A & B <x> é€");
    CHECK(decodeOfxText("AT&T & Co &unknown;", utf8) == u"AT&T & Co &unknown;");
    CHECK(decodeOfxText("\x80 \x93q\x94 \x81", cp1252) == u"€ “q” \u0081");
}
