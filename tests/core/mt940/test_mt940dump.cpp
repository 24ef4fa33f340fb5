// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "mt940testsupport.h"

#include <QTextStream>

// Not a test: `MT940_DUMP=file test_mt940 "[.dump]"` prints what the reader makes of a file.
TEST_CASE("dump an MT940 file", "[.dump]")
{
    const QString path = qEnvironmentVariable("MT940_DUMP");
    if (path.isEmpty())
        return;
    const Mt940Test::Outcome outcome = Mt940Test::readFile(path);
    QTextStream out(stdout);
    for (const Saldo::Statement &s : outcome.statements)
        out << Mt940Test::describe(s);
    for (const QString &w : outcome.result.warnings)
        out << "warning: " << w << '\n';
    out << "error: " << outcome.errorText() << '\n';
}
