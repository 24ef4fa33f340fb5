// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the ABO/GPC reader: any bytes must give statements or an error,
// never a crash, a hang or unbounded memory. Seeds: corpus/gpc/.
#include "formats/gpc/gpcreader.h"

#include "piececheck.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Translated messages go through QCoreApplication; one instance for the whole run.
    static int argc = 1;
    static char name[] = "fuzz_gpc";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);

    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Saldo::ReadOptions options;
    options.fileName = QStringLiteral("fuzz.gpc");
    qsizetype lines = 0;
    Saldo::GpcReader().read(buffer, options, [&lines](Saldo::Statement &&statement) {
        lines += statement.lines.size();
        (void)statement.balanceCheck();
        return true;
    });
    // Big files are read in pieces on several threads: the same input so read must give
    // the same.
    FuzzCheck::checkPieces(Saldo::GpcReader(), data, size);
    return 0;
}
