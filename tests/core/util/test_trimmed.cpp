// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// trimmedText() trims what QStringView::trimmed() trims, whatever stands at the ends;
// trimmedBy() trims exactly the units its predicate names.
#include "catchqt.h"

#include "util/trimmed.h"

#include <QString>

using namespace Saldo;

TEST_CASE("trimmedText trims as QStringView::trimmed does, any character at either end", "[util]")
{
    // Every BMP character at the start, at the end, at both ends and alone, around "a b".
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString unit = QString(QChar(char16_t(c)));
        for (const QString &text : { unit + QStringLiteral("a b"), QStringLiteral("a b") + unit,
                                     unit + QStringLiteral("a b") + unit, unit }) {
            const QStringView view(text);
            if (trimmedText(view) != view.trimmed()) {
                INFO(int(c));
                CHECK(trimmedText(view) == view.trimmed());
            }
        }
    }
    CHECK(trimmedText(QStringView()).isEmpty());
    CHECK(trimmedText(u"  \t ").isEmpty());
    // A view of the same characters, not a copy.
    const QString plain = QStringLiteral("VS123");
    CHECK(trimmedText(plain).data() == plain.data());
}

TEST_CASE("trimmedBy trims the units its predicate names, at both ends only", "[util]")
{
    const auto isStar = [](char16_t c) {
        return c == u'*';
    };
    CHECK(trimmedBy(u"**a*b**", isStar) == u"a*b");
    CHECK(trimmedBy(u"***", isStar).isEmpty());
    CHECK(trimmedBy(u"", isStar).isEmpty());
    CHECK(trimmedBy(u" a ", isStar) == u" a ");
}

TEST_CASE("trimmedBy trims bytes the predicate names, at both ends only", "[util]")
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t';
    };
    CHECK(trimmedBy(QByteArrayView(" \tAB 12\t "), isSpace) == QByteArrayView("AB 12"));
    CHECK(trimmedBy(QByteArrayView("  \t"), isSpace).isEmpty());
    CHECK(trimmedBy(QByteArrayView(), isSpace).isEmpty());
    CHECK(trimmedBy(QByteArrayView("\nA\n"), isSpace) == QByteArrayView("\nA\n"));
}
