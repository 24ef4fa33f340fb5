// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every test binary: the Qt application object first (QtSql, timers and translations
// need it), then Catch. GUI test binaries define SALDO_TEST_GUI and get a QApplication on the
// offscreen platform unless a display was chosen on purpose.
#define CATCH_CONFIG_RUNNER
#include "catchqt.h"

#include <QDir>
#include <QTemporaryDir>

#ifdef SALDO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

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
#ifdef SALDO_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
