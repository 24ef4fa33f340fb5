// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "util/tr.h"

namespace Saldo {

StatementFormat CsvReader::format() const
{
    return StatementFormat::Csv;
}

ReadResult CsvReader::read(QIODevice &, const ReadOptions &options, const StatementSink &) const
{
    ReadResult result;
    result.format = format();
    result.error = ReadError { options.fileName, 0, -1, {}, Tr::tr("this format is not supported yet") };
    return result;
}

} // namespace Saldo
