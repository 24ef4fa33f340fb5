// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "section.h"

namespace Saldo {

QList<Section> Sections::all()
{
    return { Section::Overview,       Section::BankStatements, Section::BankAccounts,
             Section::Invoices,       Section::Counterparties, Section::PaymentOrders,
             Section::Outbox,         Section::AuditLog };
}

QString Sections::title(Section section)
{
    switch (section) {
    case Section::Overview: return tr("Overview");
    case Section::BankStatements: return tr("Bank statements");
    case Section::BankAccounts: return tr("Bank accounts");
    case Section::Invoices: return tr("Invoices");
    case Section::Counterparties: return tr("Counterparties");
    case Section::PaymentOrders: return tr("Payment orders");
    case Section::Outbox: return tr("Outbox");
    case Section::AuditLog: return tr("Audit log");
    }
    return {};
}

} // namespace Saldo
