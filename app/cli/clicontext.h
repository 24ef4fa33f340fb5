// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Saldo::Cli {

/// What every command gets: the global options, its own arguments and the output streams.
struct Context
{
    QString ledgerPath; ///< --ledger, or the default ledger in the app-data folder
    QString user; ///< --user, or the OS login name
    QStringList args; ///< the command's own arguments (after the command words)
    QIODevice *out = nullptr; ///< stdout: JSON documents and tables
    QTextStream *err = nullptr; ///< stderr: messages

    /// Prints "saldo-cli: message" on stderr and returns `code`.
    int fail(const QString &message, int code = Refused) const;
    /// Writes text to stdout.
    void print(const QString &text) const;
};

using Handler = std::function<int(Context &)>;

/// A command: its words ("statement", "read"), a one-line usage for help, and the handler.
struct Command
{
    QStringList words;
    QString usage;
    Handler handler;
};

/// Each command file registers its commands here (statementcommands.cpp: statementCommands()).
QList<Command> statementCommands();
QList<Command> ledgerCommands();
/// `statement import` and `import ...` (importcommands.cpp).
QList<Command> importCommands();

/// A command's own options and positional arguments, parsed the same way for every command:
/// unknown options, missing values or a wrong number of positional arguments are bad usage
/// (exit 2, with the command's usage line on stderr).
class ArgParser
{
public:
    ArgParser(const Context &context, QString usage);
    /// An option that takes a value: "--account IBAN".
    void addValueOption(const QString &name, const QString &valueName);
    /// A flag: "--json".
    void addFlag(const QString &name);
    /// Parses; `minPositional`..`maxPositional` positional arguments (-1 = any number).
    /// Returns false after printing the error; then exitCode() is BadUsage.
    bool parse(int minPositional, int maxPositional);

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList positional() const;
    int exitCode() const { return BadUsage; }

private:
    const Context &m_context;
    QString m_usage;
    QStringList m_valueOptions;
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QSet<QString> m_set;
    QStringList m_positional;
};

/// Translation context of the CLI's user-visible strings.
struct Translate
{
    Q_DECLARE_TR_FUNCTIONS(SaldoCli)
};

} // namespace Saldo::Cli
