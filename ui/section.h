// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

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
    Settings,
};

/// Names of the sections, for the sidebar, the View menu and window titles.
class Sections
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::Sections)
public:
    static QList<Section> all();
    static QString title(Section section);
    /// The section's stable name on the command line ("invoices", "bank-accounts" ...).
    static QString key(Section section);
    /// The section a key() names, or nullopt.
    static std::optional<Section> fromKey(const QString &key);
};

} // namespace Saldo
