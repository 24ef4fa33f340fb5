// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The application object of widget test binaries: a QApplication on the offscreen platform
// unless a display was chosen on purpose (QT_QPA_PLATFORM set).
#include "testapplication.h"

#include <QApplication>

std::unique_ptr<QCoreApplication> SaldoTest::makeApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}
