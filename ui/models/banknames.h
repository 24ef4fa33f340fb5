// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/iban.h"

#include <QString>

namespace Saldo {

/// The short name of the bank that keeps an account, read from the IBAN's bank code, for the
/// banks of Saldo's markets that bookkeepers meet most; an empty string when unknown. A display
/// aid only: nothing is decided by it.
QString bankName(const Iban &iban);

/// The national bank code inside the IBAN ("1100" for SK17 1100 …), or empty when the country's
/// layout is not known.
QString bankCode(const Iban &iban);

} // namespace Saldo
