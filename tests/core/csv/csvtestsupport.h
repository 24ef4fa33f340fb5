// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

#include <QList>
#include <QString>

namespace CsvTest {

/// Everything a read gave: the statements handed to the sink and the result.
struct Outcome
{
    QList<Saldo::Statement> statements;
    Saldo::ReadResult result;

    /// The file's one statement (a CSV file has exactly one when it reads).
    const Saldo::Statement &statement() const;
    QString errorText() const { return result.error ? result.error->toString() : QString(); }
};

Outcome readFile(const QString &path, const QString &profile = {});
Outcome readBytes(const QByteArray &bytes, const QString &profile = {},
                  const QString &name = QStringLiteral("test.csv"));
/// A fixture of tests/data/csv.
Outcome readFixture(const QString &name, const QString &profile = {});
/// A file of the shared corpus (../shared/corpus/...).
Outcome readShared(const QString &relative, const QString &profile = {});

} // namespace CsvTest
