// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/invoicerow.h"

#include "ledger/sqlutil.h"

namespace Saldo {

QString InvoiceRowReader::columns(bool withName)
{
    return QStringLiteral("i.id, i.kind, i.number, i.variable_symbol, i.counterparty_id, %1, "
                          "i.issue_date, i.due_date, i.currency, i.total, i.paid, i.posted, "
                          "i.paid_date")
        .arg(withName ? QStringLiteral("c.name") : QStringLiteral("NULL"));
}

Invoice InvoiceRowReader::read(const QSqlQuery &query)
{
    Invoice invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.kind = query.value(1).toString() == QLatin1String("received") ? InvoiceKind::Received
                                                                          : InvoiceKind::Issued;
    invoice.number = query.value(2).toString();
    const QString vs = query.value(3).toString();
    if (!vs.isEmpty()) {
        // Stored in canonical form by the writers; a damaged value reads as no VS.
        if (Result<VariableSymbol> parsed = VariableSymbol::parse(vs))
            invoice.variableSymbol = *parsed;
    }
    invoice.counterpartyId = query.value(4).toLongLong();
    invoice.counterpartyName = query.value(5).toString();
    invoice.issueDate = SqlUtil::parseIsoDate(query.value(6).toString());
    invoice.dueDate = SqlUtil::parseIsoDate(query.value(7).toString());
    const QString code = query.value(8).toString();
    if (code != m_lastCode) {
        const Result<Currency> currency = Currency::fromCode(code);
        m_lastCurrency = currency ? *currency : Currency();
        m_lastCode = code;
    }
    invoice.total = Money(query.value(9).toLongLong(), m_lastCurrency);
    invoice.paid = Money(query.value(10).toLongLong(), m_lastCurrency);
    invoice.posted = query.value(11).toInt() != 0;
    invoice.paidDate = SqlUtil::parseIsoDate(query.value(12).toString());
    return invoice;
}

QJsonObject InvoiceRowReader::auditJson(const Invoice &invoice)
{
    return { { QStringLiteral("kind"), QString(invoiceKindName(invoice.kind)) },
             { QStringLiteral("number"), invoice.number },
             { QStringLiteral("variable_symbol"), invoice.variableSymbol.toString() },
             { QStringLiteral("counterparty_id"), invoice.counterpartyId },
             { QStringLiteral("currency"), invoice.total.currency().code() },
             { QStringLiteral("total"), invoice.total.toString() },
             { QStringLiteral("paid"), invoice.paid.toString() },
             { QStringLiteral("posted"), invoice.posted },
             { QStringLiteral("paid_date"), invoice.paidDate.toString(Qt::ISODate) } };
}

} // namespace Saldo
