// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/mt940/mt940reader.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>

using namespace Saldo;

// Not run by default: `MT940_BENCH=file test_mt940 "[.bench]"` reads a file and prints
// statement lines per second (wall clock and CPU time of this thread).
TEST_CASE("MT940 reading speed", "[.bench]")
{
    const QString path = qEnvironmentVariable("MT940_BENCH");
    if (path.isEmpty())
        return;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qsizetype lines = 0;
    ReadOptions options;
    options.fileName = path;
    const ReadResult result = Mt940Reader().read(file, options, [&](Statement &&s) {
        lines += s.lines.size();
        return true;
    });
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const qint64 ms = timer.elapsed();
    REQUIRE(result.ok());
    WARN(QStringLiteral("%1 statement lines: %2 ms wall (%3 lines/s), %4 s CPU (%5 lines/s)")
             .arg(lines)
             .arg(ms)
             .arg(ms > 0 ? lines * 1000 / ms : 0)
             .arg(cpu)
             .arg(cpu > 0 ? qint64(double(lines) / cpu) : 0)
             .toStdString());
}
