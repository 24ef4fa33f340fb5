// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace SaldoTest {

/// The Qt application object a test binary runs under: a QCoreApplication for core and CLI
/// tests, a QApplication for widget tests (coreapp.cpp or guiapp.cpp).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

} // namespace SaldoTest
