// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940reader.h"
#include "util/tr.h"

namespace Saldo {

StatementFormat Mt940Reader::format() const
{
    return StatementFormat::Mt940;
}

ReadResult Mt940Reader::read(QIODevice &, const ReadOptions &options, const StatementSink &) const
{
    ReadResult result;
    result.format = format();
    result.error = ReadError { options.fileName, 0, -1, {}, Tr::tr("this format is not supported yet") };
    return result;
}

} // namespace Saldo
