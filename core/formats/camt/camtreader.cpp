// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtreader.h"
#include "util/tr.h"

namespace Saldo {

StatementFormat CamtReader::format() const
{
    return StatementFormat::Camt053;
}

ReadResult CamtReader::read(QIODevice &, const ReadOptions &options, const StatementSink &) const
{
    ReadResult result;
    result.format = format();
    result.error = ReadError { options.fileName, 0, -1, {}, Tr::tr("this format is not supported yet") };
    return result;
}

} // namespace Saldo
