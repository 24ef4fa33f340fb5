// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementformat.h"
#include "money/iban.h"

#include <QString>

namespace Saldo {

/// What a statement file says about itself before it is imported: its format and the account
/// of its first statement, so the import page can name the file and choose the account.
struct StatementPeek
{
    QString path;
    StatementFormat format = StatementFormat::Auto;
    Iban account; ///< invalid when the file names its account otherwise (accountNumber)
    QString accountNumber;
    int lines = 0; ///< lines of the first statement
    QString error; ///< why the file could not be read; empty when it could

    /// Reads `path` up to the end of its first statement. Blocking: call it on a worker.
    static StatementPeek of(const QString &path);
};

} // namespace Saldo
