// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgersnapshot.h"

#include "ledger/accountrepository.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/invoicerepository.h"
#include "ledger/ledger.h"

#include <QCoreApplication>
#include <QHash>

namespace Saldo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::LedgerSnapshot)
};

/// Every invoice of a counterparty shares one copy of its name (a million rows, a few thousand
/// names).
class NamePool
{
public:
    const QString &intern(qint64 id, const QString &name)
    {
        QString &pooled = m_names[id];
        if (pooled != name)
            pooled = name;
        return pooled;
    }

private:
    QHash<qint64, QString> m_names;
};

bool readInvoices(Ledger &ledger, LedgerSnapshot &snapshot,
                  const std::function<bool(qint64, qint64)> &progress)
{
    InvoiceRepository invoices(ledger);
    const Result<qint64> count = invoices.count();
    if (!count) {
        snapshot.error = count.error();
        return false;
    }
    snapshot.invoices.reserve(*count);
    NamePool names;
    bool cancelled = false;
    const Status status = invoices.forEach({}, [&](const Invoice &invoice) {
        Invoice &copy = snapshot.invoices.emplace_back(invoice);
        copy.counterpartyName = names.intern(invoice.counterpartyId, invoice.counterpartyName);
        if (snapshot.invoices.size() % 4096 == 0 && progress
            && !progress(snapshot.invoices.size(), *count)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (cancelled) {
        snapshot.error = Tr::tr("Reading the ledger was cancelled.");
        return false;
    }
    if (!status) {
        snapshot.error = status.error();
        return false;
    }
    return true;
}

} // namespace

LedgerSnapshot readLedgerSnapshot(const QString &path,
                                  const std::function<bool(qint64, qint64)> &progress)
{
    LedgerSnapshot snapshot;
    snapshot.path = path;
    auto opened = Ledger::open(path, Ledger::OpenMode::Existing);
    if (!opened) {
        snapshot.error = opened.error();
        return snapshot;
    }
    Ledger &ledger = **opened;

    auto accounts = AccountRepository(ledger).all();
    if (!accounts) {
        snapshot.error = accounts.error();
        return snapshot;
    }
    snapshot.accounts = std::move(accounts).value();

    auto counterparties = CounterpartyRepository(ledger).all();
    if (!counterparties) {
        snapshot.error = counterparties.error();
        return snapshot;
    }
    snapshot.counterparties = std::move(counterparties).value();

    auto audit = AuditLog(ledger).latest(LedgerSnapshot::auditLimit);
    if (!audit) {
        snapshot.error = audit.error();
        return snapshot;
    }
    snapshot.auditEntries = std::move(audit).value();

    readInvoices(ledger, snapshot, progress);
    return snapshot;
}

} // namespace Saldo
