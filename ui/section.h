// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Saldo {

/// The main window's sections, in the order of the sidebar (SCREENS.md, "Main window").
enum class Section {
    Overview,
    BankStatements,
    BankAccounts,
    Invoices,
    Counterparties,
    PaymentOrders,
    Outbox,
    AuditLog,
};

/// Names of the sections, for the sidebar, the View menu and window titles.
class Sections
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::Sections)
public:
    static QList<Section> all();
    static QString title(Section section);
};

} // namespace Saldo
