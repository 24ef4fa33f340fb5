// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/invoice.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Saldo {

/// What the bookkeeper sees in an invoice's Status column: the payment status, with "overdue"
/// taking the place of unpaid / partly paid once the due date has passed.
enum class InvoiceState { Unpaid, Partial, Overdue, OverduePartial, Paid, Overpaid };

/// Words, icons and colours of invoice states (one place, so every view says the same).
class InvoiceStates
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::InvoiceStates)
public:
    static InvoiceState of(const Invoice &invoice, const QDate &today);
    static bool isOpen(InvoiceState state);
    static bool isOverdue(InvoiceState state)
    {
        return state == InvoiceState::Overdue || state == InvoiceState::OverduePartial;
    }

    /// "Unpaid", "Partly paid", "Overdue", "Overdue, partly paid", "Paid", "Overpaid".
    static QString text(InvoiceState state);
    static Tone tone(InvoiceState state);
    static Glyph glyph(InvoiceState state);
    /// Orders states by how urgently they need the bookkeeper (overdue first).
    static int urgency(InvoiceState state);
};

} // namespace Saldo
