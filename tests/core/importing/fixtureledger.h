// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statementfixture.h"

#include "importing/statementimport.h"
#include "ledger/ledger.h"
#include "model/invoice.h"

#include <memory>

namespace ImportFixture {

/// A fresh ledger in its own temporary folder with the fixture's two own accounts and
/// invoices (statementfixture.h), used by the user "tester".
struct FixtureLedger
{
    FixtureLedger();

    /// Writes `text` as a file of the ledger's folder and imports it into the main account.
    Saldo::Result<Saldo::StatementImportResult> import(const QString &fileName, const QString &text,
                                                       bool ignorePos = false);
    Saldo::Invoice invoice(const QString &number);
    qint64 count(const QString &table);

    QString dir;
    std::unique_ptr<Saldo::Ledger> ledger;
};

/// The row of file line `line` of a stored import (fails the test when there is none).
Saldo::ImportRow rowOf(FixtureLedger &fixture, qint64 importId, int line);
/// `cents` euro cents.
Saldo::Money eur(qint64 cents);

} // namespace ImportFixture
