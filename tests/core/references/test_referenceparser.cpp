// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/common/referenceparser.h"

using namespace Saldo;

namespace {

QString vs(QStringView text)
{
    return findReferencesInText(text).variableSymbol.toString();
}
QString ks(QStringView text)
{
    return findReferencesInText(text).constantSymbol.toString();
}
QString ss(QStringView text)
{
    return findReferencesInText(text).specificSymbol.toString();
}

} // namespace

TEST_CASE("end-to-end id with symbols", "[references]")
{
    const FoundReferences all = parseSymbolEndToEnd(u"/VS2026000012/SS123/KS0308");
    CHECK(all.variableSymbol.toString() == QStringLiteral("2026000012"));
    CHECK(all.specificSymbol.toString() == QStringLiteral("123"));
    CHECK(all.constantSymbol.toString() == QStringLiteral("308")); // leading zeros do not count

    SECTION("empty values and any order")
    {
        const FoundReferences r = parseSymbolEndToEnd(u"/KS0558/VS982210728/SS");
        CHECK(r.variableSymbol.toString() == QStringLiteral("982210728"));
        CHECK(r.constantSymbol.toString() == QStringLiteral("558"));
        CHECK(r.specificSymbol.isEmpty());
    }
    SECTION("not the convention")
    {
        CHECK(parseSymbolEndToEnd(u"VS2026000012").variableSymbol.isEmpty());
        CHECK(parseSymbolEndToEnd(u"NOTPROVIDED").variableSymbol.isEmpty());
        CHECK(parseSymbolEndToEnd(u"/VS12A4/KS0308").variableSymbol.isEmpty());
    }
    SECTION("values that are not valid symbols stay empty")
    {
        const FoundReferences r = parseSymbolEndToEnd(u"/VS12345678901/KS12345/SS1");
        CHECK(r.variableSymbol.isEmpty()); // 11 digits
        CHECK(r.constantSymbol.isEmpty()); // 5 digits
        CHECK(r.specificSymbol.toString() == QStringLiteral("1"));
    }
}

TEST_CASE("variable symbol in free text", "[references]")
{
    CHECK(vs(u"Platba VS: 2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"Platba VS 2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"Platba VS2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"Platba VS:2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"v.s. 2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"V.S.2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"var. symbol 2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"Variabilní symbol: 2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"variabilný symbol 2026001") == QStringLiteral("2026001"));
    CHECK(vs(u"/VS2025000053/SS/KS0308 IBAN: SK71") == QStringLiteral("2025000053"));
    CHECK(vs(u"Faktury VS 2025000069, 2025000071") == QStringLiteral("2025000069")); // the first

    SECTION("wherever the label stands in the text")
    {
        // The text is scanned in blocks of eight units and a tail: a label at every offset,
        // after ASCII or after letters with diacritics, and one inside a word at every offset.
        for (int offset = 0; offset <= 24; ++offset) {
            for (const QChar filler : { QChar(u'x'), QChar(u'ž'), QChar(u'Д') }) {
                QString before(offset, filler);
                if (offset > 0)
                    before[offset - 1] = QLatin1Char(' ');
                INFO(offset << " " << before.toStdString());
                CHECK(vs(before + QStringLiteral("Vs: 77 ks 8 SS 9")) == QStringLiteral("77"));
                CHECK(ss(before + QStringLiteral("Vs: 77 ks 8 SS 9")) == QStringLiteral("9"));
                CHECK(vs(QString(offset, filler) + QStringLiteral("vs 77")).isEmpty()
                      == (offset > 0));
            }
        }
    }
    SECTION("false positives")
    {
        CHECK(vs(u"OBVS 2026001").isEmpty()); // inside a word
        CHECK(vs(u"všetko 2026001").isEmpty());
        CHECK(vs(u"VSETKO 2026001").isEmpty());
        CHECK(vs(u"VS2026001X").isEmpty()); // the number runs into letters
        CHECK(vs(u"VS 12345678901").isEmpty()); // 11 digits
        CHECK(vs(u"Faktura FV2025-000105").isEmpty());
        CHECK(vs(u"VS").isEmpty());
        CHECK(vs(u"").isEmpty());
    }
}

