// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Saldo {

/// Translation context for user-visible strings of the core, which has no QObjects:
/// `Tr::tr("...")` (Qt Creator's pattern). The strings land in translations/ under "Saldo".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Saldo)
};

} // namespace Saldo
