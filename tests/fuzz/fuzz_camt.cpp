// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the camt.052/053/054 reader: any bytes must give statements or a
// ReadError, never a crash, a hang or unbounded memory.
#include "formats/camt/camtreader.h"

#include "piececheck.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Saldo::ReadOptions options;
    options.fileName = QStringLiteral("fuzz.xml");
    qsizetype lines = 0;
    const Saldo::ReadResult result
        = Saldo::CamtReader().read(buffer, options, [&](Saldo::Statement &&statement) {
              lines += statement.lines.size();
              statement.balanceCheck();
              return true;
          });
    if (result.error)
        (void)result.error->toString();
    // Big files are read in pieces on several threads: the same input so read must give
    // the same.
    FuzzCheck::checkPieces(Saldo::CamtReader(), data, size);
    return 0;
}
