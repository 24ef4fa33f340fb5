// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "formats/camt/camtxml.h"
#include "formats/camt/xmlscanner.h"

#include <QBuffer>

using namespace Saldo;

namespace {

/// Owns the bytes and the device a scanner reads.
struct Scan
{
    explicit Scan(const QByteArray &xml)
        : bytes(xml)
        , buffer(&bytes)
        , scanner(openedBuffer())
    { }
    QBuffer &openedBuffer()
    {
        buffer.open(QIODevice::ReadOnly);
        return buffer;
    }
    /// Every element's local name and text (for leaves), in document order, until an error.
    QStringList walk()
    {
        QStringList seen;
        walkChildren(seen);
        return seen;
    }
    void walkChildren(QStringList &seen)
    {
        while (scanner.readNextStartElement()) {
            const QString name = QString::fromUtf8(scanner.name());
            if (name.startsWith(u"leaf"))
                seen.append(name + u'=' + scanner.readElementText());
            else
                seen.append(name), walkChildren(seen);
        }
    }

    QByteArray bytes;
    QBuffer buffer;
    XmlScanner scanner;
};

} // namespace

TEST_CASE("xml scanner: navigation, names without prefixes, texts", "[xmlscanner]")
{
    Scan scan("<?xml version=\"1.0\"?>\n<!-- a < comment -->\n<p:root xmlns:p=\"urn:x\">"
              "<p:leafA>one</p:leafA><group a=\"x>y\" b='2'><leafB/><leafC>t&amp;&lt;&#x10D;&#269;"
              "<![CDATA[<raw>&amp;]]></leafC></group><?pi skip?><skipped><deep>no</deep></skipped>"
              "</p:root>\n");
    REQUIRE(scan.scanner.readNextStartElement());
    CHECK(scan.scanner.name() == "root");
    CHECK(scan.scanner.namespaceUri() == u"urn:x");
    REQUIRE(scan.scanner.readNextStartElement());
    CHECK(scan.scanner.readElementText() == u"one");
    REQUIRE(scan.scanner.readNextStartElement());
    CHECK(scan.scanner.name() == "group");
    CHECK(scan.scanner.attribute("a") == "x>y");
    CHECK(scan.scanner.attribute("b") == "2");
    CHECK(scan.scanner.attribute("c").isEmpty());
    REQUIRE(scan.scanner.readNextStartElement());
    CHECK(scan.scanner.readElementText().isEmpty()); // <leafB/>
    REQUIRE(scan.scanner.readNextStartElement());
    CHECK(scan.scanner.readElementText() == u"t&<čč<raw>&amp;");
    CHECK_FALSE(scan.scanner.readNextStartElement()); // </group>
    REQUIRE(scan.scanner.readNextStartElement());
    CHECK(scan.scanner.name() == "skipped");
    scan.scanner.skipCurrentElement();
    CHECK_FALSE(scan.scanner.readNextStartElement()); // </p:root>
    CHECK(scan.scanner.atEnd());
    scan.scanner.readToEnd();
    CHECK_FALSE(scan.scanner.hasError());
}

TEST_CASE("xml scanner: tokens across read chunks", "[xmlscanner]")
{
    // Well over the 256 KB chunk, with names, attributes and texts of odd lengths so that
    // every kind of token is cut by a chunk boundary somewhere.
    QByteArray xml = "<root>\n";
    for (int i = 0; i < 20000; ++i)
        xml += "<item n=\"" + QByteArray::number(i) + "\"><leafValue>" + QByteArray(i % 17, 'x')
            + QByteArray::number(i) + "</leafValue><!--" + QByteArray(i % 5, '-')
            + " c --></item>\n";
    xml += "</root>";
    Scan scan(xml);
    REQUIRE(scan.scanner.readNextStartElement());
    int items = 0;
    while (scan.scanner.readNextStartElement()) {
        REQUIRE(scan.scanner.attribute("n") == QByteArray::number(items));
        REQUIRE(scan.scanner.readNextStartElement());
        REQUIRE(scan.scanner.readElementText()
                == QString(items % 17, u'x') + QString::number(items));
        CHECK_FALSE(scan.scanner.readNextStartElement());
        ++items;
    }
    CHECK(items == 20000);
    CHECK_FALSE(scan.scanner.hasError());
    CHECK(scan.scanner.lineNumber() == 20002);
}

