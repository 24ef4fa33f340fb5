// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

namespace Saldo {

void LineTotal::add(const Money &amount)
{
    if (!m_sum) {
        m_sum = amount;
        return;
    }
    if (amount.currency() != m_sum->currency()) {
        m_mixedCurrencies = true;
        return;
    }
    if (const std::optional<Money> sum = m_sum->checkedAdd(amount))
        m_sum = sum;
    else
        m_overflow = true;
}

void LineTotal::add(const LineTotal &later)
{
    m_mixedCurrencies = m_mixedCurrencies || later.m_mixedCurrencies;
    m_overflow = m_overflow || later.m_overflow;
    if (later.m_sum)
        add(*later.m_sum);
}

BalanceCheck LineTotal::check(const std::optional<Money> &opening,
                              const std::optional<Money> &closing) const
{
    if (!opening || !closing)
        return BalanceCheck::Unknown;
    if (m_mixedCurrencies || (m_sum && m_sum->currency() != opening->currency()))
        return BalanceCheck::Unknown; // a foreign-currency line cannot be summed exactly
    if (m_overflow)
        return BalanceCheck::Mismatch;
    const std::optional<Money> expected = m_sum ? opening->checkedAdd(*m_sum) : opening;
    return expected && *expected == *closing ? BalanceCheck::Ok : BalanceCheck::Mismatch;
}

BalanceCheck Statement::balanceCheck() const
{
    LineTotal total;
    for (const StatementLine &line : lines)
        total.add(line.amount);
    return total.check(openingBalance, closingBalance);
}

QLatin1StringView balanceCheckName(BalanceCheck check)
{
    switch (check) {
    case BalanceCheck::Ok:
        return QLatin1StringView("ok");
    case BalanceCheck::Mismatch:
        return QLatin1StringView("mismatch");
    case BalanceCheck::Unknown:
        break;
    }
    return QLatin1StringView("unknown");
}

} // namespace Saldo
