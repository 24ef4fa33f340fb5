// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The application object of core and CLI test binaries: no GUI.
#include "testapplication.h"

std::unique_ptr<QCoreApplication> SaldoTest::makeApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}
