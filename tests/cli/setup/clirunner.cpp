// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "catchqt.h"
#include "cli.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CliTest {

QJsonDocument CliRun::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(out.toStdString());
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

CliRun runCliRaw(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun run;
    run.exitCode
        = Saldo::Cli::run(QStringList { QStringLiteral("saldo-cli") } + arguments, &out, &err);
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}

CliRun runCli(const QString &ledgerPath, const QStringList &arguments)
{
    return runCliRaw(QStringList { QStringLiteral("--ledger"), ledgerPath, QStringLiteral("--user"),
                                   QStringLiteral("tester") }
                     + arguments);
}

QString freshLedgerPath()
{
    static int counter = 0;
    return QDir(SaldoTest::tempDir()).filePath(QStringLiteral("cli-%1.saldo").arg(++counter));
}

QString initLedger()
{
    const QString path = freshLedgerPath();
    const CliRun init = runCli(path, { QStringLiteral("init") });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    return path;
}

QString writeFile(const QString &name, const QByteArray &content)
{
    const QString path = QDir(SaldoTest::tempDir()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
    return path;
}

LedgerFiles ledgerFiles(const QString &ledgerPath)
{
    LedgerFiles files;
    QFile main(ledgerPath);
    if (main.open(QIODevice::ReadOnly))
        files.main = main.readAll();
    files.wal = QFileInfo::exists(ledgerPath + QStringLiteral("-wal"));
    files.shm = QFileInfo::exists(ledgerPath + QStringLiteral("-shm"));
    return files;
}

} // namespace CliTest
