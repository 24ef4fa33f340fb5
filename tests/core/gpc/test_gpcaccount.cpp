// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/common/czskbankcodes.h"
#include "formats/gpc/gpcaccount.h"
#include "formats/gpc/gpclookups.h"
#include "formats/gpc/gpcrecord.h"

#include <algorithm>

using namespace Saldo;

TEST_CASE("GPC account: plain and internal digit order", "[gpc]")
{
    // 19-2000145399 written plainly and in KB's internal order
    // (N16 N14 N15 N12 N7 N8 N9 N10 N11 N13 N1..N6).
    const QByteArrayView plain = "0000192000145399";
    const QByteArrayView internal = "9394200015000019";
    CHECK(GpcAccount::detectOrder(plain, GpcAccount::Order::Internal) == GpcAccount::Order::Plain);
    CHECK(GpcAccount::detectOrder(internal, GpcAccount::Order::Plain)
          == GpcAccount::Order::Internal);
    CHECK(GpcAccount::fromField(plain, GpcAccount::Order::Plain).localForm() == u"19-2000145399");
    CHECK(GpcAccount::fromField(internal, GpcAccount::Order::Internal).localForm()
          == u"19-2000145399");
    CHECK(
        GpcAccount::fromField(plain, GpcAccount::Order::Plain).localForm(QLatin1StringView("0800"))
        == u"19-2000145399/0800");
    // The example of KB's own documentation: 1000000005 → 5000100000000000.
    CHECK(GpcAccount::fromField("5000100000000000", GpcAccount::Order::Internal).localForm()
          == u"1000000005");
    // Neither order passes: the tie-break decides, and the digits stay as written.
    CHECK(GpcAccount::detectOrder("1111111111111111", GpcAccount::Order::Plain)
          == GpcAccount::Order::Plain);
    CHECK_FALSE(GpcAccount::fromField("1111111111111111", GpcAccount::Order::Plain).passesCheck());
    CHECK_FALSE(GpcAccount::fromField("12345", GpcAccount::Order::Plain).isValid());
    CHECK(GpcAccount::fromField("0000000000000000", GpcAccount::Order::Plain).isZero());
}

TEST_CASE("GPC account: bank codes tell the country", "[gpc]")
{
    CHECK(countryOfCzSkBankCode(u"1100") == QLatin1StringView("SK"));
    CHECK(countryOfCzSkBankCode(u"8100") == QLatin1StringView("SK"));
    CHECK(countryOfCzSkBankCode(u"0800") == QLatin1StringView("CZ"));
    CHECK(countryOfCzSkBankCode(u"2010") == QLatin1StringView("CZ"));
    CHECK(countryOfCzSkBankCode(u"9999").isEmpty());
    // The first and last of each list, and what is no four-digit code at all.
    CHECK(countryOfCzSkBankCode(u"0200") == QLatin1StringView("SK"));
    // The same from bytes, as GPC records give the code.
    CHECK(countryOfCzSkBankCode(QLatin1StringView("1100")) == QLatin1StringView("SK"));
    CHECK(countryOfCzSkBankCode(QLatin1StringView("0800")) == QLatin1StringView("CZ"));
    CHECK(countryOfCzSkBankCode(QLatin1StringView("9999")).isEmpty());
    CHECK(countryOfCzSkBankCode(QLatin1StringView("08x0")).isEmpty());
    CHECK(countryOfCzSkBankCode(u"9952") == QLatin1StringView("SK"));
    CHECK(countryOfCzSkBankCode(u"0100") == QLatin1StringView("CZ"));
    CHECK(countryOfCzSkBankCode(u"8500") == QLatin1StringView("CZ"));
    CHECK(countryOfCzSkBankCode(u"200").isEmpty());
    CHECK(countryOfCzSkBankCode(u"02000").isEmpty());
    CHECK(countryOfCzSkBankCode(u"08 0").isEmpty());
    CHECK(countryOfCzSkBankCode(u"").isEmpty());
}

