// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicestate.h"

namespace Saldo {

InvoiceState InvoiceStates::of(const Invoice &invoice, const QDate &today)
{
    const bool overdue = invoice.isOverdue(today);
    switch (invoice.status()) {
    case PaymentStatus::Unpaid:
        return overdue ? InvoiceState::Overdue : InvoiceState::Unpaid;
    case PaymentStatus::Partial:
        return overdue ? InvoiceState::OverduePartial : InvoiceState::Partial;
    case PaymentStatus::Paid:
        return InvoiceState::Paid;
    case PaymentStatus::Overpaid:
        return InvoiceState::Overpaid;
    }
    return InvoiceState::Unpaid;
}

bool InvoiceStates::isOpen(InvoiceState state)
{
    return state != InvoiceState::Paid && state != InvoiceState::Overpaid;
}

QString InvoiceStates::text(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Unpaid:
        return tr("Unpaid");
    case InvoiceState::Partial:
        return tr("Partly paid");
    case InvoiceState::Overdue:
        return tr("Overdue");
    case InvoiceState::OverduePartial:
        return tr("Overdue, partly paid");
    case InvoiceState::Paid:
        return tr("Paid");
    case InvoiceState::Overpaid:
        return tr("Overpaid");
    }
    return {};
}

Tone InvoiceStates::tone(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Unpaid:
    case InvoiceState::Partial:
        return Tone::Neutral;
    case InvoiceState::Overdue:
    case InvoiceState::OverduePartial:
        return Tone::Negative;
    case InvoiceState::Paid:
        return Tone::Positive;
    case InvoiceState::Overpaid:
        return Tone::Attention;
    }
    return Tone::Neutral;
}

Glyph InvoiceStates::glyph(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Unpaid:
        return Glyph::Circle;
    case InvoiceState::Partial:
        return Glyph::HalfCircle;
    case InvoiceState::Overdue:
    case InvoiceState::OverduePartial:
        return Glyph::Exclamation;
    case InvoiceState::Paid:
        return Glyph::Check;
    case InvoiceState::Overpaid:
        return Glyph::Plus;
    }
    return Glyph::Circle;
}

int InvoiceStates::urgency(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Overdue:
        return 0;
    case InvoiceState::OverduePartial:
        return 1;
    case InvoiceState::Unpaid:
        return 2;
    case InvoiceState::Partial:
        return 3;
    case InvoiceState::Overpaid:
        return 4;
    case InvoiceState::Paid:
        return 5;
    }
    return 6;
}

} // namespace Saldo
