// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

namespace Saldo {

BalanceCheck Statement::balanceCheck() const
{
    if (!openingBalance || !closingBalance)
        return BalanceCheck::Unknown;
    std::optional<Money> sum = *openingBalance;
    for (const StatementLine &line : lines) {
        if (line.amount.currency() != sum->currency())
            return BalanceCheck::Unknown; // a foreign-currency line cannot be summed exactly
        sum = sum->checkedAdd(line.amount);
        if (!sum)
            return BalanceCheck::Mismatch;
    }
    return *sum == *closingBalance ? BalanceCheck::Ok : BalanceCheck::Mismatch;
}

QLatin1StringView balanceCheckName(BalanceCheck check)
{
    switch (check) {
    case BalanceCheck::Ok: return QLatin1StringView("ok");
    case BalanceCheck::Mismatch: return QLatin1StringView("mismatch");
    case BalanceCheck::Unknown: break;
    }
    return QLatin1StringView("unknown");
}

} // namespace Saldo