TEST_CASE("constant and specific symbols in free text", "[references]")
{
    CHECK(ks(u"KS 0308") == QStringLiteral("308"));
    CHECK(ks(u"KS:0558") == QStringLiteral("558"));
    CHECK(ks(u"k.s. 8") == QStringLiteral("8"));
    CHECK(ks(u"konst. symbol 0308") == QStringLiteral("308"));
    CHECK(ss(u"SS 123") == QStringLiteral("123"));
    CHECK(ss(u"SS1985") == QStringLiteral("1985"));
    CHECK(ss(u"spec. symbol 77") == QStringLiteral("77"));
    CHECK(ss(u"Specifický symbol: 77") == QStringLiteral("77"));

    SECTION("every label, as written and in capitals")
    {
        for (const QString &label :
             { QStringLiteral("konstantný symbol"), QStringLiteral("konstantní symbol"),
               QStringLiteral("konst. symbol"), QStringLiteral("konst.symbol"),
               QStringLiteral("k.s.") }) {
            INFO(label.toStdString());
            CHECK(ks(QStringLiteral("x ") + label + QStringLiteral(" 0308")) == u"308");
            CHECK(ks(QStringLiteral("x ") + label.toUpper() + QStringLiteral(" 0308")) == u"308");
        }
        for (const QString &label :
             { QStringLiteral("specifický symbol"), QStringLiteral("spec. symbol"),
               QStringLiteral("spec.symbol"), QStringLiteral("s.s.") }) {
            INFO(label.toStdString());
            CHECK(ss(QStringLiteral("x ") + label + QStringLiteral(" 55")) == u"55");
            CHECK(ss(QStringLiteral("x ") + label.toUpper() + QStringLiteral(" 55")) == u"55");
        }
        for (const QString &label :
             { QStringLiteral("variabilní symbol"), QStringLiteral("variabilný symbol"),
               QStringLiteral("var. symbol"), QStringLiteral("var.symbol"),
               QStringLiteral("var symbol"), QStringLiteral("v. s."), QStringLiteral("v.s."),
               QStringLiteral("vs") }) {
            INFO(label.toStdString());
            CHECK(vs(QStringLiteral("x ") + label + QStringLiteral(" 77")) == u"77");
            CHECK(vs(QStringLiteral("x ") + label.toUpper() + QStringLiteral(" 77")) == u"77");
        }
    }
    SECTION("false positives")
    {
        CHECK(ks(u"Tovar 5 ks 100 EUR").isEmpty()); // "ks" = pieces
        CHECK(ks(u"KS 12345").isEmpty()); // five digits
        CHECK(ks(u"BANKS 0308").isEmpty());
        CHECK(ss(u"CLASS 12").isEmpty());
        CHECK(ss(u"ss 12").isEmpty());
        // "/SS/KS0308": an empty SS does not take the KS's digits.
        CHECK(ss(u"/VS1/SS/KS0308").isEmpty());
        CHECK(ks(u"/VS1/SS/KS0308") == QStringLiteral("308"));
    }
}

TEST_CASE("RF creditor reference in free text", "[references]")
{
    CHECK(findReferencesInText(u"Payment RF18 5390 0754 7034 thanks").creditorReference.toString()
          == QStringLiteral("RF18539007547034"));
    CHECK(findReferencesInText(u"ref RF18539007547034").creditorReference.toString()
          == QStringLiteral("RF18539007547034"));
    CHECK(findReferencesInText(u"rf18 5390 0754 7034").creditorReference.toString()
          == QStringLiteral("RF18539007547034"));

    SECTION("invalid or not a reference")
    {
        CHECK(findReferencesInText(u"RF19 5390 0754 7034")
                  .creditorReference.isEmpty()); // check digits
        CHECK(findReferencesInText(u"PERF18 5390 0754 7034").creditorReference.isEmpty());
        CHECK(findReferencesInText(u"RF 18").creditorReference.isEmpty());
        CHECK(findReferencesInText(u"RFID chip").creditorReference.isEmpty());
    }
}

