// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoice.h"

namespace Saldo {

QLatin1StringView invoiceKindName(InvoiceKind kind)
{
    return kind == InvoiceKind::Issued ? QLatin1StringView("issued")
                                       : QLatin1StringView("received");
}

std::optional<InvoiceKind> invoiceKindFromName(QStringView name)
{
    if (name == u"issued")
        return InvoiceKind::Issued;
    if (name == u"received")
        return InvoiceKind::Received;
    return std::nullopt;
}

QLatin1StringView paymentStatusName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid:
        return QLatin1StringView("unpaid");
    case PaymentStatus::Partial:
        return QLatin1StringView("partial");
    case PaymentStatus::Paid:
        return QLatin1StringView("paid");
    case PaymentStatus::Overpaid:
        return QLatin1StringView("overpaid");
    }
    return {};
}

PaymentStatus Invoice::status() const
{
    // A credit note has a negative total; compare magnitudes so it reads the same way.
    const qint64 t = total.minorUnits() < 0 ? -total.minorUnits() : total.minorUnits();
    const qint64 p = total.minorUnits() < 0 ? -paid.minorUnits() : paid.minorUnits();
    if (p == 0 && t != 0)
        return PaymentStatus::Unpaid;
    if (p < t)
        return PaymentStatus::Partial;
    if (p == t)
        return PaymentStatus::Paid;
    return PaymentStatus::Overpaid;
}

bool Invoice::isOverdue(const QDate &today) const
{
    const PaymentStatus s = status();
    return (s == PaymentStatus::Unpaid || s == PaymentStatus::Partial) && dueDate.isValid()
        && dueDate < today;
}

} // namespace Saldo
