// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>

namespace Saldo::Cli {

/// Exit codes of saldo-cli (../shared/docs/CLI.md): a contract with outside scripts.
enum ExitCode { Ok = 0, Refused = 1, BadUsage = 2 };

/// Runs one saldo-cli invocation. `arguments` includes the program name, as
/// QCoreApplication::arguments(). Output goes to `out`/`err` (stdout/stderr when null).
int run(const QStringList &arguments, QIODevice *out = nullptr, QIODevice *err = nullptr);

} // namespace Saldo::Cli
