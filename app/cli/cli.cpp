// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clicontext.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Saldo::Cli {

namespace {

QString defaultLedgerPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("ledger.saldo"));
}

QString defaultUser()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("user");
}

QList<Command> allCommands()
{
    return ledgerCommands() + statementCommands() + importCommands();
}

void printUsage(QTextStream &err)
{
    err << Translate::tr("usage: saldo-cli [--ledger PATH] [--user NAME] COMMAND ...") << '\n'
        << Translate::tr("commands:") << '\n';
    for (const Command &command : allCommands())
        err << QStringLiteral("  ") << command.usage << '\n';
    err.flush();
}

} // namespace

int run(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    QFile stdOut, stdErr;
    if (!out) {
        stdOut.open(stdout, QIODevice::WriteOnly);
        out = &stdOut;
    }
    if (!err) {
        stdErr.open(stderr, QIODevice::WriteOnly);
        err = &stdErr;
    }
    QTextStream errStream(err);
    Context context;
    context.out = out;
    context.err = &errStream;
    context.ledgerPath = qEnvironmentVariable("SALDO_LEDGER", defaultLedgerPath());
    context.user = defaultUser();

    // Global options come before the command words.
    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help")) {
            printUsage(errStream);
            return Ok;
        }
        if ((option == QLatin1String("--ledger") || option == QLatin1String("--user"))
            && !rest.isEmpty()) {
            (option == QLatin1String("--ledger") ? context.ledgerPath : context.user)
                = rest.takeFirst();
            continue;
        }
        errStream << Translate::tr("saldo-cli: unknown or incomplete option %1").arg(option)
                  << '\n';
        printUsage(errStream);
        return BadUsage;
    }

    // The longest command whose words start the rest wins ("import show" before "import").
    const Command *best = nullptr;
    const QList<Command> commands = allCommands();
    for (const Command &command : commands) {
        if (rest.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (!best) {
        if (!rest.isEmpty())
            errStream
                << Translate::tr("saldo-cli: unknown command %1").arg(rest.join(QLatin1Char(' ')))
                << '\n';
        printUsage(errStream);
        return BadUsage;
    }
    context.args = rest.mid(best->words.size());
    const int code = best->handler(context);
    errStream.flush();
    return code;
}

} // namespace Saldo::Cli