TEST_CASE("fillMissingReferences takes the end-to-end id, then the text", "[references]")
{
    StatementLine line;
    line.reference = QStringLiteral("/VS2025000043/SS/KS");
    line.description = QStringLiteral("Časť platby VS2025000099 KS 0308 SS 5 RF18 5390 0754 7034");
    fillMissingReferences(line);
    CHECK(line.variableSymbol.toString() == QStringLiteral("2025000043"));
    CHECK(line.constantSymbol.toString() == QStringLiteral("308"));
    CHECK(line.specificSymbol.toString() == QStringLiteral("5"));
    CHECK(line.creditorReference.toString() == QStringLiteral("RF18539007547034"));

    SECTION("a value a dedicated field gave is kept")
    {
        StatementLine l;
        l.variableSymbol = *VariableSymbol::parse(u"77");
        l.reference = QStringLiteral("/VS88/KS0008");
        fillMissingReferences(l);
        CHECK(l.variableSymbol.toString() == QStringLiteral("77"));
        CHECK(l.constantSymbol.toString() == QStringLiteral("8"));
    }
    SECTION("labels of a kind the line has are passed over, the other kinds still found")
    {
        StatementLine l;
        l.variableSymbol = *VariableSymbol::parse(u"77");
        l.specificSymbol = *SpecificSymbol::parse(u"5");
        l.description = QStringLiteral("VS 88 v.s. 99 KS 0308 SS 6 spec. symbol 7");
        fillMissingReferences(l);
        CHECK(l.variableSymbol.toString() == QStringLiteral("77"));
        CHECK(l.constantSymbol.toString() == QStringLiteral("308"));
        CHECK(l.specificSymbol.toString() == QStringLiteral("5"));
    }
    SECTION("an RF reference as the end-to-end id")
    {
        StatementLine l;
        l.reference = QStringLiteral("RF18539007547034");
        fillMissingReferences(l);
        CHECK(l.creditorReference.toString() == QStringLiteral("RF18539007547034"));
        // In any case; not when other letters start the id.
        for (const QString &id :
             { QStringLiteral("rf18539007547034"), QStringLiteral("rF18539007547034"),
               QStringLiteral("Rf18 5390 0754 7034") }) {
            StatementLine lower;
            lower.reference = id;
            fillMissingReferences(lower);
            CHECK(lower.creditorReference.toString() == QStringLiteral("RF18539007547034"));
        }
        StatementLine other;
        other.reference = QStringLiteral("XF18539007547034");
        fillMissingReferences(other);
        CHECK(other.creditorReference.isEmpty());
    }
}

TEST_CASE("kindFromText", "[references]")
{
    CHECK(kindFromText(u"POS 1234 TESCO") == LineKind::Card);
    CHECK(kindFromText(u"Platba kartou 4405********1078 DM") == LineKind::Card);
    CHECK(kindFromText(u"NÁKUP KARTOU") == LineKind::Card);
    CHECK(kindFromText(u"Kartenzahlung girocard") == LineKind::Card);
    CHECK(kindFromText(u"Varekjøp REMA 1000") == LineKind::Card);
    CHECK(kindFromText(u"Kortkjøp") == LineKind::Card);
    CHECK(kindFromText(u"ATM 0912 BRATISLAVA") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Výber z bankomatu 4405") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Vyber z bankomatu") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Výběr z bankomatu") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Теглене от банкомат") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Minibank Oslo S") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Bargeldauszahlung") == LineKind::CashWithdrawal);
    CHECK(kindFromText(u"Vklad hotovosti Vklad tržby") == LineKind::CashDeposit);
    CHECK(kindFromText(u"Vklad v hotovosti") == LineKind::CashDeposit);
    CHECK(kindFromText(u"Poplatok za výpis") == LineKind::Fee);
    CHECK(kindFromText(u"Poplatek za vedení účtu") == LineKind::Fee);
    CHECK(kindFromText(u"Такса обслужване") == LineKind::Fee);
    CHECK(kindFromText(u"Kreditný úrok") == LineKind::Interest);

    SECTION("the first phrase wins")
    {
        CHECK(kindFromText(u"Poplatok za výber z bankomatu") == LineKind::Fee);
        CHECK(kindFromText(u"Výber z bankomatu - poplatok") == LineKind::CashWithdrawal);
    }
    SECTION("false positives")
    {
        CHECK(kindFromText(u"POSTA BRATISLAVA") == LineKind::Unknown);
        CHECK(kindFromText(u"Úhrada faktúry FV2025-0001") == LineKind::Unknown);
        CHECK(kindFromText(u"COMPOST s.r.o.") == LineKind::Unknown);
        CHECK(kindFromText(u"Platba za tovar") == LineKind::Unknown);
        CHECK(kindFromText(u"membership fee") == LineKind::Unknown);
        CHECK(kindFromText(u"BATMAN") == LineKind::Unknown);
        CHECK(kindFromText(u"") == LineKind::Unknown);
    }
    SECTION("where the phrase stands")
    {
        const KindPhrase phrase = findKindPhrase(u"Platba kartou POS 2328");
        CHECK(phrase.kind == LineKind::Card);
        CHECK(phrase.position == 0);
        CHECK(phrase.length == 13);
        CHECK(findKindPhrase(u"xx ATM").position == 3);
    }
}

