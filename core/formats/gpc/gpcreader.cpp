// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcreader.h"
#include "util/tr.h"

namespace Saldo {

StatementFormat GpcReader::format() const
{
    return StatementFormat::Gpc;
}

ReadResult GpcReader::read(QIODevice &, const ReadOptions &options, const StatementSink &) const
{
    ReadResult result;
    result.format = format();
    result.error = ReadError { options.fileName, 0, -1, {}, Tr::tr("this format is not supported yet") };
    return result;
}

} // namespace Saldo
