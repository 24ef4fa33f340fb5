// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "model/counterparty.h"
#include "model/invoice.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

namespace LedgerTest {

/// A path for a new ledger file in the test binary's temporary folder; every call gives a fresh
/// name, so test cases never share a ledger.
QString freshLedgerPath();
/// A new, current ledger in a fresh file (fails the test case when it cannot be created).
std::unique_ptr<Saldo::Ledger> freshLedger();

/// Validated values from text that is known to be valid (fails the test case otherwise).
Saldo::Iban iban(const QString &text);
Saldo::Money money(const QString &text, const QString &currency = QStringLiteral("EUR"));
Saldo::VariableSymbol variableSymbol(const QString &text);

/// A counterparty with the given entered IBANs, stored with CounterpartyRepository::add().
qint64 addCounterparty(Saldo::Ledger &ledger, const QString &name, const QStringList &ibans = {});
/// An issued EUR invoice of `counterpartyId`, not stored.
Saldo::Invoice invoice(qint64 counterpartyId, const QString &number, const QString &total,
                       const QString &paid = QStringLiteral("0.00"));

/// The single value a query returns ("SELECT count(*) FROM invoices", "PRAGMA user_version").
QVariant scalar(const Saldo::Ledger &ledger, const QString &sql);
/// The file's bytes (empty when it does not exist).
QByteArray fileBytes(const QString &path);

} // namespace LedgerTest
