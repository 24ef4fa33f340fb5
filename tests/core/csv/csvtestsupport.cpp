// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtestsupport.h"

#include "catchqt.h"
#include "formats/csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace Saldo;

namespace CsvTest {

const Statement &Outcome::statement() const
{
    REQUIRE(statements.size() == 1);
    return statements.first();
}

namespace {

Outcome readDevice(QIODevice &device, const QString &name, const QString &profile)
{
    Outcome outcome;
    ReadOptions options;
    options.fileName = name;
    options.csvProfile = profile;
    outcome.result = CsvReader().read(device, options, [&](Statement &&statement) {
        outcome.statements.append(std::move(statement));
        return true;
    });
    return outcome;
}

} // namespace

Outcome readFile(const QString &path, const QString &profile)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readDevice(file, QFileInfo(path).fileName(), profile);
}

Outcome readBytes(const QByteArray &bytes, const QString &profile, const QString &name)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, name, profile);
}

Outcome readFixture(const QString &name, const QString &profile)
{
    return readFile(SaldoTest::dataDir() + QStringLiteral("/csv/") + name, profile);
}

Outcome readShared(const QString &relative, const QString &profile)
{
    return readFile(SaldoTest::sharedDir() + QStringLiteral("/corpus/") + relative, profile);
}

} // namespace CsvTest
