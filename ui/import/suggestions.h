// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Saldo {

class Ledger;

/// A near miss the pairing offered for a row (a VS one digit off, an amount a few cents off, a
/// subset of open invoices): never applied by the machine, one click away for the bookkeeper.
struct RowSuggestion
{
    QString text; ///< the pairing's words for it
    QStringList documents; ///< invoice numbers
};

/// The row's suggestions, from the JSON the pairing stored with it.
QList<RowSuggestion> rowSuggestions(const ImportRow &row);

/// The row's state with `suggestion` applied: its documents allocated in order, each with what
/// is left of the row or open on the invoice, whichever is less; the invoice's counterparty
/// when the row has none. The ledger checks it again when it is written.
Result<RowState> stateWithSuggestion(Ledger &ledger, const ImportRow &row,
                                     const RowSuggestion &suggestion);

} // namespace Saldo
