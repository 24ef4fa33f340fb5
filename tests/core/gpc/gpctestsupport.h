// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

#include <QList>
#include <QString>

namespace GpcTest {

/// Everything a read gave: the statements handed to the sink and the result.
struct Outcome
{
    QList<Saldo::Statement> statements;
    Saldo::ReadResult result;

    QList<Saldo::StatementLine> lines() const;
    QString errorText() const { return result.error ? result.error->toString() : QString(); }
};

Outcome readFile(const QString &path);
Outcome readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("test.gpc"));
/// A file of the shared corpus (../shared/corpus/gpc/...).
Outcome readCorpus(const QString &relative);
/// A fixture of tests/data/gpc.
Outcome readFixture(const QString &name);

} // namespace GpcTest
