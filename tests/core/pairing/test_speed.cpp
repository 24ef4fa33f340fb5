// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Index build and pairing time on a large genbank set. Hidden from the default run (a shared
// machine makes wall-clock limits flaky, and the set is large): make one with
//   genbank.py --invoices 1000000 --lines 200000 --formats csv --out DIR
// and run `SALDO_PAIRING_BENCH_DIR=DIR test_pairing "[.bench]"` (a Release build).
#include "catchqt.h"

#include "samplereader.h"
#include "truthscore.h"

#include "pairing/pairlines.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QThreadPool>

#include <iostream>

using namespace Saldo;
using namespace PairingTest;

namespace {

// Resident memory of this process in MiB, now ("VmRSS:") or at its peak ("VmHWM:"); Linux
// /proc only, 0 elsewhere.
qint64 memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return 0;
}

qint64 peakMemoryMiB()
{
    return memoryMiB("VmHWM:");
}

} // namespace

TEST_CASE("Speed: index and pair a large genbank set", "[.bench]")
{
    const QString dir = qEnvironmentVariable("SALDO_PAIRING_BENCH_DIR");
    if (dir.isEmpty()) {
        WARN("set SALDO_PAIRING_BENCH_DIR to a genbank.py folder");
        return;
    }
    QElapsedTimer timer;
    timer.start();
    Sample sample = readSample(dir);
    REQUIRE(sample.error.isEmpty());
    const qint64 readMs = timer.restart();
    const qint64 memoryAfterRead = peakMemoryMiB();
    const qint64 residentBeforeIndex = memoryMiB("VmRSS:");

    const PairingIndex index(sample.accounts, sample.counterparties, sample.invoices);
    const qint64 indexMs = timer.restart();
    const qint64 memoryAfterIndex = peakMemoryMiB();
    const qint64 indexMiB = memoryMiB("VmRSS:") - residentBeforeIndex;

    const Iban account = sample.accounts.value(0).iban;
    // SALDO_PAIRING_BENCH_OPTIONS=sum-with-reference,sum,amount turns on the settings that apply
    // sums and amounts without references, to measure how often they would pair wrongly.
    PairingOptions options;
    const QString optionNames = qEnvironmentVariable("SALDO_PAIRING_BENCH_OPTIONS");
    options.applySumWithReference = optionNames.contains(u"sum-with-reference");
    options.applySumWithoutReference = optionNames.split(u',').contains(u"sum");
    options.applyAmountWithoutReference = optionNames.contains(u"amount");
    const QList<LinePairing> pairings = pairLines(sample.lines, index, options, account);
    const qint64 pairMs = timer.restart();
    const qint64 memoryAfterPairing = peakMemoryMiB();
    // Again, now that the memory for the results has been touched once (the first run pays
    // the page faults: on this VM they are a large part of it).
    const QList<LinePairing> again = pairLines(sample.lines, index, options, account);
    const qint64 againMs = timer.restart();

    // A plain loop on this thread: the cost of the per-line work alone. Repeated when
    // SALDO_PAIRING_BENCH_REPEAT is set, to give a profiler something to look at.
    const int repeat = std::max(1, qEnvironmentVariableIntValue("SALDO_PAIRING_BENCH_REPEAT"));
    const QList<QJsonObject> truth = readJsonLines(dir + QStringLiteral("/truth.jsonl"));
    QList<LinePairing> single;
    QMap<QString, QPair<qint64, int>> perScenario; // nanoseconds, lines
    QElapsedTimer lineTimer;
    timer.restart();
    for (int r = 0; r < repeat; ++r) {
        single.clear();
        single.reserve(sample.lines.size());
        for (qsizetype i = 0; i < sample.lines.size(); ++i) {
            lineTimer.start();
            single.append(pairLine(sample.lines[i], index, options, account));
            auto &s = perScenario[truth.value(i).value(u"scenario").toString()];
            s.first += lineTimer.nsecsElapsed();
            ++s.second;
        }
    }
    const qint64 singleMs = timer.elapsed() / repeat;
    const int threads = QThreadPool::globalInstance()->maxThreadCount();

    const TruthScore score = scoreAgainstTruth(truth, pairings);
    std::cout << sample.invoices.size() << " invoices, " << sample.counterparties.size()
              << " counterparties, " << sample.lines.size() << " lines\n"
              << "reading the CSV files (test input, not the engine): " << readMs << " ms\n"
              << "index build: " << indexMs << " ms (" << index.openInvoiceCount()
              << " open invoices, " << indexMiB << " MiB resident)\n"
              << "pairLines on " << threads << " threads: " << pairMs << " ms, second run "
              << againMs << " ms; pairLine in a loop on one thread: " << singleMs << " ms\n"
              << "peak memory: after reading " << memoryAfterRead << " MiB, after the index "
              << memoryAfterIndex << " MiB, after pairing " << memoryAfterPairing << " MiB\n"
              << score.table().toStdString() << "microseconds per line, one thread:";
    for (auto it = perScenario.cbegin(); it != perScenario.cend(); ++it)
        std::cout << ' ' << it.key().toStdString() << ' '
                  << it.value().first / 1000.0 / it.value().second;
    std::cout << '\n';
    for (const QString &failure : score.failures)
        std::cout << "  " << failure.toStdString() << '\n';
    CHECK(single.size() == pairings.size());
    CHECK(again.size() == pairings.size());
    CHECK(score.wronglyPaired == 0);
}
