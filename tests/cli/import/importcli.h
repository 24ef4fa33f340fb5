// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// saldo-cli run in-process (Saldo::Cli::run) against a ledger of its own.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ImportCli {

struct Output
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const; ///< stdout as a JSON object (empty when it is not one)
};

/// One ledger file in a fresh folder; run() adds --ledger and --user.
class CliLedger
{
public:
    CliLedger();
    Output run(const QStringList &arguments) const;
    const QString &dir() const { return m_dir; }

private:
    QString m_dir;
    QString m_ledger;
};

} // namespace ImportCli
