// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledgerbackup.h"

#include "util/tr.h"

#include <QFile>

namespace Saldo {

QString LedgerBackup::backupName(const QString &ledgerPath, int schemaVersion,
                                 const QDateTime &when)
{
    return QStringLiteral("%1.bak-v%2-%3")
        .arg(ledgerPath)
        .arg(schemaVersion)
        .arg(when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
}

Result<QString> LedgerBackup::write(const QString &ledgerPath, int schemaVersion,
                                    const QDateTime &when)
{
    const QString base = backupName(ledgerPath, schemaVersion, when);
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1-%2").arg(base).arg(n);
    QFile source(ledgerPath);
    if (!source.copy(target))
        return Error { Tr::tr("cannot back up the ledger %1 to %2: %3")
                           .arg(ledgerPath, target, source.errorString()) };
    return target;
}

} // namespace Saldo
