// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LastIsoDate answers what isoDateChars() answers, whichever dates come after which: the same
// again, another, an invalid one, one outside the four-digit years.
#include "catchqt.h"

#include "util/isodate.h"

using namespace Saldo;

TEST_CASE("LastIsoDate gives isoDateChars() of every date in a sequence", "[util]")
{
    const QDate dates[] = { QDate(2026, 1, 5),
                            QDate(2026, 1, 5),
                            QDate(2026, 1, 6),
                            QDate(),
                            QDate(),
                            QDate(2026, 1, 6),
                            QDate(10000, 1, 1),
                            QDate(1, 1, 1),
                            QDate(2026, 12, 31) };
    LastIsoDate last;
    for (const QDate &date : dates) {
        INFO(date.toString(Qt::ISODate).toStdString());
        CHECK(last.of(date) == isoDateChars(date));
    }
    CHECK(last.of(QDate(2026, 12, 31)).has_value());
    CHECK_FALSE(last.of(QDate()).has_value());
}
