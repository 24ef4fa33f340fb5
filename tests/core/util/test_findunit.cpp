// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// findUnit finds what a plain loop finds, wherever the unit stands: in the eight-unit blocks,
// in the tail after them, not at all, or only before `from`.
#include "catchqt.h"

#include "util/findunit.h"

#include <QString>

using namespace Saldo;

namespace {

qsizetype plainFind(const QString &text, qsizetype from, char16_t unit)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i].unicode() == unit)
            return i;
    }
    return text.size();
}

} // namespace

TEST_CASE("findUnit finds the first unit from a position, as a plain loop does", "[util]")
{
    for (qsizetype size = 0; size <= 40; ++size) {
        for (qsizetype at = 0; at <= size; ++at) {
            // `at` == size: no '?' at all.
            QString text(size, QLatin1Char('a'));
            if (at < size)
                text[at] = QLatin1Char('?');
            // A unit whose bytes are both '?' must not be taken for it.
            if (size > 0 && (at + 3) % size != at)
                text[(at + 3) % size] = QChar(char16_t(0x3F3F));
            for (qsizetype from = 0; from <= size + 1; ++from) {
                INFO("size " << size << " at " << at << " from " << from);
                CHECK(findUnit(QStringView(text).utf16(), from, text.size(), u'?')
                      == plainFind(text, from, u'?'));
            }
        }
    }
}
