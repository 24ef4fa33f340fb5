// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "money/iban.h"
#include "money/ibanutil.h"

#include <QRandomGenerator>

#include <string>

using Saldo::Iban;

namespace {

QString parseError(QStringView text)
{
    const auto result = Iban::parse(text);
    INFO(text.toString().toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(text.toString()));
    return result.error();
}

} // namespace

TEST_CASE("Iban: the examples of the SWIFT IBAN registry are valid", "[iban]")
{
    // Electronic-format examples of the registry, one per country (their lengths are the table).
    const char16_t *examples[] = {
        u"AD1200012030200359100100",
        u"AE070331234567890123456",
        u"AL47212110090000000235698741",
        u"AT611904300234573201",
        u"AZ21NABZ00000000137010001944",
        u"BA391290079401028494",
        u"BE68539007547034",
        u"BG80BNBG96611020345678",
        u"BH67BMAG00001299123456",
        u"BI4210000100010000332045181",
        u"BR1800360305000010009795493C1",
        u"BY13NBRB3600900000002Z00AB00",
        u"CH9300762011623852957",
        u"CR05015202001026284066",
        u"CY17002001280000001200527600",
        u"CZ6508000000192000145399",
        u"DE89370400440532013000",
        u"DJ2100010000000154000100186",
        u"DK5000400440116243",
        u"DO28BAGR00000001212453611324",
        u"EE382200221020145685",
        u"EG380019000500000000263180002",
        u"ES9121000418450200051332",
        u"FI2112345600000785",
        u"FK88SC123456789012",
        u"FO6264600001631634",
        u"FR1420041010050500013M02606",
        u"GB29NWBK60161331926819",
        u"GB82WEST12345698765432",
        u"GE29NB0000000101904917",
        u"GI75NWBK000000007099453",
        u"GL8964710001000206",
        u"GR1601101250000000012300695",
        u"GT82TRAJ01020000001210029690",
        u"HN88CABF00000000000250005469",
        u"HR1210010051863000160",
        u"HU42117730161111101800000000",
        u"IE29AIBK93115212345678",
        u"IL620108000000099999999",
        u"IQ98NBIQ850123456789012",
        u"IS140159260076545510730339",
        u"IT60X0542811101000000123456",
        u"JO94CBJO0010000000000131000302",
        u"KW81CBKU0000000000001234560101",
        u"KZ86125KZT5004100100",
        u"LB62099900000001001901229114",
        u"LC55HEMM000100010012001200023015",
        u"LI21088100002324013AA",
        u"LT121000011101001000",
        u"LU280019400644750000",
        u"LV80BANK0000435195001",
        u"LY83002048000020100120361",
        u"MC5811222000010123456789030",
        u"MD24AG000225100013104168",
        u"ME25505000012345678951",
        u"MK07250120000058984",
        u"MN121234123456789123",
        u"MR1300020001010000123456753",
        u"MT84MALT011000012345MTLCAST001S",
        u"MU17BOMM0101101030300200000MUR",
        u"NI45BAPR00000013000003558124",
        u"NL91ABNA0417164300",
        u"NO9386011117947",
        u"OM810180000001299123456",
        u"PK36SCBL0000001123456702",
        u"PL61109010140000071219812874",
        u"PS92PALS000000000400123456702",
        u"PT50000201231234567890154",
        u"QA58DOHB00001234567890ABCDEFG",
        u"RO49AAAA1B31007593840000",
        u"RS35260005601001611379",
        u"RU0304452522540817810538091310419",
        u"SA0380000000608010167519",
        u"SC18SSCB11010000000000001497USD",
        u"SD2129010501234001",
        u"SE4550000000058398257466",
        u"SI56263300012039086",
        u"SK3112000000198742637541",
        u"SM86U0322509800000000270100",
        u"SO211000001001000100141",
        u"ST68000100010051845310112",
        u"SV62CENR00000000000000700025",
        u"TL380080012345678910157",
        u"TN5910006035183598478831",
        u"TR330006100519786457841326",
        u"UA213223130000026007233566001",
        u"VA59001123000012345678",
        u"VG96VPVG0000012345678901",
        u"XK051212012345678906",
        u"YE15CBYE0001018861234567891234",
    };
    for (const char16_t *text : examples) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto iban = Iban::parse(QStringView(text));
        REQUIRE(iban.ok());
        CHECK(iban->toString() == QString::fromUtf16(text));
        CHECK(iban->countryCode() == QString::fromUtf16(text, 2));
        CHECK_FALSE(iban->isNull());
    }
}

