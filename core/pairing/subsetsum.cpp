// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/subsetsum.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace Saldo {

namespace {

// Depth-first over the amounts in ascending order: once an amount overshoots, every later one
// does too, so the branch ends there.
class SubsetSearch
{
public:
    SubsetSearch(std::span<const qint64> amounts, qint64 target, int minSize, int maxSize,
                 qint64 budget)
        : m_amounts(amounts)
        , m_target(target)
        , m_minSize(minSize)
        , m_maxSize(maxSize)
        , m_budget(budget)
        , m_order(amounts.size())
    {
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(),
                  [&](int a, int b) { return m_amounts[a] < m_amounts[b]; });
    }

    SubsetMatch run()
    {
        visit(0, 0);
        SubsetMatch match;
        if (m_gaveUp)
            match.outcome = SubsetMatch::Outcome::GaveUp;
        else if (m_found > 1)
            match.outcome = SubsetMatch::Outcome::Ambiguous;
        else if (m_found == 1) {
            match.outcome = SubsetMatch::Outcome::Unique;
            match.members = m_first;
            std::sort(match.members.begin(), match.members.end());
        }
        return match;
    }

private:
    bool done() const { return m_found > 1 || m_gaveUp; }

    void visit(std::size_t from, qint64 sum)
    {
        for (std::size_t i = from; i < m_order.size() && !done(); ++i) {
            if (--m_budget < 0) {
                m_gaveUp = true;
                return;
            }
            const qint64 next = sum + m_amounts[m_order[i]];
            if (next > m_target)
                return;
            m_path.append(m_order[i]);
            if (next == m_target && m_path.size() >= m_minSize) {
                if (++m_found == 1)
                    m_first = m_path;
            } else if (next < m_target && m_path.size() < m_maxSize) {
                visit(i + 1, next);
            }
            m_path.removeLast();
        }
    }

    std::span<const qint64> m_amounts;
    qint64 m_target;
    int m_minSize;
    int m_maxSize;
    qint64 m_budget;
    std::vector<int> m_order;
    QList<int> m_path;
    QList<int> m_first;
    int m_found = 0;
    bool m_gaveUp = false;
};

} // namespace

SubsetMatch findExactSubset(std::span<const qint64> amounts, qint64 target, int minSize,
                            int maxSize, qint64 budget)
{
    if (target <= 0 || maxSize < 1 || minSize > maxSize || amounts.empty())
        return {};
    for (const qint64 amount : amounts) {
        if (amount <= 0)
            return {}; // a credit note among them: sums are no longer monotone, do not guess
    }
    return SubsetSearch(amounts, target, std::max(minSize, 1), maxSize, budget).run();
}

} // namespace Saldo
