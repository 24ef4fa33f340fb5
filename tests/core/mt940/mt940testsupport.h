// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mt940Test {

/// Everything a read gave: the statements handed to the sink and the result.
struct Outcome
{
    QList<Saldo::Statement> statements;
    Saldo::ReadResult result;

    /// All lines of all statements, in file order.
    QList<Saldo::StatementLine> lines() const;
    QString errorText() const;
};

Outcome readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("test.sta"));
Outcome readFile(const QString &path);

/// One statement as text, for failure messages and the dump test.
QString describe(const Saldo::Statement &statement);

} // namespace Mt940Test