TEST_CASE("GPC counter accounts: local form and IBAN, the same when they come again", "[gpc]")
{
    GpcLookups lookups;
    const GpcCounterAccount first
        = lookups.counterAccount("0000192000145399", "0800", GpcAccount::Order::Plain);
    CHECK(first.local == u"19-2000145399/0800");
    CHECK(first.iban.toString() == u"CZ6508000000192000145399");
    const GpcCounterAccount again
        = lookups.counterAccount("0000192000145399", "0800", GpcAccount::Order::Plain);
    CHECK(again.local == first.local);
    CHECK(again.iban == first.iban);
    // No bank code: the local form alone; another bank code is another account.
    const GpcCounterAccount noBank
        = lookups.counterAccount("0000192000145399", "0000", GpcAccount::Order::Plain);
    CHECK(noBank.local == u"19-2000145399");
    CHECK(noBank.iban.isNull());
    // Failing the national check: no IBAN.
    const GpcCounterAccount failing
        = lookups.counterAccount("1111111111111111", "0800", GpcAccount::Order::Plain);
    CHECK(failing.iban.isNull());
    CHECK(failing.local == u"111111-1111111111/0800");
}

TEST_CASE("GPC record: fields by character in UTF-8 and fixed-width values", "[gpc]")
{
    const QByteArray utf8 = "075Zúčtování kladných úroků";
    const GpcRecord record(utf8, TextEncoding::Utf8);
    CHECK(record.length() == 27);
    CHECK(record.text(3, 20) == u"Zúčtování kladných ú");
    CHECK(record.field(100, 5).isEmpty()); // past the end
    CHECK(gpcNumber("000123") == 123);
    CHECK_FALSE(gpcNumber("12 3").has_value());
    CHECK_FALSE(gpcNumber("").has_value());
    CHECK(gpcDate("240918") == QDate(2018, 9, 24));
    CHECK(gpcDate("311299") == QDate(1999, 12, 31));
    CHECK(gpcDate("000000") == QDate()); // no date
    CHECK_FALSE(gpcDate("310226").has_value()); // 31 February
    CHECK_FALSE(gpcDate("24091").has_value());
}

TEST_CASE("GPC numbers of every length read as their digits, and nothing else does", "[gpc]")
{
    // Lengths around the eight digits read at a time, and every position of a bad character.
    const QByteArray digits = "918273645546372819";
    for (qsizetype length = 1; length <= 18; ++length) {
        const QByteArray field = digits.left(length);
        CAPTURE(field.toStdString());
        CHECK(gpcNumber(field) == field.toLongLong());
        for (qsizetype at = 0; at < length; ++at) {
            for (const char bad : { '/', ':', ' ', '+', 'A', '\xe1', '\xff', '\0' }) {
                QByteArray broken = field;
                broken[at] = bad;
                CAPTURE(at, int(uchar(bad)));
                CHECK_FALSE(gpcNumber(broken).has_value());
            }
        }
    }
    CHECK(gpcNumber("999999999999999999") == 999999999999999999LL);
    CHECK(gpcNumber("000000000000000000") == 0);
    CHECK(gpcNumber("00000000000001") == 1);
    CHECK_FALSE(gpcNumber("1234567890123456789").has_value()); // more than 18 digits
}

TEST_CASE("GPC record: a byte a character - fields are cut at the record's end", "[gpc]")
{
    // windows-1250 "Úhrada": one byte a character, no table of character starts.
    const QByteArray line = "078\xdahrada VS123";
    const GpcRecord record(line, TextEncoding::Windows1250);
    CHECK(record.length() == 15);
    CHECK(record.type() == "078");
    CHECK(record.field(3, 6) == "\xdahrada");
    CHECK(record.field(10, 100) == "VS123"); // cut to the end
    CHECK(record.field(13, 5) == "23");
    CHECK(record.field(15, 3).isEmpty()); // starts at the end
    CHECK(record.field(200, 3).isEmpty()); // past the end
    CHECK(record.text(3, 35) == u"Úhrada VS123");
    // ASCII UTF-8 is a byte a character too.
    const GpcRecord ascii("075 12 ", TextEncoding::Utf8);
    CHECK(ascii.field(3, 3) == " 12");
    CHECK(ascii.field(6, 9) == " ");
}

TEST_CASE("GPC currencies: the last answer again, another kind looked up anew", "[gpc]")
{
    GpcLookups lookups;
    CHECK(lookups.currency("0978")->code() == u"EUR");
    CHECK(lookups.currency("0978")->code() == u"EUR");
    CHECK(lookups.currency("0203")->code() == u"CZK");
    CHECK_FALSE(lookups.currency("1501").has_value()); // a data kind, no currency
    CHECK_FALSE(lookups.currency("1501").has_value());
    CHECK(lookups.currency("0203")->code() == u"CZK");
    CHECK_FALSE(lookups.currency("0999").has_value()); // no such ISO code
    CHECK_FALSE(lookups.currency("020").has_value()); // too short; not remembered
    CHECK(lookups.currency("0978")->code() == u"EUR");
    CHECK_FALSE(lookups.currency("09781").has_value());
    CHECK(lookups.currency("0978")->code() == u"EUR");
}

