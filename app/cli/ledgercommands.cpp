// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgercommands.h"

#include <QFileInfo>

namespace Saldo::Cli {

namespace {

int init(Context &context)
{
    ArgParser args(context, QStringLiteral("init"));
    if (!args.parse(0, 0))
        return args.exitCode();
    // An empty file (touched, or left by a tool) holds no ledger yet: init creates one in it.
    const QFileInfo before(context.ledgerPath);
    const bool existed = before.exists() && before.size() > 0;
    const std::unique_ptr<Ledger> ledger = openLedger(context, Ledger::OpenMode::CreateOrUpgrade);
    if (!ledger)
        return Refused;
    if (!existed)
        context.print(Translate::tr("Created the ledger %1 (schema version %2)\n")
                          .arg(ledger->path())
                          .arg(ledger->schemaVersion()));
    else if (!ledger->backupPath().isEmpty())
        context.print(Translate::tr("Upgraded the ledger %1 to schema version %2; the previous "
                                    "version is kept in %3\n")
                          .arg(ledger->path())
                          .arg(ledger->schemaVersion())
                          .arg(ledger->backupPath()));
    else
        context.print(Translate::tr("The ledger %1 is up to date (schema version %2)\n")
                          .arg(ledger->path())
                          .arg(ledger->schemaVersion()));
    return Ok;
}

} // namespace

std::unique_ptr<Ledger> openLedger(Context &context, Ledger::OpenMode mode)
{
    if (mode == Ledger::OpenMode::Existing && !QFileInfo::exists(context.ledgerPath)) {
        context.fail(Translate::tr("no ledger at %1; create it with: saldo-cli --ledger %1 init")
                         .arg(context.ledgerPath));
        return nullptr;
    }
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(context.ledgerPath, mode);
    if (!opened) {
        failLines(context, opened.error());
        return nullptr;
    }
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    ledger->setUser(context.user);
    return ledger;
}

int failLines(const Context &context, const QString &message, int code)
{
    for (const QString &line : message.split(QLatin1Char('\n')))
        context.fail(line, code);
    return code;
}

QList<Command> ledgerCommands()
{
    QList<Command> commands {
        { { QStringLiteral("init") }, QStringLiteral("init"), init },
    };
    return commands + accountCommands() + invoiceCommands();
}

} // namespace Saldo::Cli
