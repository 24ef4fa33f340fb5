// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowstates.h"

namespace Saldo {

QList<RowColour> RowStates::colours()
{
    return { RowColour::Green, RowColour::Black, RowColour::Red, RowColour::Grey };
}

QString RowStates::text(RowColour colour)
{
    switch (colour) {
    case RowColour::Green:
        return tr("Paired");
    case RowColour::Black:
        return tr("Open part");
    case RowColour::Red:
        return tr("To do");
    case RowColour::Grey:
        return tr("Own transfer");
    }
    return {};
}

QString RowStates::meaning(RowColour colour)
{
    switch (colour) {
    case RowColour::Green:
        return tr("The whole amount is allocated");
    case RowColour::Black:
        return tr("The counterparty is known; some of the amount is open");
    case RowColour::Red:
        return tr("Nothing recognised: the row needs you before confirming");
    case RowColour::Grey:
        return tr("A transfer between the firm's own accounts: ignored");
    }
    return {};
}

QString RowStates::duplicateText()
{
    return tr("Already imported");
}

QString RowStates::duplicateMeaning()
{
    return tr("In an earlier import already: pays nothing again");
}

Tone RowStates::tone(RowColour colour)
{
    switch (colour) {
    case RowColour::Green:
        return Tone::Positive;
    case RowColour::Black:
        return Tone::Neutral;
    case RowColour::Red:
        return Tone::Negative;
    case RowColour::Grey:
        return Tone::Muted;
    }
    return Tone::Neutral;
}

Glyph RowStates::glyph(RowColour colour)
{
    switch (colour) {
    case RowColour::Green:
        return Glyph::Check;
    case RowColour::Black:
        return Glyph::HalfCircle;
    case RowColour::Red:
        return Glyph::Exclamation;
    case RowColour::Grey:
        return Glyph::Transfer;
    }
    return Glyph::Circle;
}

QString RowStates::symbol(RowColour colour)
{
    switch (colour) {
    case RowColour::Green:
        return QStringLiteral("✓");
    case RowColour::Black:
        return QStringLiteral("◐");
    case RowColour::Red:
        return QStringLiteral("!");
    case RowColour::Grey:
        return QStringLiteral("⇄");
    }
    return {};
}

QList<DocumentType> RowStates::types()
{
    return { DocumentType::InvoicePayment, DocumentType::OwnTransfer, DocumentType::NoDocument,
             DocumentType::Unallocated,    DocumentType::Deposit,     DocumentType::BankFee };
}

QString RowStates::text(DocumentType type)
{
    switch (type) {
    case DocumentType::InvoicePayment:
        return tr("Invoice payment");
    case DocumentType::OwnTransfer:
        return tr("Own transfer");
    case DocumentType::NoDocument:
        return tr("No document");
    case DocumentType::Unallocated:
        return tr("Unallocated");
    case DocumentType::Deposit:
        return tr("Deposit");
    case DocumentType::BankFee:
        return tr("Bank fee");
    }
    return {};
}

} // namespace Saldo