namespace {

/// A seeded die (a 64-bit linear congruential generator): the same fields on every run.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_state(seed)
    { }
    /// 0 .. sides - 1.
    int operator()(int sides)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(sides));
    }

private:
    quint64 m_state;
};

} // namespace

namespace {

/// The national check as written before the weights went by field position: digits put in
/// plain order first, then weighted.
bool referencePasses(QByteArrayView field, GpcAccount::Order order)
{
    if (field.size() != 16
        || !std::all_of(field.begin(), field.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    static constexpr int internalPosition[16]
        = { 10, 11, 12, 13, 14, 15, 4, 5, 6, 7, 8, 3, 9, 1, 2, 0 };
    static constexpr int weights[16] = { 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1 };
    int prefixSum = 0, numberSum = 0;
    bool numberNonZero = false;
    for (int i = 0; i < 16; ++i) {
        const char c = order == GpcAccount::Order::Plain ? field[i] : field[internalPosition[i]];
        (i < 6 ? prefixSum : numberSum) += (c - '0') * weights[i];
        numberNonZero = numberNonZero || (i >= 6 && c != '0');
    }
    return numberNonZero && prefixSum % 11 == 0 && numberSum % 11 == 0;
}

GpcAccount::Order referenceOrder(QByteArrayView field, GpcAccount::Order tieBreak)
{
    const bool plain = referencePasses(field, GpcAccount::Order::Plain);
    const bool internal = referencePasses(field, GpcAccount::Order::Internal);
    return plain != internal ? (plain ? GpcAccount::Order::Plain : GpcAccount::Order::Internal)
                             : tieBreak;
}

} // namespace

TEST_CASE("GPC account: the check by field position agrees with the check in plain order", "[gpc]")
{
    Dice roll(7);
    int passedPlain = 0, passedInternal = 0, zeroNumbers = 0;
    for (int n = 0; n < 60000; ++n) {
        // Many zeros (prefixes and numbers that are zero, leading zeros), now and then a byte
        // that is no digit or a field of another length.
        QByteArray field(16, '0');
        for (char &c : field)
            c = roll(3) == 0 ? char('0' + roll(10)) : '0';
        if (roll(50) == 0)
            field[roll(16)] = "/: a"[roll(4)];
        if (roll(100) == 0)
            field.chop(1 + roll(3));
        CAPTURE(field.toStdString());
        for (const GpcAccount::Order tieBreak :
             { GpcAccount::Order::Plain, GpcAccount::Order::Internal }) {
            const GpcAccount::Order order = referenceOrder(field, tieBreak);
            CHECK(GpcAccount::detectOrder(field, tieBreak) == order);
            const GpcAccount account = GpcAccount::fromFieldInDetectedOrder(field, tieBreak);
            const GpcAccount asked = GpcAccount::fromField(field, order);
            CHECK(account.order() == order);
            CHECK(account.isValid() == asked.isValid());
            CHECK(account.passesCheck() == referencePasses(field, order));
            CHECK(asked.passesCheck() == referencePasses(field, order));
            CHECK(account.localForm(QLatin1StringView("0800"))
                  == asked.localForm(QLatin1StringView("0800")));
        }
        for (const GpcAccount::Order order :
             { GpcAccount::Order::Plain, GpcAccount::Order::Internal })
            CHECK(GpcAccount::passesCheck(field, order) == referencePasses(field, order));
        passedPlain += referencePasses(field, GpcAccount::Order::Plain);
        passedInternal += referencePasses(field, GpcAccount::Order::Internal);
        zeroNumbers += field.size() == 16 && field.endsWith("0000000000");
    }
    // The sample reaches every case.
    CHECK(passedPlain > 100);
    CHECK(passedInternal > 100);
    CHECK(zeroNumbers > 100);
}

TEST_CASE("GPC account: the local form, digit by digit", "[gpc]")
{
    const auto local = [](QByteArrayView field, QLatin1StringView bank = {}) {
        return GpcAccount::fromField(field, GpcAccount::Order::Plain).localForm(bank);
    };
    CHECK(local("0000000000000000") == u"0");
    CHECK(local("0000000000000007") == u"7");
    CHECK(local("0000010000000000") == u"1-0");
    CHECK(local("1234561234567890", QLatin1StringView("0800")) == u"123456-1234567890/0800");
    CHECK(local("0000000000000042", QLatin1StringView("0000")) == u"42");
    CHECK(local("0000000000000042", QLatin1StringView("20100")) == u"42/20100");
    // A "bank code" of any length still comes out whole.
    const QLatin1StringView long32("abcdefghijklmnopqrstuvwxyz012345");
    CHECK(local("1234561234567890", long32) == QStringLiteral("123456-1234567890/") + long32);
    CHECK(local("123", QLatin1StringView("0800")).isEmpty()); // invalid
}

TEST_CASE("GPC zeros and digits of every length, a wrong byte anywhere", "[gpc]")
{
    CHECK(gpcAllZeros(""));
    CHECK(gpcAllDigits(""));
    for (qsizetype length = 1; length <= 20; ++length) {
        const QByteArray zeros(length, '0');
        const QByteArray digits = QByteArray("91827364554637281900").left(length);
        CAPTURE(length);
        CHECK(gpcAllZeros(zeros));
        CHECK(gpcAllDigits(zeros));
        CHECK(gpcAllDigits(digits));
        for (qsizetype at = 0; at < length; ++at) {
            for (const char bad : { '1', '/', ':', ' ', '\xb0', '\0' }) {
                CAPTURE(at, int(uchar(bad)));
                QByteArray notZeros = zeros;
                notZeros[at] = bad;
                CHECK_FALSE(gpcAllZeros(notZeros));
                if (bad == '1')
                    continue;
                QByteArray notDigits = digits;
                notDigits[at] = bad;
                CHECK_FALSE(gpcAllDigits(notDigits));
            }
        }
    }
}

TEST_CASE("GPC look-ups: a bank code's country and a constant symbol, remembered", "[gpc]")
{
    GpcLookups lookups;
    const GpcAccount account = GpcAccount::fromField("0000192000145399", GpcAccount::Order::Plain);
    const auto direct = [&account](const char *country, const char *bank) {
        return Iban::fromCzSkDigits(QLatin1StringView(country), account.prefixDigits(),
                                    account.numberDigits(), bank);
    };
    REQUIRE(direct("SK", "1100").toString().startsWith(u"SK"));
    REQUIRE(direct("CZ", "9999").toString().startsWith(u"CZ"));
    // Asked twice each: the second answer comes from what was remembered.
    for (int round = 0; round < 2; ++round) {
        CAPTURE(round);
        CHECK(lookups.iban(account, QLatin1StringView("1100")) == direct("SK", "1100"));
        CHECK(lookups.iban(account, QLatin1StringView("0800")) == direct("CZ", "0800"));
        // A code in neither list: the statement's country, else CZ.
        CHECK(lookups.iban(account, QLatin1StringView("9999")) == direct("CZ", "9999"));
        CHECK(lookups.iban(account, QLatin1StringView("08x0")) == direct("CZ", "08x0"));
    }
    lookups.setStatementCountry(QLatin1StringView("SK"));
    CHECK(lookups.iban(account, QLatin1StringView("9999")) == direct("SK", "9999"));
    CHECK(lookups.iban(account, QLatin1StringView("0800")) == direct("CZ", "0800"));
    CHECK(lookups.iban(account, QLatin1StringView("08000")).isNull());

    for (const quint64 value : { 308, 558, 8, 308, 9999, 558, 8 }) {
        CAPTURE(value);
        CHECK(lookups.constantSymbol(value) == ConstantSymbol::fromNumber(value));
        CHECK(lookups.constantSymbol(value).toString() == QString::number(value));
    }
}

TEST_CASE("GPC counter accounts: the same answers before and after the cache makes room", "[gpc]")
{
    // More accounts than the cache holds before it makes room for many (512).
    const auto field = [](int n) {
        return QByteArray::number(1000000000LL + n * 7).rightJustified(16, '0');
    };
    GpcLookups lookups;
    QList<GpcCounterAccount> first;
    for (int n = 0; n < 1500; ++n)
        first.append(lookups.counterAccount(field(n), "0800", GpcAccount::Order::Plain));
    for (int n = 0; n < 1500; ++n) {
        CAPTURE(n);
        GpcLookups fresh;
        const GpcCounterAccount expected
            = fresh.counterAccount(field(n), "0800", GpcAccount::Order::Plain);
        const GpcCounterAccount &again
            = lookups.counterAccount(field(n), "0800", GpcAccount::Order::Plain);
        CHECK(first[n].local == expected.local);
        CHECK(again.local == expected.local);
        CHECK(again.iban == expected.iban);
    }
}

TEST_CASE("GPC counter accounts: the bank code and the order are part of what is remembered",
          "[gpc]")
{
    // The same sixteen digits with other bank codes and digit orders are other accounts; asked
    // in turn, each answer is what a fresh cache gives.
    const QByteArray digits[] = { "0000000123456789", "0000190000000019", "0000000000000000" };
    const QByteArray banks[] = { "0800", "0100", "1100", "0000", "08" };
    GpcLookups lookups;
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray &field : digits) {
            for (const QByteArray &bank : banks) {
                for (const auto order : { GpcAccount::Order::Plain, GpcAccount::Order::Internal }) {
                    CAPTURE(field.toStdString(), bank.toStdString(), int(order), round);
                    GpcLookups fresh;
                    const GpcCounterAccount expected = fresh.counterAccount(field, bank, order);
                    const GpcCounterAccount &cached = lookups.counterAccount(field, bank, order);
                    CHECK(cached.local == expected.local);
                    CHECK(cached.iban == expected.iban);
                }
            }
        }
    }
}