TEST_CASE("kindFromText: every phrase, in capitals, after other words", "[references]")
{
    const std::pair<LineKind, const char16_t *> phrases[] = {
        { LineKind::Card, u"POS" },
        { LineKind::Card, u"PLATBA KARTOU" },
        { LineKind::Card, u"NÁKUP KARTOU" },
        { LineKind::Card, u"TRANSAKCIA KARTOU" },
        { LineKind::Card, u"TRANSAKCE KARTOU" },
        { LineKind::Card, u"PLATBA KARTU" },
        { LineKind::Card, u"KARTENZAHLUNG" },
        { LineKind::Card, u"KARTENUMSATZ" },
        { LineKind::Card, u"GIROCARD" },
        { LineKind::Card, u"CARD PAYMENT" },
        { LineKind::Card, u"CARD PURCHASE" },
        { LineKind::Card, u"CARD TRANSACTION" },
        { LineKind::Card, u"KORTKJØP" },
        { LineKind::Card, u"VAREKJØP" },
        { LineKind::Card, u"KORTBETALING" },
        { LineKind::Card, u"ПЛАЩАНЕ С КАРТА" },
        { LineKind::Card, u"ПОКУПКА С КАРТА" },
        { LineKind::Card, u"ПОС" },
        { LineKind::CashWithdrawal, u"ATM" },
        { LineKind::CashWithdrawal, u"BANKOMAT" },
        { LineKind::CashWithdrawal, u"VÝBER Z BANKOMATU" },
        { LineKind::CashWithdrawal, u"VÝBĚR HOTOVOSTI" },
        { LineKind::CashWithdrawal, u"VÝBER Z ATM" },
        { LineKind::CashWithdrawal, u"MINIBANK" },
        { LineKind::CashWithdrawal, u"MINIBANKUTTAK" },
        { LineKind::CashWithdrawal, u"KONTANTUTTAK" },
        { LineKind::CashWithdrawal, u"BARGELDAUSZAHLUNG" },
        { LineKind::CashWithdrawal, u"BARGELDABHEBUNG" },
        { LineKind::CashWithdrawal, u"GELDAUTOMAT" },
        { LineKind::CashWithdrawal, u"CASH WITHDRAWAL" },
        { LineKind::CashWithdrawal, u"ТЕГЛЕНЕ" },
        { LineKind::CashWithdrawal, u"БАНКОМАТ" },
        { LineKind::CashDeposit, u"VKLAD HOTOVOSTI" },
        { LineKind::CashDeposit, u"VKLAD V HOTOVOSTI" },
        { LineKind::CashDeposit, u"HOTOVOSTNÝ VKLAD" },
        { LineKind::CashDeposit, u"HOTOVOSTNÍ VKLAD" },
        { LineKind::CashDeposit, u"VKLAD TRŽBY" },
        { LineKind::CashDeposit, u"VKLAD TRŽEB" },
        { LineKind::CashDeposit, u"VKLAD NA ÚČET" },
        { LineKind::CashDeposit, u"VKLAD POKLADNA" },
        { LineKind::CashDeposit, u"BAREINZAHLUNG" },
        { LineKind::CashDeposit, u"CASH DEPOSIT" },
        { LineKind::CashDeposit, u"KONTANTINNSKUDD" },
        { LineKind::CashDeposit, u"ВНОСКА В БРОЙ" },
        { LineKind::CashDeposit, u"ВНАСЯНЕ В БРОЙ" },
        { LineKind::Fee, u"POPLATOK" },
        { LineKind::Fee, u"POPLATKY" },
        { LineKind::Fee, u"POPLATEK" },
        { LineKind::Fee, u"POPLATKU" },
        { LineKind::Fee, u"ТАКСА" },
        { LineKind::Fee, u"ТАКСИ" },
        { LineKind::Fee, u"GEBYR" },
        { LineKind::Fee, u"GEBYRER" },
        { LineKind::Fee, u"GEBÜHR" },
        { LineKind::Fee, u"GEBÜHREN" },
        { LineKind::Fee, u"ENTGELT" },
        { LineKind::Fee, u"ENTGELTE" },
        { LineKind::Fee, u"BANK CHARGES" },
        { LineKind::Fee, u"BANK FEE" },
        { LineKind::Fee, u"ACCOUNT FEE" },
        { LineKind::Fee, u"SERVICE CHARGE" },
        { LineKind::Interest, u"ÚROK" },
        { LineKind::Interest, u"ÚROKY" },
        { LineKind::Interest, u"ZINSEN" },
        { LineKind::Interest, u"RENTER" },
        { LineKind::Interest, u"INTEREST" },
        { LineKind::Interest, u"ЛИХВА" },
        { LineKind::Interest, u"ЛИХВИ" },
    };
    for (const auto &[kind, phrase] : phrases) {
        const QString text
            = QStringLiteral("Text 12 ") + QString::fromUtf16(phrase) + QStringLiteral(" end");
        INFO(text.toStdString());
        const KindPhrase found = findKindPhrase(text);
        CHECK(found.kind == kind);
        CHECK(found.position == 8);
        CHECK(found.length == QString::fromUtf16(phrase).size());
        // One letter more or less is another word.
        CHECK(
            kindFromText(QStringLiteral("Text ") + QString::fromUtf16(phrase) + QStringLiteral("X"))
            == LineKind::Unknown);
    }
}

