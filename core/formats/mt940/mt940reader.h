// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

namespace Saldo {

class Mt940Reader : public StatementReader
{
public:
    StatementFormat format() const override;
    using StatementReader::read;
    ReadResult read(QIODevice &device, const ReadOptions &options,
                    StatementPartSink &sink) const override;
    /// Pieces start at a message's ":20:" line.
    qsizetype pieceStart(QByteArrayView bytes, qsizetype from) const override;
    bool readsInPieces() const override { return true; }
};

} // namespace Saldo
