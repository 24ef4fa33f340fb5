// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/gpc/gpcavtext.h"
#include "formats/gpc/gpcrecord.h"

#include <QList>

#include <algorithm>

using namespace Saldo;

namespace {

/// The AV text as it was worked out before GpcAvText joined raw bytes: every field decoded,
/// joined as text. GpcAvText must give the same, character for character.
QString decodedJoin(const QList<QByteArray> &records, TextEncoding encoding)
{
    QString text;
    bool lastFieldFull = false;
    for (const QByteArray &line : records) {
        const GpcRecord record(line, encoding);
        for (const int start : { 3, 38 }) {
            // ASCII fields were appended as Latin-1 views, others decoded (what decides whether
            // a text of blank fields is empty or null).
            const QByteArrayView bytes = record.field(start, 35);
            const QString field = record.rawText(start, 35);
            QStringView piece = field;
            while (!piece.isEmpty() && piece.back() == u' ')
                piece.chop(1);
            const bool ascii
                = std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
            if (lastFieldFull || text.isEmpty()) {
                if (ascii)
                    text += QLatin1StringView(bytes.data(), piece.size());
                else
                    text += piece;
            } else if (!piece.trimmed().isEmpty()) {
                text += QLatin1Char(' ');
                text += piece.trimmed();
            }
            lastFieldFull = field.size() == 35 && !field.endsWith(QLatin1Char(' '));
        }
    }
    return text.trimmed();
}

QString collected(const QList<QByteArray> &records, TextEncoding encoding, GpcAvText &avText)
{
    for (const QByteArray &line : records)
        avText.add(GpcRecord(line, encoding));
    return avText.take();
}

/// A small deterministic generator (the same records on every run).
class Dice
{
public:
    int roll(int sides)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(sides));
    }

private:
    quint64 m_state = 12345;
};

/// A record of `characters` characters after "078", each one of `alphabet` (white space of
/// every kind, letters; several bytes each in UTF-8).
QByteArray randomRecord(Dice &dice, const QList<QByteArray> &alphabet, int characters)
{
    QByteArray line = "078";
    for (int i = 0; i < characters; ++i)
        line += alphabet[dice.roll(int(alphabet.size()))];
    return line;
}

} // namespace

TEST_CASE("GPC AV text: lines joined with a space, pieces of 35 run on", "[gpc]")
{
    GpcAvText avText;
    const QByteArray full = "Platba za zbozi dle faktury 2025001"; // 35 characters
    REQUIRE(full.size() == 35);
    const TextEncoding cp1250 = TextEncoding::Windows1250;
    CHECK(collected({ "078" + full + "234 a dalsi" }, cp1250, avText)
          == u"Platba za zbozi dle faktury 2025001234 a dalsi");
    CHECK(collected({ "078Uhrada                             VS 42" }, cp1250, avText)
          == u"Uhrada VS 42");
    // The collector starts afresh after take(). Blank fields give an empty text, no record at
    // all a null one, as the decoded join gave them.
    const QString blank = collected({ "078   " }, cp1250, avText);
    CHECK(blank.isEmpty());
    CHECK_FALSE(blank.isNull());
    CHECK(avText.take().isNull());
    CHECK_FALSE(collected({ "078" }, TextEncoding::Utf8, avText).isNull());
    CHECK(avText.take().isNull());
    CHECK(decodedJoin({}, cp1250).isNull());
    CHECK_FALSE(decodedJoin({ "078   " }, cp1250).isNull());
    // A no-break space (0xA0 in windows-1250) is trimmed like the decoded text would be; a
    // letter that is no space in windows-1250 stays.
    CHECK(collected({ "078\xa0\xdahrada\xa0", "079\x85" }, cp1250, avText) == u"Úhrada\u00a0 …");
    CHECK(collected({ "078\xa0\xa0", "079  \xa0x\xa0" }, cp1250, avText) == u"x");
    // In ISO 8859-2 and Latin-1, 0x85 is the control NEL, white space to QString::trimmed().
    CHECK(collected({ "078\x85\xe9\x85" }, TextEncoding::Latin1, avText) == u"é");
    CHECK(collected({ "078\x85\xe9\x85" }, TextEncoding::Iso8859_2, avText) == u"é");
}

TEST_CASE("GPC AV text: raw bytes joined give what decoded fields joined gave", "[gpc]")
{
    Dice dice;
    const QList<QByteArray> singleByteAlphabet
        = { " ", " ", " ", "a", "Z", "\xa0", "\x85", "\t", "\xe9", "\x8a", "\xff", "\x1f" };
    const QList<QByteArray> utf8Alphabet
        = { " ", " ", " ", "a", "Z", "\xc2\xa0", "\xc3\xa9", "\xe2\x80\x83", "\t", "\xff" };
    for (const TextEncoding encoding :
         { TextEncoding::Windows1250, TextEncoding::Iso8859_2, TextEncoding::Windows1251,
           TextEncoding::Cp852, TextEncoding::Latin1, TextEncoding::Utf8 }) {
        const QList<QByteArray> &alphabet
            = encoding == TextEncoding::Utf8 ? utf8Alphabet : singleByteAlphabet;
        GpcAvText avText;
        for (int item = 0; item < 400; ++item) {
            QList<QByteArray> records;
            const int recordCount = 1 + dice.roll(3);
            for (int r = 0; r < recordCount; ++r) {
                // Mostly whole records (full pieces that run on), some cut short.
                const int characters = dice.roll(3) == 0 ? dice.roll(76) : 70;
                records.append(randomRecord(dice, alphabet, characters));
            }
            CAPTURE(int(encoding), item);
            const QString text = collected(records, encoding, avText);
            const QString expected = decodedJoin(records, encoding);
            CHECK(text == expected);
            CHECK(text.isNull() == expected.isNull());
        }
    }
}

TEST_CASE("GPC AV text: the bytes that decode to white space", "[gpc]")
{
    const std::array<bool, 256> &cp1250 = gpcSpaceBytes(TextEncoding::Windows1250);
    CHECK(cp1250[' ']);
    CHECK(cp1250['\t']);
    CHECK(cp1250[0xa0]);
    CHECK_FALSE(cp1250[0x85]); // "…"
    CHECK_FALSE(cp1250['a']);
    CHECK(gpcSpaceBytes(TextEncoding::Latin1)[0x85]);
    // Joining raw bytes relies on this: only the byte ' ' is the character ' '.
    for (const TextEncoding encoding :
         { TextEncoding::Windows1250, TextEncoding::Iso8859_2, TextEncoding::Windows1251,
           TextEncoding::Cp852, TextEncoding::Latin1 }) {
        for (int b = 0; b < 256; ++b) {
            const char byte = char(b);
            const QString decoded = decodeText(QByteArrayView(&byte, 1), encoding);
            CAPTURE(int(encoding), b);
            CHECK(decoded.size() == 1);
            CHECK((decoded == u" ") == (b == ' '));
            CHECK(gpcSpaceBytes(encoding)[b] == decoded.front().isSpace());
        }
    }
}
