// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "money/paymentreference.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Saldo {

/// Issued invoices are paid to us (incoming payments); received invoices are paid by us.
enum class InvoiceKind { Issued, Received };

QLatin1StringView invoiceKindName(InvoiceKind kind); // "issued" | "received"
std::optional<InvoiceKind> invoiceKindFromName(QStringView name);

enum class PaymentStatus { Unpaid, Partial, Paid, Overpaid };
QLatin1StringView paymentStatusName(PaymentStatus status); // "unpaid|partial|paid|overpaid"

/// An invoice as the ledger keeps it. `paid` is what has been paid so far; open = total - paid.
struct Invoice
{
    qint64 id = 0; ///< ledger row id; 0 before it is stored
    InvoiceKind kind = InvoiceKind::Issued;
    QString number; ///< unique per kind
    VariableSymbol variableSymbol;
    qint64 counterpartyId = 0;
    QString counterpartyName; ///< filled by queries that join it
    QDate issueDate;
    QDate dueDate;
    Money total;
    Money paid;
    bool posted = true; ///< entered into the books; false = draft
    QDate paidDate; ///< date of the payment that completed it (or of the last payment)

    Money open() const { return total - paid; }
    PaymentStatus status() const;
    /// Not fully paid and past its due date on `today`.
    bool isOverdue(const QDate &today) const;
};

} // namespace Saldo
