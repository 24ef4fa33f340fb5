// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the bank CSV reader: any bytes must give a statement or an error,
// never a crash, a hang or unbounded memory. The first byte picks the profile (0: detect from
// the header, else one of the built-in ones), the rest is the file. Seeds: corpus/csv/.
#include "formats/csv/csvprofiles.h"
#include "formats/csv/csvreader.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Translated messages go through QCoreApplication; one instance for the whole run.
    static int argc = 1;
    static char name[] = "fuzz_csv";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    if (size == 0)
        return 0;

    const QList<Saldo::CsvProfile> &profiles = Saldo::CsvProfiles::instance().all();
    Saldo::ReadOptions options;
    options.fileName = QStringLiteral("fuzz.csv");
    if (data[0] != 0 && !profiles.isEmpty())
        options.csvProfile = profiles[qsizetype(data[0]) % profiles.size()].id;
    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    qsizetype lines = 0;
    Saldo::CsvReader().read(buffer, options, [&lines](Saldo::Statement &&statement) {
        lines += statement.lines.size();
        (void)statement.balanceCheck();
        return true;
    });
    return 0;
}
