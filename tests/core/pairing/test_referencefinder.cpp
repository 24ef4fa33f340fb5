// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/common/statement.h"
#include "pairing/referencefinder.h"

using namespace Saldo;

namespace {

QList<quint64> symbolsIn(QStringView text, int minBareDigits = 3)
{
    LineReferences refs;
    collectReferencesInText(text, ReferenceSource::Description, refs, minBareDigits);
    QList<quint64> values;
    for (const FoundSymbol &s : refs.symbols)
        values.append(s.value);
    return values;
}

bool hasNumber(QStringView text, QStringView number)
{
    LineReferences refs;
    collectReferencesInText(text, ReferenceSource::Description, refs);
    for (const FoundNumber &n : refs.numbers) {
        if (n.keyHash == invoiceNumberHash(number) && sameInvoiceNumber(n.written, number))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Invoice-number keys ignore case, spaces and punctuation", "[references]")
{
    CHECK(invoiceNumberKey(u"fv 2025-000105") == u"FV2025000105");
    CHECK(invoiceNumberKey(u"FV2025/000105.") == u"FV2025000105");
    CHECK(invoiceNumberKey(u"Faktura") == QString()); // no digit: a word, not a number
    CHECK(sameInvoiceNumber(u"fv 2025-000105", u"FV2025-000105"));
    CHECK_FALSE(sameInvoiceNumber(u"FV2025-000105", u"FV2025-000106"));
    CHECK_FALSE(sameInvoiceNumber(u"FV2025-00010", u"FV2025-000105"));
    int length = 0;
    CHECK(invoiceNumberHash(u"fv 2025-000105", &length) == invoiceNumberHash(u"FV2025000105"));
    CHECK(length == 12);
    invoiceNumberHash(u"Faktura", &length);
    CHECK(length == 0);
}

TEST_CASE("Variable symbols in free text", "[references]")
{
    CHECK(symbolsIn(u"Úhrada VS2025000001") == QList<quint64> { 2025000001 });
    CHECK(symbolsIn(u"Úhrada VS: 2025000001") == QList<quint64> { 2025000001 });
    CHECK(symbolsIn(u"Platba v.s. 123456") == QList<quint64> { 123456 });
    CHECK(symbolsIn(u"VS:62084144") == QList<quint64> { 62084144 });
    // lists, spaced or not; the E2E convention names only its VS
    CHECK(symbolsIn(u"Faktury VS 62084144, 12345678") == QList<quint64> { 62084144, 12345678 });
    CHECK(symbolsIn(u"VS 2025000012,2025000034") == QList<quint64> { 2025000012, 2025000034 });
    CHECK(symbolsIn(u"/VS982210728/SS/KS0558") == QList<quint64> { 982210728 });
    CHECK(symbolsIn(u"/VS/SS123/KS0308").isEmpty());
    // leading zeros do not make another symbol
    CHECK(symbolsIn(u"VS 0000123456") == QList<quint64> { 123456 });
}

TEST_CASE("Numbers that are not variable symbols", "[references]")
{
    CHECK(symbolsIn(u"KS 0308 SS 1234").isEmpty());
    CHECK(symbolsIn(u"KS0308").isEmpty());
    CHECK(symbolsIn(u"Platba 1234,50 EUR 05.01.2026").isEmpty());
    CHECK(symbolsIn(u"Platba kartou 4405********1078").isEmpty());
    CHECK(symbolsIn(u"FV2025-000105").isEmpty()); // inside a word: an invoice number
    CHECK(symbolsIn(u"12345678901").isEmpty()); // 11 digits: over the VS limit
    CHECK(symbolsIn(u"Platba 12").isEmpty()); // too short when not announced
    CHECK(symbolsIn(u"VS 12") == QList<quint64> { 12 }); // announced: any length
    CHECK(symbolsIn(u"Platba 123456", 7).isEmpty());
}

TEST_CASE("Invoice numbers in free text", "[references]")
{
    CHECK(hasNumber(u"FA FV2025-000105 dakujeme", u"FV2025-000105"));
    CHECK(hasNumber(u"Faktura fv2025-000105", u"FV2025-000105"));
    CHECK(hasNumber(u"Úhrada FA č. FV 2025-000105", u"FV2025-000105"));
    CHECK(hasNumber(u"Úhrada faktúr FV2025-000012, FV2025-000034.", u"FV2025-000034"));
    CHECK(hasNumber(u"(Invoice 2025/12)", u"2025/12"));
    CHECK_FALSE(hasNumber(u"Záloha na objednávku", u"FV2025-000105"));
}

TEST_CASE("A line's references: VS field, end-to-end id, RF, description", "[references]")
{
    StatementLine line;
    line.variableSymbol = VariableSymbol::parse(u"2025000006").value();
    line.reference = QStringLiteral("/VS2025000006/SS/KS0308");
    line.description = QStringLiteral("Úhrada faktúr FV2025-000006, FV2025-000007 VS 2025000007");
    line.creditorReference = CreditorReference::create(u"2025000009").value();
    const LineReferences refs = findLineReferences(line);
    REQUIRE(refs.symbols.size() == 3);
    CHECK(refs.symbols[0].value == 2025000006);
    CHECK(refs.symbols[0].source == ReferenceSource::VariableSymbolField); // first source wins
    CHECK(refs.symbols[1].value == 2025000009);
    CHECK(refs.symbols[1].source == ReferenceSource::CreditorReference);
    CHECK(refs.symbols[2].value == 2025000007);
    CHECK(refs.symbols[2].source == ReferenceSource::Description);
    CHECK(refs.symbols[2].written == u"2025000007");
    int numbers = 0;
    for (const FoundNumber &n : refs.numbers)
        numbers += sameInvoiceNumber(n.written, u"FV2025-000006")
            || sameInvoiceNumber(n.written, u"FV2025-000007");
    CHECK(numbers == 2);
}

TEST_CASE("A text full of numbers yields a bounded number of candidates", "[references]")
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("VS%1 FV%1 ").arg(1000000 + i);
    LineReferences refs;
    collectReferencesInText(text, ReferenceSource::Description, refs);
    CHECK(refs.symbols.size() == kMaxReferencesPerKind);
    CHECK(refs.numbers.size() == kMaxReferencesPerKind);
}