TEST_CASE("GPC counter accounts: the same answers when a full cache starts again", "[gpc]")
{
    // The cache forgets everything at 100,000 accounts; answers must not change across that.
    const auto field = [](int n) {
        return QByteArray::number(1000000000LL + n * 7).rightJustified(16, '0');
    };
    GpcLookups lookups;
    GpcLookups fresh; // asked only about the accounts checked below
    for (int n = 0; n < 100100; ++n) {
        const GpcCounterAccount &account
            = lookups.counterAccount(field(n), "0800", GpcAccount::Order::Plain);
        if (n % 9973 != 0 && n < 99990)
            continue;
        CAPTURE(n);
        const GpcCounterAccount expected
            = fresh.counterAccount(field(n), "0800", GpcAccount::Order::Plain);
        CHECK(account.local == expected.local);
        CHECK(account.iban == expected.iban);
        // Asked again at once: found in the cache (or in the one started afresh).
        CHECK(lookups.counterAccount(field(n), "0800", GpcAccount::Order::Plain).local
              == expected.local);
    }
    CHECK(lookups.counterAccount(field(3), "0800", GpcAccount::Order::Plain).local
          == fresh.counterAccount(field(3), "0800", GpcAccount::Order::Plain).local);
}

namespace {

/// Fields by character as GpcRecord cut them before it skipped the ASCII start of a line: a
/// table of where every character starts (every byte that is not a continuation byte).
QByteArrayView referenceField(QByteArrayView line, int start, int count)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if ((uchar(line[i]) & 0xC0) != 0x80)
            starts.append(i);
    }
    const auto offset = [&](int character) {
        return character >= starts.size() ? line.size() : starts[character];
    };
    return line.sliced(offset(start), offset(start + count) - offset(start));
}

} // namespace

