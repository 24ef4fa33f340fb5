// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/pairingdataloader.h"

#include "ledger/accountrepository.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/invoicerow.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "util/tr.h"

#include <QSqlQuery>
#include <QThread>

namespace Saldo {

PairingDataLoader::PairingDataLoader(Ledger &ledger)
    : m_ledger(ledger)
{ }

Result<PairingData> PairingDataLoader::load() const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    PairingData data;
    Result<QList<OwnAccount>> accounts = AccountRepository(m_ledger).all();
    if (!accounts)
        return Error { accounts.error() };
    data.accounts = std::move(accounts).value();
    Result<QList<Counterparty>> counterparties = CounterpartyRepository(m_ledger).all();
    if (!counterparties)
        return Error { counterparties.error() };
    data.counterparties = std::move(counterparties).value();
    Result<QList<Invoice>> invoices = loadOpenInvoices();
    if (!invoices)
        return Error { invoices.error() };
    data.openInvoices = std::move(invoices).value();
    return data;
}

Result<QList<Invoice>> PairingDataLoader::loadOpenInvoices() const
{
    QSqlQuery count(m_ledger.database());
    count.setForwardOnly(true);
    // Counting first (from the partial index of open invoices) lets the list be allocated once.
    if (!count.exec(QStringLiteral("SELECT count(*) FROM invoices i WHERE i.total <> i.paid"))
        || !count.next())
        return SqlUtil::queryError(count, Tr::tr("counting the open invoices"));
    QList<Invoice> invoices;
    invoices.reserve(count.value(0).toLongLong());

    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    // The dates are not read (NULL in their places): pairing does not use them, and three text
    // columns less per invoice are a fifth of the time at a million invoices.
    QString columns = InvoiceRowReader::columns(false);
    for (const char *unused : { "i.issue_date", "i.due_date", "i.paid_date" })
        columns.replace(QLatin1StringView(unused), QLatin1StringView("NULL"));
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM invoices i WHERE i.total <> i.paid ORDER BY i.id")
                .arg(columns)))
        return SqlUtil::queryError(query, Tr::tr("reading the open invoices"));
    InvoiceRowReader reader;
    while (query.next())
        invoices.append(reader.read(query));
    return invoices;
}

} // namespace Saldo
