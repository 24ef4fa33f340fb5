// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/gpc/gpcreader.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>

using namespace Saldo;

// Not run by default: `GPC_BENCH=file test_gpc "[.bench]"` reads a file and prints records
// (file lines) and items per second, by the wall clock and by this process's CPU time.
TEST_CASE("GPC reading speed", "[.bench]")
{
    const QString path = qEnvironmentVariable("GPC_BENCH");
    if (path.isEmpty())
        return;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const qint64 records = file.readAll().count('\n');
    file.seek(0);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qsizetype items = 0;
    const ReadResult result = GpcReader().read(file, {}, [&](Statement &&s) {
        items += s.lines.size();
        return true;
    });
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    REQUIRE(result.ok());
    WARN(QStringLiteral("%1 records, %2 items: %3 s wall (%4 records/s), %5 s CPU (%6 records/s, "
                        "%7 items/s)")
             .arg(records)
             .arg(items)
             .arg(wall)
             .arg(qint64(double(records) / wall))
             .arg(cpu)
             .arg(qint64(double(records) / cpu))
             .arg(qint64(double(items) / cpu))
             .toStdString());
}
