// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/camt/camtreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace SaldoTest {

/// Everything one read of a camt file gave.
struct CamtRead
{
    Saldo::ReadResult result;
    QList<Saldo::Statement> statements;

    /// The lines of all statements in file order.
    QList<Saldo::StatementLine> lines() const
    {
        QList<Saldo::StatementLine> all;
        for (const Saldo::Statement &statement : statements)
            all += statement.lines;
        return all;
    }
    QString errorText() const { return result.error ? result.error->toString() : QString(); }
};

inline CamtRead readCamt(QIODevice &device, const QString &name)
{
    CamtRead read;
    Saldo::ReadOptions options;
    options.fileName = name;
    read.result = Saldo::CamtReader().read(device, options, [&](Saldo::Statement &&statement) {
        read.statements.append(std::move(statement));
        return true;
    });
    return read;
}

inline CamtRead readCamtFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CamtRead failed;
        failed.result.error = Saldo::ReadError { path, 0, -1, {}, file.errorString() };
        return failed;
    }
    return readCamt(file, QFileInfo(path).fileName());
}

inline CamtRead readCamtText(const QByteArray &xml, const QString &name = QStringLiteral("t.xml"))
{
    QByteArray copy = xml;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCamt(buffer, name);
}

} // namespace SaldoTest
