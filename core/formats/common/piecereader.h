// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"

#include <QIODevice>

namespace Saldo {

/// How readInPieces() cuts a file. The defaults suit statement files of any size; tests make
/// the pieces small to cut the files they have into many.
struct PieceSettings
{
    /// A piece is cut at the first place the reader allows after this many bytes.
    qsizetype pieceBytes = 1 << 20;
    /// When no place is found within this many bytes (one huge statement), the rest of the
    /// file is read in one go, as a stream: memory stays bounded.
    qsizetype maxPieceBytes = 32 << 20;
    /// Smaller files are read in one go: threads would cost more than they save.
    qint64 minFileBytes = 4 << 20;
    /// Threads reading pieces; 0 = one per processor core.
    int threads = 0;
};

/// For StatementReader::pieceStart() of line formats: the first line start at or after `from`
/// in `bytes` (which start at a line start) whose line begins with `marker`; -1 when there is
/// none, or when the last line start is too close to the end to tell.
qsizetype lineStartingWith(QByteArrayView bytes, qsizetype from, QByteArrayView marker);

/// Reads `file` (a file or a buffer, open, at its start) with `reader`: a big file whose reader
/// can be read in pieces (StatementReader::pieceStart) is cut into pieces at statement
/// boundaries and the pieces are read on several threads; otherwise the file is read in one go.
/// Either way the sink gets the same statements in file order, on the calling thread, and the
/// result (errors with their lines, warnings, cancel) is the one reading the whole file in one go
/// gives. Memory stays at a few pieces' statements.
ReadResult readInPieces(QIODevice &file, const StatementReader &reader, const ReadOptions &options,
                        StatementPartSink &sink, const PieceSettings &settings = {});

} // namespace Saldo
