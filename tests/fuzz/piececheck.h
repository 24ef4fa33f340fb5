// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the fuzzers of readers that read big files in pieces: any input read in pieces (small
// ones, on two threads) must give exactly what reading it in one go gives.
#include "formats/common/piecereader.h"
#include "statementdescription.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzCheck {

inline QString readDescribed(const Saldo::StatementReader &reader, const QByteArray &bytes,
                             const Saldo::PieceSettings *pieces)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    SaldoTest::DescribingSink sink;
    Saldo::ReadOptions options;
    options.fileName = QStringLiteral("fuzz");
    const Saldo::ReadResult result = pieces
        ? Saldo::readInPieces(buffer, reader, options, sink, *pieces)
        : reader.read(buffer, options, sink);
    return sink.text + SaldoTest::describeResult(result);
}

/// Aborts (a finding) when the two reads differ. The input's last byte picks the pieces' size,
/// its first whether a statement may be too big for a piece (the rest is then streamed).
inline void checkPieces(const Saldo::StatementReader &reader, const uint8_t *data, size_t size)
{
    if (size == 0)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Saldo::PieceSettings settings;
    settings.pieceBytes = 1 + data[size - 1] % 256;
    settings.maxPieceBytes = data[0] % 2 ? 1024 : settings.maxPieceBytes;
    settings.minFileBytes = 0;
    settings.threads = 2;
    const QString whole = readDescribed(reader, bytes, nullptr);
    const QString cut = readDescribed(reader, bytes, &settings);
    if (whole == cut)
        return;
    std::fprintf(stderr, "read whole:\n%s\nread in pieces of %lld bytes:\n%s\n", qPrintable(whole),
                 static_cast<long long>(settings.pieceBytes), qPrintable(cut));
    std::abort();
}

} // namespace FuzzCheck
