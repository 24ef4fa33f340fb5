// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

#include <QList>
#include <QString>

namespace OfxTest {

/// Everything a read gave: the statements handed to the sink and the result.
struct Outcome
{
    QList<Saldo::Statement> statements;
    Saldo::ReadResult result;

    QString errorText() const { return result.error ? result.error->toString() : QString(); }
};

Outcome readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("test.ofx"));
Outcome readFile(const QString &path);
/// A fixture of tests/data/ofx.
Outcome readFixture(const QString &name);
/// A file of the shared corpus (../shared/corpus/ofx/...).
Outcome readCorpus(const QString &relative);

} // namespace OfxTest
