// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QStringView>

namespace Saldo {

/// "SK" for a four-digit bank code of the Slovak clearing system (NBS list), "CZ" for one of
/// the Czech system (ČNB list), an empty view when the code is in neither. Both countries write
/// local account numbers the same way, so the bank code is what tells the IBAN's country.
QLatin1StringView countryOfCzSkBankCode(QStringView bankCode);
/// The same for a code in bytes (as a GPC record gives it).
QLatin1StringView countryOfCzSkBankCode(QLatin1StringView bankCode);

} // namespace Saldo
