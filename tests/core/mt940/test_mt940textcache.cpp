// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The MT940 reader's cache of short repeating texts: always the text asked for, shared when it
// repeats.
#include "catchqt.h"
#include "formats/mt940/mt940textcache.h"

#include <QRandomGenerator>

using namespace Saldo;

TEST_CASE("The text cache gives the text asked for, shared when it repeats", "[mt940]")
{
    Mt940TextCache cache;
    CHECK(cache.get(u"").isNull());
    const QString first = cache.get(u"Prijata platba SEPA");
    CHECK(first == QStringLiteral("Prijata platba SEPA"));
    const QString again = cache.get(QStringLiteral("Prijata platba SEPA"));
    CHECK(again == first);
    CHECK(again.constData() == first.constData()); // one string, not a copy

    // A text longer than the cache keeps is given all the same.
    const QString longText(Mt940TextCache::kMaxLength + 1, u'x');
    CHECK(cache.get(longText) == longText);

    // Many texts, some of them in the same slot: each comes back as it was asked for.
    QRandomGenerator random(7);
    QStringList texts;
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int size = 1 + int(random.bounded(Mt940TextCache::kMaxLength));
        for (int k = 0; k < size; ++k)
            text += QChar(char16_t(u'A' + random.bounded(4)));
        texts.append(text);
    }
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : std::as_const(texts)) {
            const QString got = cache.get(text);
            REQUIRE(got == text);
        }
    }
}