TEST_CASE("Iban: print form, lower case and the IBAN prefix are normalised", "[iban]")
{
    const QString electronic = QStringLiteral("GB82WEST12345698765432");
    for (const char16_t *text :
         { u"GB82 WEST 1234 5698 7654 32", u"gb82west12345698765432", u"  GB82WEST12345698765432 ",
           u"IBAN GB82 WEST 1234 5698 7654 32", u"iban: gb82 west 1234 5698 7654 32",
           u"IBAN:GB82WEST12345698765432", u"GB82\u00A0WEST\u00A01234\u00A05698\u00A07654\u00A032",
           u"GB 82W EST1 2345 6987 6543 2", u"\tGB82\tWEST12345698765432",
           u"GB82\u202FWEST12345698765432" }) {
        INFO(QString::fromUtf16(text).toStdString());
        const auto iban = Iban::parse(QStringView(text));
        REQUIRE(iban.ok());
        CHECK(iban->toString() == electronic);
    }
}

TEST_CASE("Iban: the electronic form is taken as it is, and nothing else", "[iban]")
{
    const QString valid = QStringLiteral("GB82WEST12345698765432");
    CHECK(Iban::fromElectronic(valid) == *Iban::parse(valid));
    CHECK(Iban::fromElectronic(u"NO9386011117947").toString() == u"NO9386011117947");
    for (const char16_t *text :
         { u"GB82 WEST 1234 5698 7654 32", u"gb82west12345698765432", u" GB82WEST12345698765432",
           u"IBAN:GB82WEST12345698765432", u"", u"GB82", u"XX82WEST12345698765432" }) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(Iban::fromElectronic(QStringView(text)).isNull());
    }
    // Every character replaced by others, some of them UTF-16 units whose low byte is a
    // letter or digit (U+0141 'Ł' ends in 0x41 'A', U+0130 in '0'): non-null exactly when
    // the result is a valid IBAN already in electronic form.
    const char16_t replacements[]
        = { u'0', u'5', u'9', u'A', u'Z', u'a', u' ', u'-', u'Ł', u'İ', u'Ä', u'０' };
    for (qsizetype i = 0; i < valid.size(); ++i) {
        for (const char16_t c : replacements) {
            QString changed = valid;
            changed[i] = QChar(c);
            const auto parsed = Iban::parse(changed);
            const bool electronic = parsed.ok() && parsed->toString() == changed;
            INFO(changed.toStdString());
            CHECK(Iban::fromElectronic(changed).isNull() == !electronic);
        }
    }
}

TEST_CASE("Iban: countries starting with I are not taken for the IBAN prefix", "[iban]")
{
    CHECK(Iban::parse(u"IT60X0542811101000000123456")->toString()
          == u"IT60X0542811101000000123456");
    CHECK(Iban::parse(u"it60 x054 2811 1010 0000 0123 456")->toString()
          == u"IT60X0542811101000000123456");
    CHECK(Iban::parse(u"IBAN IT60X0542811101000000123456")->toString()
          == u"IT60X0542811101000000123456");
    CHECK(Iban::parse(u"IE29AIBK93115212345678")->toString() == u"IE29AIBK93115212345678");
}

TEST_CASE("Iban: print form in groups of four", "[iban]")
{
    CHECK(Iban::parse(u"SK3112000000198742637541")->toGroupedString()
          == u"SK31 1200 0000 1987 4263 7541");
    CHECK(Iban::parse(u"DE89370400440532013000")->toGroupedString()
          == u"DE89 3704 0044 0532 0130 00");
    CHECK(Iban::parse(u"NO9386011117947")->toGroupedString() == u"NO93 8601 1117 947");
    CHECK(Iban::parse(u"BG80BNBG96611020345678")->toGroupedString()
          == u"BG80 BNBG 9661 1020 3456 78");
    CHECK(Iban().toGroupedString().isEmpty());
}

