// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementpeek.h"

#include "formats/common/statementreader.h"

namespace Saldo {

StatementPeek StatementPeek::of(const QString &path)
{
    StatementPeek peek;
    peek.path = path;
    bool seen = false;
    const ReadResult result
        = readStatementFile(path, StatementFormat::Auto, [&](Statement &&statement) {
              peek.account = statement.accountIban;
              peek.accountNumber = statement.accountNumber;
              peek.lines = int(statement.lines.size());
              seen = true;
              return false; // the first statement is all the page needs
          });
    peek.format = result.format;
    if (!seen && result.error)
        peek.error = result.error->toString();
    return peek;
}

} // namespace Saldo
