// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "pairing/namenormalizer.h"

using Saldo::foldTokens;
using Saldo::legalFormLength;
using Saldo::normalizeName;

TEST_CASE("Names equal up to case, diacritics, punctuation and the legal form", "[names]")
{
    const QString polana = normalizeName(u"Poľana Pekáreň s.r.o.");
    CHECK(polana == u"polana pekaren");
    CHECK(normalizeName(u"POLANA PEKAREN SRO") == polana);
    CHECK(normalizeName(u"Poľana Pekáreň s. r. o.") == polana);
    CHECK(normalizeName(u"POĽANA PEKÁREŇ S.R.O.") == polana);
    CHECK(normalizeName(u"Poľana Pekáreň") == polana);
    CHECK(normalizeName(u"Poľana Pekáreň spol. s r.o.") == polana);
    CHECK(normalizeName(u"Poľana Pekáreň spol.s r.o.") == polana);

    CHECK(normalizeName(u"Spiš Logistik a.s.") == u"spis logistik");
    CHECK(normalizeName(u"SPIS LOGISTIK AS") == u"spis logistik");
    CHECK(normalizeName(u"Orava Drevo k.s.") == normalizeName(u"orava drevo ks"));
    CHECK(normalizeName(u"Brno Pila v.o.s.") == normalizeName(u"BRNO PILA v. o. s."));
}

TEST_CASE("Nordic letters fold to plain Latin, Cyrillic stays Cyrillic", "[names]")
{
    CHECK(normalizeName(u"Førde Energi ASA") == u"forde energi");
    CHECK(normalizeName(u"Forde Energi asa") == u"forde energi");
    CHECK(normalizeName(u"Sæther Bygg AS") == u"saether bygg");
    CHECK(normalizeName(u"Ålesund Fisk AS") == u"alesund fisk");
    CHECK(normalizeName(u"Straße GmbH") == u"strasse");

    const QString trakia = normalizeName(u"„Тракия Строй“ ЕООД");
    CHECK(trakia == normalizeName(u"ТРАКИЯ СТРОЙ EOOD"));
    CHECK(trakia == normalizeName(u"Тракия Строй еоод"));
    CHECK(normalizeName(u"Родопа Агро АД") == normalizeName(u"РОДОПА АГРО AD"));
}

TEST_CASE("Whole names only: a longer name is another firm", "[names]")
{
    CHECK(normalizeName(u"Tatra Stav s.r.o.") == u"tatra stav");
    CHECK(normalizeName(u"Tatra Stav Invest s.r.o.") == u"tatra stav invest");
    CHECK(normalizeName(u"Tatra Stav s.r.o.") != normalizeName(u"Tatra Stav Invest s.r.o."));
    CHECK(normalizeName(u"Dom & Záhrada a.s.") == u"dom zahrada");
}

TEST_CASE("A name that is only a legal form keeps a word, an empty one stays empty", "[names]")
{
    CHECK(normalizeName(u"AS") == u"as");
    CHECK(normalizeName(u"s.r.o.") == u"s r o");
    CHECK(normalizeName(u"") == QString());
    CHECK(normalizeName(u"  ., ") == QString());
}

TEST_CASE("Folded words remember where punctuation ends a name", "[names]")
{
    const auto tokens = foldTokens(u"Platba: Tatra Stav, Bratislava s.r.o.");
    REQUIRE(tokens.size() == 7);
    CHECK(tokens[0].text == u"platba");
    CHECK(tokens[0].breakAfter);
    CHECK(tokens[1].text == u"tatra");
    CHECK_FALSE(tokens[1].breakAfter);
    CHECK(tokens[2].text == u"stav");
    CHECK(tokens[2].breakAfter);
    CHECK(tokens.last().breakAfter); // the end of the text
    CHECK(legalFormLength(tokens, 4) == 3); // "s r o"
    CHECK(legalFormLength(tokens, 1) == 0);
}
