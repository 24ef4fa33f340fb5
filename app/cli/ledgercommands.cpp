// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

namespace Saldo::Cli {

QList<Command> ledgerCommands()
{
    return {};
}

} // namespace Saldo::Cli
