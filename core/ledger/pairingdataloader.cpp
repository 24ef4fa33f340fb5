// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/pairingdataloader.h"

#include "ledger/accountrepository.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/ledger.h"
#include "ledger/sqlitestatement.h"
#include "util/tr.h"

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

namespace {

// The open invoices' columns, in the order OpenInvoiceReader::read() reads them. The dates are not
// read: pairing does not use them (PairingData), and they were a fifth of the time.
constexpr const char *kOpenInvoices
    = "SELECT i.id, i.kind, i.number, i.variable_symbol, i.counterparty_id, i.currency, "
      "i.total, i.paid, i.posted FROM invoices i WHERE i.total <> i.paid ORDER BY i.id";

// Decodes the rows as InvoiceRowReader does, from UTF-8 without a QVariant per column.
class OpenInvoiceReader
{
public:
    Invoice read(const SqliteStatement &row)
    {
        Invoice invoice;
        invoice.id = row.int64(0);
        invoice.kind = row.utf8(1) == "received" ? InvoiceKind::Received : InvoiceKind::Issued;
        invoice.number = row.text(2);
        if (const QByteArrayView vs = row.utf8(3); !vs.isEmpty()) {
            // Stored in canonical form by the writers; a damaged value reads as no VS.
            if (Result<VariableSymbol> parsed = VariableSymbol::parse(QString::fromUtf8(vs)))
                invoice.variableSymbol = *parsed;
        }
        invoice.counterpartyId = row.int64(4);
        const QByteArrayView code = row.utf8(5);
        if (code != m_lastCode) {
            const Result<Currency> currency = Currency::fromCode(QString::fromUtf8(code));
            m_lastCurrency = currency ? *currency : Currency();
            m_lastCode = code.toByteArray();
        }
        invoice.total = Money(row.int64(6), m_lastCurrency);
        invoice.paid = Money(row.int64(7), m_lastCurrency);
        invoice.posted = row.int64(8) != 0;
        return invoice;
    }

private:
    // Rows of one ledger use few currencies: remember the last one instead of parsing each code.
    QByteArray m_lastCode;
    Currency m_lastCurrency;
};

} // namespace

Result<QList<Invoice>> PairingDataLoader::loadOpenInvoices() const
{
    sqlite3 *db = sqliteHandle(m_ledger.database());
    // Counting first (from the partial index of open invoices) lets the list be allocated once.
    SqliteStatement count(db,
                          QStringLiteral("SELECT count(*) FROM invoices i "
                                         "WHERE i.total <> i.paid"));
    if (!count.status())
        return Error { count.status().error() };
    if (!count.next())
        return count.error(Tr::tr("counting the open invoices"));
    QList<Invoice> invoices;
    invoices.reserve(count.int64(0));

    SqliteStatement query(db, QLatin1StringView(kOpenInvoices));
    if (!query.status())
        return Error { query.status().error() };
    OpenInvoiceReader reader;
    while (query.next())
        invoices.append(reader.read(query));
    if (query.failed())
        return query.error(Tr::tr("reading the open invoices"));
    return invoices;
}

} // namespace Saldo
