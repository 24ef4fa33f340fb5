// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Saldo"));
    QCoreApplication::setApplicationName(QStringLiteral("Saldo"));
    return Saldo::Cli::run(QCoreApplication::arguments());
}