TEST_CASE("kindFromText: which characters join a word", "[references]")
{
    // Every character before "pos": a letter or digit makes one word of them (no phrase), any
    // other character stands between two words (a card payment).
    for (char32_t c = 0x20; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString text = QString(QChar(char16_t(c))) + QStringLiteral("pos");
        INFO(int(c));
        const bool joins = QChar::isLetterOrNumber(c);
        if ((kindFromText(text) == LineKind::Unknown) != joins)
            CHECK((kindFromText(text) == LineKind::Unknown) == joins);
    }
}

TEST_CASE("foldForMatching keeps positions", "[references]")
{
    CHECK(foldForMatching(u"Výběr ŽLUŤOUČKÝ Kjøp Straße")
          == QStringLiteral("vyber zlutoucky kjop straße"));
    CHECK(foldForMatching(u"ТЕГЛЕНЕ").size() == 7);
    CHECK(foldForMatching(u"ТЕГЛЕНЕ") == QStringLiteral("теглене"));
    // Eight units are folded at a time: every BMP character, in runs of 16 starting at each
    // of eight shifts (so that each stands in every lane of a block), folds as it does alone.
    QString all;
    for (char32_t c = 1; c <= 0xFFFF; ++c) {
        if (!QChar::isSurrogate(c))
            all.append(QChar(char16_t(c)));
    }
    QString alone;
    for (const QChar c : std::as_const(all))
        alone += foldForMatching(QStringView(&c, 1));
    for (qsizetype shift = 0; shift < 8; ++shift) {
        for (qsizetype start = shift; start < all.size(); start += 16) {
            const QStringView run = QStringView(all).mid(start, 16);
            if (foldForMatching(run) != QStringView(alone).mid(start, 16)) {
                INFO(start);
                CHECK(foldForMatching(run) == QStringView(alone).mid(start, 16));
            }
        }
    }
    // Cyrillic is only lower-cased, as QChar::toLower() does it.
    for (char16_t c = 0x400; c < 0x500; ++c) {
        INFO(int(c));
        CHECK(foldForMatching(QStringView(&c, 1)) == QString(QChar(QChar::toLower(c))));
    }
}
