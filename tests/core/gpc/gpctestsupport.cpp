// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpctestsupport.h"

#include "catchqt.h"
#include "formats/gpc/gpcreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace Saldo;

namespace GpcTest {

QList<StatementLine> Outcome::lines() const
{
    QList<StatementLine> all;
    for (const Statement &statement : statements)
        all += statement.lines;
    return all;
}

namespace {

Outcome readDevice(QIODevice &device, const QString &name)
{
    Outcome outcome;
    ReadOptions options;
    options.fileName = name;
    outcome.result = GpcReader().read(device, options, [&](Statement &&statement) {
        outcome.statements.append(std::move(statement));
        return true;
    });
    return outcome;
}

} // namespace

Outcome readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readDevice(file, QFileInfo(path).fileName());
}

Outcome readBytes(const QByteArray &bytes, const QString &name)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, name);
}

Outcome readCorpus(const QString &relative)
{
    return readFile(SaldoTest::sharedDir() + QStringLiteral("/corpus/gpc/") + relative);
}

Outcome readFixture(const QString &name)
{
    return readFile(SaldoTest::dataDir() + QStringLiteral("/gpc/") + name);
}

} // namespace GpcTest
