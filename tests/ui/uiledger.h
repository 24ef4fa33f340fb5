// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Saldo {
class MainWindow;
}

namespace SaldoTest {

/// Invoice numbers of the sample ledger, one per state the Invoices view shows. Due dates are
/// relative to today, so the states hold whatever day the tests run.
namespace SampleInvoice {
inline constexpr auto unpaid
    = "FV2026-0001"; ///< issued, 1,250.00 EUR, nothing paid, due in 14 days
inline constexpr auto partial
    = "FV2026-0002"; ///< issued, 1,000.00 EUR, 400.00 paid, due in 10 days
inline constexpr auto paid = "FV2026-0003"; ///< issued, 300.00 EUR, paid in full
inline constexpr auto overdue = "DF2026-0001"; ///< received, 3,643.39 EUR, unpaid, due 5 days ago
} // namespace SampleInvoice

/// Makes the GUI tests independent of the desktop they run on: QSettings in Qt's test folder
/// (cleared), US English number and date formats.
void prepareGui();

/// A new ledger file `name` in the test's temporary folder, written through the ledger's
/// repositories: three bank accounts (two EUR, one CZK), three counterparties and the
/// SampleInvoice invoices. Fails the test (REQUIRE) when the ledger refuses something.
QString makeSampleLedger(const QString &name);
/// A new ledger file with nothing in it.
QString makeEmptyLedger(const QString &name);

/// Opens `path` in `window` and waits until the views show it.
void openAndWait(Saldo::MainWindow &window, const QString &path);

} // namespace SaldoTest
