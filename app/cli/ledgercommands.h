// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"
#include "ledger/ledger.h"

#include <memory>

namespace Saldo::Cli {

/// The commands of accountcommands.cpp and invoicecommands.cpp; ledgerCommands() lists them
/// after `init`.
QList<Command> accountCommands();
QList<Command> invoiceCommands();

/// Opens the ledger of --ledger for a command (the file must exist unless `mode` creates it)
/// and sets --user as the ledger's user. On failure prints why and returns null; the exit code
/// is then Refused.
std::unique_ptr<Ledger> openLedger(Context &context,
                                   Ledger::OpenMode mode = Ledger::OpenMode::Existing);

/// Context::fail() for a message of several lines: each line gets the "saldo-cli: " prefix.
int failLines(const Context &context, const QString &message, int code = Refused);

} // namespace Saldo::Cli