TEST_CASE("GPC record: UTF-8 fields cut where the table of every character cut them", "[gpc]")
{
    Dice roll(99);
    // Valid letters of one to four bytes, and bytes that break UTF-8: lone continuation bytes,
    // lead bytes without their continuation, 0xFF.
    const QList<QByteArray> pieces
        = { "a",    " ",    "0",    "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
            "\x80", "\xbf", "\xc3", "\xe2\x82", "\xff" };
    for (int n = 0; n < 3000; ++n) {
        QByteArray line;
        // An ASCII start of any length (none, under eight, several words), then anything.
        line += QByteArray(roll(3) == 0 ? roll(40) : roll(8), 'x');
        const int more = roll(60);
        for (int i = 0; i < more; ++i)
            line += roll(2) == 0 ? QByteArray("y") : pieces[roll(int(pieces.size()))];
        CAPTURE(line.toHex().toStdString());
        const GpcRecord record(line, TextEncoding::Utf8);
        qsizetype characters = 0;
        for (const char c : line)
            characters += (uchar(c) & 0xC0) != 0x80;
        CHECK(record.length() == characters);
        CHECK(gpcCharacterCount(line, TextEncoding::Utf8) == characters);
        CHECK(gpcCharacterCount(line, TextEncoding::Windows1250) == line.size());
        for (int i = 0; i < 12; ++i) {
            const int start = roll(int(characters) + 3);
            const int count = roll(40);
            CAPTURE(start, count);
            CHECK(record.field(start, count) == referenceField(line, start, count));
        }
        CHECK(record.field(0, int(characters)) == referenceField(line, 0, int(characters)));
    }
}
