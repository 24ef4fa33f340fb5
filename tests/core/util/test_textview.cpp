// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// equalsText() and startsWithText() answer as QStringView's == and startsWith() do.
#include "catchqt.h"

#include "util/textview.h"

#include <QString>

using namespace Saldo;

TEST_CASE("equalsText and startsWithText compare with a literal as QStringView does", "[util]")
{
    const QString texts[] = { QString(),
                              QStringLiteral("E"),
                              QStringLiteral("ERE"),
                              QStringLiteral("EREF"),
                              QStringLiteral("EREF+"),
                              QStringLiteral("eref"),
                              QStringLiteral("XREF"),
                              QStringLiteral("EREX"),
                              QStringLiteral("ÉREF") };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        const QStringView view(text);
        CHECK(equalsText(view, u"EREF") == (view == u"EREF"));
        CHECK(startsWithText(view, u"EREF") == view.startsWith(u"EREF"));
        CHECK(equalsText(view, u"") == view.isEmpty());
        CHECK(startsWithText(view, u""));
    }
}

TEST_CASE("equalsText and startsWithText compare bytes with a literal as QByteArrayView does",
          "[util]")
{
    const QByteArray texts[]
        = { QByteArray(), "N", "NONRE", "NONREF", "NONREF//1", "nonref", "XONREF" };
    for (const QByteArray &text : texts) {
        INFO(text.toStdString());
        const QByteArrayView view(text);
        CHECK(equalsText(view, "NONREF") == (view == QByteArrayView("NONREF")));
        CHECK(startsWithText(view, "NONREF") == view.startsWith("NONREF"));
    }
}
