// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

namespace Saldo {

class CsvReader : public StatementReader
{
public:
    StatementFormat format() const override;
    ReadResult read(QIODevice &device, const ReadOptions &options,
                    const StatementSink &sink) const override;
};

} // namespace Saldo
