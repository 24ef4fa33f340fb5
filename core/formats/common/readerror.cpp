// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementreader.h"
#include "util/tr.h"

namespace Saldo {

QString ReadError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    else if (offset >= 0)
        where += Tr::tr(" at byte %1").arg(offset);
    if (field.isEmpty())
        return Tr::tr("%1: %2").arg(where, message);
    return Tr::tr("%1: %2: %3").arg(where, field, message);
}

} // namespace Saldo
