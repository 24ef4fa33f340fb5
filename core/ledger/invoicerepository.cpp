// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/invoicerepository.h"

#include "ledger/auditlog.h"
#include "ledger/invoicerow.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QThread>

namespace Saldo {

namespace {

QString selectFrom()
{
    return QStringLiteral(
               "SELECT %1 FROM invoices i JOIN counterparties c ON c.id = i.counterparty_id ")
        .arg(InvoiceRowReader::columns(true));
}

} // namespace

InvoiceRepository::InvoiceRepository(Ledger &ledger)
    : m_ledger(ledger)
    , m_insert(ledger.database())
{ }

Result<qint64> InvoiceRepository::add(const Invoice &invoice)
{
    if (invoice.number.trimmed().isEmpty())
        return Error { Tr::tr("an invoice needs a number") };
    if (!invoice.total.currency().isValid()
        || (invoice.paid.currency() != invoice.total.currency() && !invoice.paid.isZero()))
        return Error { Tr::tr("invoice %1: total and paid must be in the invoice's currency")
                           .arg(invoice.number) };
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };
    const Result<std::optional<Invoice>> existing = byNumber(invoice.kind, invoice.number);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value())
        return Error { Tr::tr("the %1 invoice %2 already exists")
                           .arg(QString(invoiceKindName(invoice.kind)), invoice.number) };
    const Result<qint64> id = insert(invoice);
    if (!id)
        return id;
    Invoice stored = invoice;
    stored.id = *id;
    if (Status s
        = AuditLog(m_ledger).record(QStringLiteral("invoice"), *id, QStringLiteral("create"), {},
                                    InvoiceRowReader::auditJson(stored));
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return id;
}

Result<qint64> InvoiceRepository::insert(const Invoice &invoice)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    if (m_insert.lastQuery().isEmpty()) {
        if (Status s = SqlUtil::prepare(
                m_insert,
                QStringLiteral(
                    "INSERT INTO invoices (kind, number, variable_symbol, counterparty_id, "
                    "issue_date, due_date, currency, total, paid, posted, paid_date) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return Error { s.error() };
    }
    m_insert.bindValue(0, QString(invoiceKindName(invoice.kind)));
    m_insert.bindValue(1, SqlUtil::textValue(invoice.number));
    m_insert.bindValue(2, SqlUtil::textValue(invoice.variableSymbol.toString()));
    m_insert.bindValue(3, invoice.counterpartyId);
    m_insert.bindValue(4, SqlUtil::dateValue(invoice.issueDate));
    m_insert.bindValue(5, SqlUtil::dateValue(invoice.dueDate));
    m_insert.bindValue(6, invoice.total.currency().code());
    m_insert.bindValue(7, invoice.total.minorUnits());
    m_insert.bindValue(8, invoice.paid.minorUnits());
    m_insert.bindValue(9, invoice.posted ? 1 : 0);
    m_insert.bindValue(10, SqlUtil::dateValue(invoice.paidDate));
    if (Status s = SqlUtil::exec(m_insert, Tr::tr("adding the invoice %1").arg(invoice.number)); !s)
        return Error { s.error() };
    return m_insert.lastInsertId().toLongLong();
}

Result<std::optional<Invoice>> InvoiceRepository::byId(qint64 id) const
{
    const Result<QList<Invoice>> found = select(QStringLiteral("WHERE i.id = ?"), { id });
    if (!found)
        return Error { found.error() };
    return found->isEmpty() ? std::optional<Invoice>()
                            : std::optional<Invoice>(found->constFirst());
}

Result<std::optional<Invoice>> InvoiceRepository::byNumber(InvoiceKind kind,
                                                           const QString &number) const
{
    const Result<QList<Invoice>> found = select(QStringLiteral("WHERE i.kind = ? AND i.number = ?"),
                                                { QString(invoiceKindName(kind)), number });
    if (!found)
        return Error { found.error() };
    return found->isEmpty() ? std::optional<Invoice>()
                            : std::optional<Invoice>(found->constFirst());
}

Result<QList<Invoice>> InvoiceRepository::byVariableSymbol(const VariableSymbol &symbol) const
{
    return select(QStringLiteral("WHERE i.variable_symbol = ?"),
                  { SqlUtil::textValue(symbol.toString()) });
}

Status InvoiceRepository::forEach(const InvoiceFilter &filter,
                                  const std::function<bool(const Invoice &)> &visit) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QStringList conditions;
    QVariantList values;
    if (filter.openOnly)
        conditions.append(QStringLiteral("i.total <> i.paid"));
    if (filter.kind) {
        conditions.append(QStringLiteral("i.kind = ?"));
        values.append(QString(invoiceKindName(*filter.kind)));
    }
    if (filter.counterpartyId != 0) {
        conditions.append(QStringLiteral("i.counterparty_id = ?"));
        values.append(filter.counterpartyId);
    }
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (Status s = SqlUtil::prepare(query, selectFrom() + where + QStringLiteral(" ORDER BY i.id"));
        !s)
        return s;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the invoices")); !s)
        return s;
    InvoiceRowReader reader;
    while (query.next()) {
        if (!visit(reader.read(query)))
            break;
    }
    return {};
}

Result<qint64> InvoiceRepository::count() const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM invoices")) || !query.next())
        return SqlUtil::queryError(query, Tr::tr("counting the invoices"));
    return query.value(0).toLongLong();
}

Status InvoiceRepository::setPayment(qint64 invoiceId, const Money &paid, const QDate &paidDate)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<std::optional<Invoice>> found = byId(invoiceId);
    if (!found)
        return Error { found.error() };
    if (!found->has_value())
        return Error { Tr::tr("no invoice with id %1").arg(invoiceId) };
    const Invoice before = found->value();
    if (paid.currency() != before.total.currency())
        return Error { Tr::tr("invoice %1 is in %2, the payment in %3")
                           .arg(before.number, before.total.currency().code(),
                                paid.currency().code()) };
    QSqlQuery update(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            update, QStringLiteral("UPDATE invoices SET paid = ?, paid_date = ? WHERE id = ?"));
        !s)
        return s;
    update.bindValue(0, paid.minorUnits());
    update.bindValue(1, SqlUtil::dateValue(paidDate));
    update.bindValue(2, invoiceId);
    if (Status s = SqlUtil::exec(update, Tr::tr("updating the invoice %1").arg(before.number)); !s)
        return s;
    Invoice after = before;
    after.paid = paid;
    after.paidDate = paidDate;
    if (Status s = AuditLog(m_ledger).record(
            QStringLiteral("invoice"), invoiceId, QStringLiteral("payment"),
            InvoiceRowReader::auditJson(before), InvoiceRowReader::auditJson(after));
        !s)
        return s;
    return guard.commit();
}

Result<QList<Invoice>> InvoiceRepository::select(const QString &where,
                                                 const QVariantList &values) const
{
    QList<Invoice> result;
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(query, selectFrom() + where + QStringLiteral(" ORDER BY i.id"));
        !s)
        return Error { s.error() };
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the invoices")); !s)
        return Error { s.error() };
    InvoiceRowReader reader;
    while (query.next())
        result.append(reader.read(query));
    return result;
}

} // namespace Saldo
