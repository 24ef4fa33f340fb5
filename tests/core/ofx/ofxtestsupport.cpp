// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ofxtestsupport.h"

#include "catchqt.h"
#include "formats/ofx/ofxreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace OfxTest {

namespace {

Outcome readDevice(QIODevice &device, const QString &name)
{
    Outcome outcome;
    Saldo::ReadOptions options;
    options.fileName = name;
    outcome.result = Saldo::OfxReader().read(device, options, [&](Saldo::Statement &&statement) {
        outcome.statements.append(std::move(statement));
        return true;
    });
    return outcome;
}

} // namespace

Outcome readBytes(const QByteArray &bytes, const QString &name)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, name);
}

Outcome readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readDevice(file, QFileInfo(path).fileName());
}

Outcome readFixture(const QString &name)
{
    return readFile(SaldoTest::dataDir() + QStringLiteral("/ofx/") + name);
}

Outcome readCorpus(const QString &relative)
{
    return readFile(SaldoTest::sharedDir() + QStringLiteral("/corpus/ofx/") + relative);
}

} // namespace OfxTest