TEST_CASE("Iban: errors say what is wrong", "[iban]")
{
    CHECK(parseError(u"").contains(u"too short"));
    CHECK(parseError(u"   ").contains(u"too short"));
    CHECK(parseError(u"GB8").contains(u"too short"));
    CHECK(parseError(u"1282WEST12345698765432").contains(u"country code"));
    CHECK(parseError(u"GBX2WEST12345698765432").contains(u"check digits"));
    CHECK(parseError(u"XX82WEST12345698765432").contains(u"unknown IBAN country \"XX\""));
    CHECK(parseError(u"US12345678901234567890").contains(u"unknown IBAN country \"US\""));
    const QString wrongLength = parseError(u"GB82WEST1234569876543");
    CHECK(wrongLength.contains(u"22"));
    CHECK(wrongLength.contains(u"21"));
    CHECK(parseError(u"GB82WEST123456987654321").contains(u"23"));
    CHECK(parseError(u"GB82-WEST-1234-5698-7654-32").contains(u"\"-\""));
    CHECK(parseError(u"GB82WEST12345698765432Ä").contains(u"\"Ä\""));
    CHECK(parseError(u"GB82WEST12345698765432123456789012345").contains(u"too long"));
    // One changed digit, two swapped digits, wrong check digits: mod-97 catches them all.
    CHECK(parseError(u"GB82WEST12345698765433").contains(u"check digits do not match"));
    CHECK(parseError(u"GB82WEST12345698765423").contains(u"check digits do not match"));
    CHECK(parseError(u"GB83WEST12345698765432").contains(u"check digits do not match"));
    CHECK(parseError(u"DE89370400440532013001").contains(u"check digits do not match"));
    CHECK(parseError(u"CZ6508000000192000145398").contains(u"check digits do not match"));
}

TEST_CASE("Iban: very long input is refused without reading it all", "[iban]")
{
    const QString huge = QStringLiteral("DE89") + QString(1000000, QLatin1Char('0'));
    const auto result = Iban::parse(huge);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(u"too long"));
}

TEST_CASE("Iban: null, equality, ordering and hashing", "[iban]")
{
    const Iban none;
    CHECK(none.isNull());
    CHECK(none.toString().isEmpty());
    CHECK_FALSE(none.toCzSkAccount().has_value());
    const Iban a = Iban::parse(u"DE89 3704 0044 0532 0130 00").value();
    const Iban b = Iban::parse(u"de89370400440532013000").value();
    const Iban c = Iban::parse(u"GB82WEST12345698765432").value();
    CHECK(a == b);
    CHECK(a != c);
    CHECK(a < c);
    CHECK(qHash(a) == qHash(b));
    CHECK(a != none);
}

TEST_CASE("MOD 97-10 of a rotated text, digit by digit or eight digits at a time", "[money][iban]")
{
    // The remainder worked out the long way, one decimal digit at a time.
    const auto reference = [](const std::u16string &text) {
        const std::u16string rotated = text.substr(4) + text.substr(0, 4);
        int remainder = 0;
        for (const char16_t c : rotated) {
            const int value = c <= u'9' ? c - u'0' : c - u'A' + 10;
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return remainder;
    };
    QRandomGenerator random(97);
    for (int i = 0; i < 20000; ++i) {
        std::u16string text;
        const int size = 5 + int(random.bounded(30)); // up to an IBAN's 34
        // Runs of digits with letters here and there, as in IBANs and RF references.
        for (int k = 0; k < size; ++k) {
            const bool letter = random.bounded(100) < (k < 2 ? 90 : 12);
            text += letter ? char16_t(u'A' + random.bounded(26))
                           : char16_t(u'0' + random.bounded(10));
        }
        INFO(QString::fromStdU16String(text).toStdString());
        REQUIRE(Saldo::IbanUtil::mod97Rotated(text.data(), int(text.size())) == reference(text));
        const QByteArray latin1 = QString::fromStdU16String(text).toLatin1();
        REQUIRE(Saldo::IbanUtil::mod97Rotated(latin1.constData(), int(latin1.size()))
                == reference(text));
    }
}
