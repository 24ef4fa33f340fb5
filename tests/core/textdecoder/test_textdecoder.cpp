// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "expectedtables.h"

#include "formats/common/textdecoder.h"

#include <QFile>
#include <QRandomGenerator>

#include <iterator>
#include <vector>

using namespace Saldo;

namespace {

QByteArray byte(int value)
{
    return QByteArray(1, char(value));
}

QString decodedByte(int value, TextEncoding encoding)
{
    return decodeText(byte(value), encoding);
}

void checkWholeTable(TextEncoding encoding, const ExpectedTables::Table &expected)
{
    QByteArray all;
    for (int b = 0x80; b <= 0xFF; ++b)
        all.append(char(b));
    const QString text = decodeText(all, encoding);
    REQUIRE(text.size() == 128);
    for (int b = 0x80; b <= 0xFF; ++b) {
        INFO("byte 0x" << QByteArray::number(b, 16).toStdString() << " in "
                       << encodingName(encoding).data());
        CHECK(text[b - 0x80].unicode() == expected[size_t(b - 0x80)]);
        // Each byte alone decodes to the same character as within the run.
        CHECK(decodedByte(b, encoding) == QString(QChar(expected[size_t(b - 0x80)])));
    }
}

QByteArray readShared(const QString &relative)
{
    QFile file(SaldoTest::sharedDir() + QLatin1Char('/') + relative);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("textdecoder: every byte 0x80-0xFF of each code page", "[textdecoder]")
{
    checkWholeTable(TextEncoding::Windows1250, ExpectedTables::windows1250);
    checkWholeTable(TextEncoding::Iso8859_2, ExpectedTables::iso8859_2);
    checkWholeTable(TextEncoding::Windows1251, ExpectedTables::windows1251);
    checkWholeTable(TextEncoding::Cp852, ExpectedTables::cp852);
}

TEST_CASE("textdecoder: runs of every length, high bytes anywhere among ASCII", "[textdecoder]")
{
    // Sixteen and eight bytes are decoded at a time, the rest one by one: every length from 0
    // to 70, with high bytes at random places, gives what its bytes give one at a time.
    quint32 seed = 12345;
    const auto nextByte = [&seed] {
        seed = seed * 1103515245u + 12345u;
        const int roll = int(seed >> 16) % 100;
        return roll < 15 ? 0x80 + int(seed >> 8) % 128 : 0x20 + int(seed >> 8) % 0x5F;
    };
    for (const TextEncoding encoding : { TextEncoding::Windows1250, TextEncoding::Iso8859_2,
                                         TextEncoding::Windows1251, TextEncoding::Cp852 }) {
        for (int length = 0; length <= 70; ++length) {
            for (int round = 0; round < 20; ++round) {
                QByteArray bytes;
                QString expected;
                for (int i = 0; i < length; ++i) {
                    const int b = nextByte();
                    bytes.append(char(b));
                    expected += decodedByte(b, encoding);
                }
                INFO(encodingName(encoding).data() << " " << bytes.toHex().toStdString());
                CHECK(decodeText(bytes, encoding) == expected);
            }
        }
    }
}

TEST_CASE("textdecoder: well-known letters", "[textdecoder]")
{
    CHECK(decodedByte(0x8A, TextEncoding::Windows1250) == u"Š");
    CHECK(decodedByte(0x9A, TextEncoding::Windows1250) == u"š");
    CHECK(decodedByte(0xE8, TextEncoding::Windows1250) == u"č");
    CHECK(decodedByte(0xF8, TextEncoding::Windows1250) == u"ř");
    CHECK(decodedByte(0xBE, TextEncoding::Windows1250) == u"ľ");
    CHECK(decodedByte(0x80, TextEncoding::Windows1250) == u"€");
    CHECK(decodedByte(0xB9, TextEncoding::Iso8859_2) == u"š");
    CHECK(decodedByte(0xBE, TextEncoding::Iso8859_2) == u"ž");
    CHECK(decodedByte(0xC0, TextEncoding::Windows1251) == u"А");
    CHECK(decodedByte(0xFF, TextEncoding::Windows1251) == u"я");
    CHECK(decodedByte(0xE7, TextEncoding::Cp852) == u"š");
    CHECK(decodedByte(0x9F, TextEncoding::Cp852) == u"č");
    CHECK(decodedByte(0xD8, TextEncoding::Cp852) == u"ě");
    CHECK(decodedByte(0xE9, TextEncoding::Latin1) == u"é");
    // Undefined in windows-1250: damage stays visible.
    CHECK(decodedByte(0x81, TextEncoding::Windows1250) == QString(QChar(0xFFFD)));
    CHECK(decodeText("Poplatek za zahrani\xe8", TextEncoding::Windows1250)
          == u"Poplatek za zahranič");
}

TEST_CASE("textdecoder: UTF-8 - BOM and invalid bytes", "[textdecoder]")
{
    CHECK(decodeText("plain ASCII", TextEncoding::Utf8) == u"plain ASCII");
    CHECK(decodeText("\xEF\xBB\xBFMěna", TextEncoding::Utf8) == u"Měna");
    CHECK(utf8BomLength("\xEF\xBB\xBFx") == 3);
    CHECK(utf8BomLength("x") == 0);
    // An invalid byte becomes U+FFFD; the rest is kept.
    const QString broken = decodeText("a\xFF"
                                      "b",
                                      TextEncoding::Utf8);
    CHECK(broken == QStringLiteral("a") + QChar(0xFFFD) + QStringLiteral("b"));
}

namespace {

/// Random bytes that are mostly UTF-8, well-formed or not: ASCII, letters of two, three and four
/// bytes, and now and then a stray continuation, a cut sequence, an overlong form, an encoded
/// surrogate or noncharacter, a byte order mark or a byte UTF-8 never has.
QByteArray mostlyUtf8(QRandomGenerator &random)
{
    static const QByteArray pieces[] = {
        "a",
        "Z",
        " ",
        "?",
        "0",
        "\xC3\xA1",
        "\xC5\xBE",
        "\xD0\x96",
        "\xE2\x82\xAC",
        "\xF0\x9F\x98\x80",
        "\xEF\xBB\xBF",
        "\x80",
        "\xBF",
        "\xC3",
        "\xE2\x82",
        "\xF0\x9F\x98",
        "\xC0\xAF",
        "\xE0\x80\xAF",
        "\xED\xA0\x80",
        "\xEF\xB7\x90",
        "\xEF\xBF\xBE",
        "\xF4\x90\x80\x80",
        "\xF8",
        "\xFF",
        "\xC1\xBF",
    };
    QByteArray bytes;
    const int count = int(random.bounded(12));
    for (int i = 0; i < count; ++i) {
        // Mostly ASCII and good letters, as in bank files.
        const int pick = random.bounded(100) < 80 ? int(random.bounded(10))
                                                  : int(random.bounded(int(std::size(pieces))));
        bytes += pieces[pick];
    }
    return bytes;
}

} // namespace

TEST_CASE("textdecoder: UTF-8 decodes as Qt decodes it, into a string or a buffer", "[textdecoder]")
{
    QRandomGenerator random(20261208);
    for (int i = 0; i < 20000; ++i) {
        const QByteArray bytes = mostlyUtf8(random);
        INFO(bytes.toHex().toStdString());
        const QString expected
            = QString::fromUtf8(QByteArrayView(bytes).sliced(utf8BomLength(bytes)));
        REQUIRE(decodeText(bytes, TextEncoding::Utf8) == expected);
        std::vector<char16_t> buffer(size_t(decodedSizeBound(bytes.size())));
        const qsizetype written = decodeTextInto(bytes, TextEncoding::Utf8, buffer.data());
        REQUIRE(QStringView(buffer.data(), written) == expected);
    }
}

TEST_CASE("textdecoder: every encoding decodes into a buffer as into a string", "[textdecoder]")
{
    QRandomGenerator random(8);
    for (const TextEncoding encoding :
         { TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Iso8859_2,
           TextEncoding::Windows1251, TextEncoding::Cp852, TextEncoding::Latin1 }) {
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(int(random.bounded(40)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            INFO(encodingName(encoding).toString().toStdString()
                 << " " << bytes.toHex().toStdString());
            std::vector<char16_t> buffer(size_t(decodedSizeBound(bytes.size())));
            const qsizetype written = decodeTextInto(bytes, encoding, buffer.data());
            REQUIRE(QStringView(buffer.data(), written) == decodeText(bytes, encoding));
        }
    }
}

TEST_CASE("textdecoder: encoding names", "[textdecoder]")
{
    CHECK(encodingFromName(u"windows-1250") == TextEncoding::Windows1250);
    CHECK(encodingFromName(u"CP1250") == TextEncoding::Windows1250);
    CHECK(encodingFromName(u"Latin2") == TextEncoding::Iso8859_2);
    CHECK(encodingFromName(u"iso_8859-2") == TextEncoding::Iso8859_2);
    CHECK(encodingFromName(u"windows-1251") == TextEncoding::Windows1251);
    CHECK(encodingFromName(u"IBM852") == TextEncoding::Cp852);
    CHECK(encodingFromName(u"utf8") == TextEncoding::Utf8);
    CHECK(encodingFromName(u"ISO-8859-1") == TextEncoding::Latin1);
    CHECK_FALSE(encodingFromName(u"koi8-r").has_value());
    for (TextEncoding e : { TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Iso8859_2,
                            TextEncoding::Windows1251, TextEncoding::Cp852, TextEncoding::Latin1 })
        CHECK(encodingFromName(QString::fromLatin1(encodingName(e))) == e);
}

TEST_CASE("textdecoder: detection", "[textdecoder]")
{
    SECTION("BOM and valid UTF-8")
    {
        CHECK(detectEncoding("\xEF\xBB\xBFplain", TextEncoding::Windows1250) == TextEncoding::Utf8);
        CHECK(detectEncoding("Poplatek za zahrani\xC4\x8D", TextEncoding::Windows1250)
              == TextEncoding::Utf8);
        // Cut in the middle of "č": still UTF-8.
        CHECK(detectEncoding("zahrani\xC4", TextEncoding::Windows1250) == TextEncoding::Utf8);
    }
    SECTION("pure ASCII cannot tell: the preference decides")
    {
        CHECK(detectEncoding("074 ascii only", TextEncoding::Windows1250)
              == TextEncoding::Windows1250);
        CHECK(detectEncoding("ascii only") == TextEncoding::Utf8);
    }
    SECTION("Czech in windows-1250, ISO-8859-2 and CP852")
    {
        const QByteArray czech1250 = "P\xf8\xed"
                                     "choz\xed \xfahrada, Zpr\xe1va pro p\xf8\xedjemce, "
                                     "\x8akoda, \x9a"
                                     "est\xe1 \xfa\xe8tu";
        CHECK(detectEncoding(czech1250) == TextEncoding::Windows1250);
        CHECK(decodeText(czech1250, TextEncoding::Windows1250)
              == u"Příchozí úhrada, Zpráva pro příjemce, Škoda, šestá účtu");
        const QByteArray czechIso = "\xa9kola, \xb9"
                                    "est\xe1 \xfa\xe8tu, \xbelu\xbbou\xe8k\xfd k\xf9\xf2";
        CHECK(detectEncoding(czechIso) == TextEncoding::Iso8859_2);
        CHECK(decodeText(czechIso, TextEncoding::Iso8859_2) == u"Škola, šestá účtu, žluťoučký kůň");
        const QByteArray czech852 = "Platba za elekt\xfdinu, \xe7"
                                    "est\xa0 \xa3\x9ftu, "
                                    "p\xfd\xa1jemce, \xa7ivnostensk\xec";
        CHECK(decodeText(czech852, TextEncoding::Cp852)
              == u"Platba za elektřinu, šestá účtu, příjemce, živnostenský");
        CHECK(detectEncoding(czech852) == TextEncoding::Cp852);
    }
    SECTION("Bulgarian in windows-1251")
    {
        const QByteArray bulgarian
            = "\xcf\xeb\xe0\xf9\xe0\xed\xe5 \xed\xe0 \xf4\xe0\xea\xf2\xf3\xf0\xe0 "
              "\xc4\xce\xc1\xd0\xd3\xc4\xc6\xc0 \xca\xce\xcd\xd1\xd3\xcb\xd2 "
              "\xc5\xce\xce\xc4";
        CHECK(detectEncoding(bulgarian, TextEncoding::Windows1250) == TextEncoding::Windows1251);
        CHECK(decodeText(bulgarian, TextEncoding::Windows1251)
              == u"Плащане на фактура ДОБРУДЖА КОНСУЛТ ЕООД");
    }
    SECTION("invalid UTF-8 is not UTF-8")
    {
        CHECK(detectEncoding("caf\xe9 \xe8\xedslo", TextEncoding::Utf8) != TextEncoding::Utf8);
        // An overlong encoding of '/' and a UTF-16 surrogate are not UTF-8 either.
        CHECK(detectEncoding("a\xC0\xAF"
                             "b",
                             TextEncoding::Windows1250)
              != TextEncoding::Utf8);
        CHECK(detectEncoding("a\xED\xA0\x80"
                             "b",
                             TextEncoding::Windows1250)
              != TextEncoding::Utf8);
    }
}

TEST_CASE("textdecoder: detection on real files", "[textdecoder]")
{
    SALDO_REQUIRE_SHARED();
    CHECK(detectEncoding(readShared(QStringLiteral(
                             "corpus/gpc/baldman__pybankreader/gpc_report.cp1250-crlf.gpc")),
                         TextEncoding::Utf8)
          == TextEncoding::Windows1250);
    CHECK(detectEncoding(
              readShared(QStringLiteral("corpus/gpc/baldman__pybankreader/gpc_report.utf8-lf.gpc")),
              TextEncoding::Windows1250)
          == TextEncoding::Utf8);
    CHECK(detectEncoding(readShared(QStringLiteral(
              "corpus/mt940/WoLpH__mt940/mt940_tests/self-provided/raiffeisen-cmi.sta")))
          == TextEncoding::Cp852);
    CHECK(detectEncoding(readShared(QStringLiteral(
              "corpus/csv/bank2ynab__bank2ynab/test/test-data/TH_20180101-20180523_strana_1.csv")))
          == TextEncoding::Windows1250);
    CHECK(detectEncoding(readShared(QStringLiteral("samples/small/statement.gpc")),
                         TextEncoding::Utf8)
          == TextEncoding::Windows1250);
}
