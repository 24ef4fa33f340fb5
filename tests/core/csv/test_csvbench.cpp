// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/csv/csvreader.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>

using namespace Saldo;

// Not run by default: `CSV_BENCH=file test_csv "[.bench]"` reads a file and prints rows per
// second, by the wall clock and by this process's CPU time.
TEST_CASE("CSV reading speed", "[.bench]")
{
    const QString path = qEnvironmentVariable("CSV_BENCH");
    if (path.isEmpty())
        return;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qsizetype rows = 0;
    const ReadResult result = CsvReader().read(file, {}, [&](Statement &&s) {
        rows += s.lines.size();
        return true;
    });
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    REQUIRE(result.ok());
    WARN(QStringLiteral("%1 rows: %2 s wall (%3 rows/s), %4 s CPU (%5 rows/s)")
             .arg(rows)
             .arg(wall)
             .arg(qint64(double(rows) / wall))
             .arg(cpu)
             .arg(qint64(double(rows) / cpu))
             .toStdString());
}
