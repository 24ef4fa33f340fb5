// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "section.h"

namespace Saldo {

QList<Section> Sections::all()
{
    return { Section::Overview, Section::BankStatements, Section::BankAccounts,
             Section::Invoices, Section::Counterparties, Section::PaymentOrders,
             Section::Outbox,   Section::AuditLog,       Section::Settings };
}

QString Sections::title(Section section)
{
    switch (section) {
    case Section::Overview:
        return tr("Overview");
    case Section::BankStatements:
        return tr("Bank statements");
    case Section::BankAccounts:
        return tr("Bank accounts");
    case Section::Invoices:
        return tr("Invoices");
    case Section::Counterparties:
        return tr("Counterparties");
    case Section::PaymentOrders:
        return tr("Payment orders");
    case Section::Outbox:
        return tr("Outbox");
    case Section::AuditLog:
        return tr("Audit log");
    case Section::Settings:
        return tr("Settings");
    }
    return {};
}

QString Sections::key(Section section)
{
    switch (section) {
    case Section::Overview:
        return QStringLiteral("overview");
    case Section::BankStatements:
        return QStringLiteral("bank-statements");
    case Section::BankAccounts:
        return QStringLiteral("bank-accounts");
    case Section::Invoices:
        return QStringLiteral("invoices");
    case Section::Counterparties:
        return QStringLiteral("counterparties");
    case Section::PaymentOrders:
        return QStringLiteral("payment-orders");
    case Section::Outbox:
        return QStringLiteral("outbox");
    case Section::AuditLog:
        return QStringLiteral("audit-log");
    case Section::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

std::optional<Section> Sections::fromKey(const QString &key)
{
    for (Section section : all()) {
        if (Sections::key(section).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return section;
    }
    return std::nullopt;
}

} // namespace Saldo
