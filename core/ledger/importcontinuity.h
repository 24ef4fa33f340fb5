// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QStringList>

namespace Saldo {

class Ledger;

/// Statement continuity: each statement of the import `importId` is compared with the statement
/// of the same account stored just before it (in an earlier import, or earlier in the same
/// file). A gap or an overlap in the sequence numbers, or an opening balance that is not the
/// previous closing balance, gives a warning naming both statements. Sequence numbers are
/// compared when both are numbers ("12", MT940 "12/1" with a page); balances when both are
/// known. Warnings only: banks renumber at the turn of a year, and a bookkeeper may import an
/// older statement late.
Result<QStringList> continuityWarnings(Ledger &ledger, qint64 importId);

} // namespace Saldo
