// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

namespace Saldo {

/// Bank CSV exports, read by profiles kept as data (see CsvProfiles): the profile given in
/// ReadOptions::csvProfile, or the one whose header the file has. A CSV file is one statement;
/// it has balances only where the profile finds them in the lines before the header.
class CsvReader : public StatementReader
{
public:
    StatementFormat format() const override;
    using StatementReader::read;
    ReadResult read(QIODevice &device, const ReadOptions &options,
                    StatementPartSink &sink) const override;

    /// The id of the profile whose header `head` (the start of a file) has; empty when none.
    static QString detectProfile(QByteArrayView head);
};

} // namespace Saldo
