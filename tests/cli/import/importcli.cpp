// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcli.h"

#include "catchqt.h"

#include "cli.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>

namespace ImportCli {

QJsonObject Output::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

CliLedger::CliLedger()
{
    static int serial = 0;
    m_dir = SaldoTest::tempDir() + QStringLiteral("/cli%1").arg(++serial);
    REQUIRE(QDir().mkpath(m_dir));
    m_ledger = m_dir + QStringLiteral("/ledger.saldo");
}

Output CliLedger::run(const QStringList &arguments) const
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Output result;
    result.code = Saldo::Cli::run(
        QStringList { QStringLiteral("saldo-cli"), QStringLiteral("--ledger"), m_ledger,
                      QStringLiteral("--user"), QStringLiteral("clitester") }
            + arguments,
        &out, &err);
    result.out = QString::fromUtf8(out.data());
    result.err = QString::fromUtf8(err.data());
    return result;
}

} // namespace ImportCli