TEST_CASE("xml scanner: malformed input stops with a message and its line", "[xmlscanner]")
{
    struct Case
    {
        const char *xml;
        const char *message;
        qint64 line;
    };
    const Case cases[] = {
        { "<a>\n<b>\n</a>", "</a> where </b> was expected", 3 },
        { "<a>\n<b>text", "ends inside <b>", 2 },
        { "<a>\n</a>\n<a/>", "second root", 3 },
        { "<a>\n</a>\ntext", "text after the root", 2 }, // where the text starts
        { "text", "not XML", 1 },
        { "", "no XML element", 1 },
        { "<a b=c/>", "malformed start tag", 1 },
        { "<a b=\"1\"c=\"2\"/>", "malformed start tag", 1 },
        { "<leaf>&nbsp;</leaf>", "unknown entity", 1 }, // in texts that are read
        { "<leaf>&#0;</leaf>", "unknown entity", 1 },
        { "<a><b</a>", "'<' inside the tag", 1 },
        { "</a>", "without a matching start tag", 1 },
        { "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "document type", 1 },
        { "\xFF\xFE<\0a\0/\0>\0", "UTF-16", 1 },
        { "<?xml version=\"1.0\" encoding=\"EBCDIC-XY\"?><a/>", "encoding", 1 },
    };
    for (const Case &c : cases) {
        INFO(c.xml);
        Scan scan(QByteArray(c.xml, qstrlen(c.xml) + (c.xml[0] == '\xFF' ? 7 : 0)));
        scan.walk();
        scan.scanner.readToEnd();
        REQUIRE(scan.scanner.hasError());
        CHECK(scan.scanner.errorString().contains(QLatin1StringView(c.message)));
        CHECK(scan.scanner.lineNumber() == c.line);
    }
}

TEST_CASE("xml scanner: bounded on hostile input", "[xmlscanner]")
{
    SECTION("deep nesting")
    {
        Scan scan(QByteArray("<a>").repeated(100000));
        scan.walk();
        CHECK(scan.scanner.errorString().contains(QStringLiteral("nested deeper")));
    }
    SECTION("one endless text")
    {
        Scan scan("<a>" + QByteArray(17 * 1024 * 1024, 'x'));
        scan.walk();
        CHECK(scan.scanner.errorString().contains(QStringLiteral("longer than 16 MB")));
    }
}

TEST_CASE("xml scanner: UTF-8 BOM and a Latin encoding", "[xmlscanner]")
{
    SECTION("BOM")
    {
        Scan scan("\xEF\xBB\xBF<leaf>\xC5\xBE</leaf>");
        CHECK(scan.walk() == QStringList { QStringLiteral("leaf=ž") });
    }
    SECTION("windows-1250")
    {
        Scan scan("<?xml version='1.0' encoding='windows-1250'?><leaf>\x9E\x9A</leaf>");
        CHECK(scan.walk() == QStringList { QStringLiteral("leaf=žš") });
    }
}

TEST_CASE("xml scanner: texts taken in one step read as the token loop reads them", "[xmlscanner]")
{
    // Plain texts take the shortcut; the others (entities, CDATA, comments, children) are
    // left for the token loop. Either way the same text, and the reader stands after it.
    const struct
    {
        const char *content;
        const char *text;
        bool plainAscii;
    } cases[] = {
        { "12.50", "12.50", true },
        { " \t12.50\r\n", " \t12.50\r\n", true },
        { "Mod\xC5\x99\xC3\xBD", "Mod\xC5\x99\xC3\xBD", false },
        { "a&amp;b", "a&b", false },
        { "<![CDATA[a<b]]>", "a<b", false },
        { "a<!--c-->b", "ab", false },
        { "a<x>b</x>c", "abc", false },
        { "", "", true }, // readElementText() leaves it to the loop: a null QString
    };
    for (const auto &c : cases) {
        INFO(c.content);
        const QByteArray xml = QByteArray("<r><leaf>") + c.content + "</leaf><next/></r>";
        Scan ascii(xml);
        REQUIRE(ascii.scanner.readNextStartElement());
        REQUIRE(ascii.scanner.readNextStartElement());
        const std::optional<QByteArrayView> plain = ascii.scanner.readPlainAsciiText(64);
        CHECK(plain.has_value() == c.plainAscii);
        if (plain)
            CHECK(*plain == QByteArrayView(c.text));
        else
            CHECK(ascii.scanner.readElementText() == QString::fromUtf8(c.text));
        REQUIRE(ascii.scanner.readNextStartElement());
        CHECK(ascii.scanner.name() == "next");

        Scan text(xml);
        REQUIRE(text.scanner.readNextStartElement());
        REQUIRE(text.scanner.readNextStartElement());
        const QString read = text.scanner.readElementText();
        CHECK(read == QString::fromUtf8(c.text));
        CHECK(read.isNull() == (*c.content == '\0'));
        REQUIRE(text.scanner.readNextStartElement());
        CHECK(text.scanner.name() == "next");
        CHECK_FALSE(text.scanner.hasError());
    }
}

TEST_CASE("camt xml: text(), prose() and valueText() trim as QString does", "[xmlscanner]")
{
    const char *const contents[] = { "CRDT",
                                     " CRDT",
                                     "CRDT\t",
                                     "\x0b 1.50 \x0c",
                                     "a  b",
                                     "a b",
                                     "a\nb",
                                     "\xC2\xA0"
                                     "a",
                                     "a\xC2\xA0",
                                     "\xE2\x80\x83x",
                                     "",
                                     "a&#32;",
                                     "\x1c"
                                     "a" };
    for (const char *content : contents) {
        INFO(content);
        const QByteArray xml = QByteArray("<r><a>") + content + "</a><b>" + content + "</b><c>"
            + content + "</c></r>";
        Scan reference(xml);
        REQUIRE(reference.scanner.readNextStartElement());
        REQUIRE(reference.scanner.readNextStartElement());
        const QString raw = reference.scanner.readElementText();

        Scan scan(xml);
        CamtXml camt(scan.scanner, QStringLiteral("x.xml"));
        REQUIRE(camt.nextChild());
        REQUIRE(camt.nextChild());
        CHECK(camt.text() == raw.trimmed());
        REQUIRE(camt.nextChild());
        CHECK(camt.prose() == raw.simplified());
        REQUIRE(camt.nextChild());
        CamtXml::ValueText storage;
        CHECK(camt.valueText(storage) == raw.trimmed());
        CHECK_FALSE(camt.failed());
    }
}
