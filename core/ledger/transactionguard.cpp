// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/transactionguard.h"

#include "ledger/ledger.h"
#include "ledger/sqlutil.h"

#include <QThread>

namespace Saldo {

TransactionGuard::TransactionGuard(Ledger &ledger)
    : m_ledger(ledger)
{
    Q_ASSERT(QThread::currentThread() == ledger.thread());
    m_depth = ledger.m_transactionDepth;
    m_status = run(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                : QStringLiteral("SAVEPOINT saldo_%1").arg(m_depth));
    if (m_status) {
        m_active = true;
        ++ledger.m_transactionDepth;
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return m_status ? Status(Error { QStringLiteral("ledger: transaction already ended") })
                        : m_status;
    Q_ASSERT_X(m_ledger.m_transactionDepth == m_depth + 1, "TransactionGuard::commit",
               "guards must end in reverse order");
    const Status committed = run(m_depth == 0 ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE saldo_%1").arg(m_depth));
    if (committed) {
        m_active = false;
        --m_ledger.m_transactionDepth;
    }
    return committed;
}

void TransactionGuard::rollback()
{
    Q_ASSERT_X(m_ledger.m_transactionDepth == m_depth + 1, "TransactionGuard::rollback",
               "guards must end in reverse order");
    if (m_depth == 0) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE ends it without keeping anything.
        run(QStringLiteral("ROLLBACK TO saldo_%1").arg(m_depth));
        run(QStringLiteral("RELEASE saldo_%1").arg(m_depth));
    }
    m_active = false;
    --m_ledger.m_transactionDepth;
}

Status TransactionGuard::run(const QString &sql)
{
    return SqlUtil::execStatement(m_ledger.database(), sql);
}

} // namespace Saldo
