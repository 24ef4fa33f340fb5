// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test binary, Catch2 2.x's implementation (the slowest file of the test
// build, so compiled once for all binaries; with Catch2 3 it is its library) and the helpers of
// catchqt.h. The Qt application object comes first (QtSql, timers and translations need it):
// makeApplication() is coreapp.cpp's or guiapp.cpp's, whichever the binary links.
#define CATCH_CONFIG_RUNNER
#include "catchqt.h"
#include "testapplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace SaldoTest {

QString sharedDir()
{
    static const QString dir = [] {
        const QByteArray fromEnv = qgetenv("SALDO_SHARED_DIR");
        const QString candidate = fromEnv.isEmpty() ? QStringLiteral(SALDO_SOURCE_DIR "/../shared")
                                                    : QString::fromLocal8Bit(fromEnv);
        return QDir(candidate).exists(QStringLiteral("tools/genbank.py"))
            ? QDir(candidate).canonicalPath()
            : QString();
    }();
    return dir;
}

QString dataDir()
{
    return QStringLiteral(SALDO_SOURCE_DIR "/tests/data");
}

QString tempDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir)
        dir = std::make_unique<QTemporaryDir>();
    return dir->path();
}

} // namespace SaldoTest

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = SaldoTest::makeApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
