// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatdetection.h"

namespace Saldo {

StatementFormat detectFormat(QByteArrayView head, StatementFormat preferred)
{
    // Placeholder until the readers issue: the preferred format or nothing.
    Q_UNUSED(head);
    return preferred;
}

} // namespace Saldo
