// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

namespace Saldo {

/// Reads ISO 20022 bank-to-customer messages: camt.053 statements, camt.052 account reports
/// and camt.054 debit/credit notifications, versions .001.01 to .001.08 and later (elements are
/// matched by local name, so the namespace's version does not matter; a namespace that is not
/// camt's is refused). Streams: each <Stmt>/<Rpt>/<Ntfctn> goes to the sink when its end tag
/// is read. The ReadResult's format says which of the three the file was.
class CamtReader : public StatementReader
{
public:
    /// `format` is what format() reports before reading (Camt053, Camt052 or Camt054); any of
    /// the three is read whatever it is.
    explicit CamtReader(StatementFormat format = StatementFormat::Camt053)
        : m_format(format)
    { }

    StatementFormat format() const override { return m_format; }
    using StatementReader::read;
    ReadResult read(QIODevice &device, const ReadOptions &options,
                    StatementPartSink &sink) const override;
    /// Pieces start at a <Stmt>, <Rpt> or <Ntfctn> start tag; a piece is read as the message's
    /// start (from the state) + the piece + end tags closing the message.
    qsizetype pieceStart(QByteArrayView bytes, qsizetype from) const override;
    bool readsInPieces() const override { return true; }

private:
    ReadResult readPiece(QIODevice &device, const ReadOptions &options,
                         StatementPartSink &sink) const;

    StatementFormat m_format;
};

} // namespace Saldo
