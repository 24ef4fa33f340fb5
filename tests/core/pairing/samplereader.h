// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test input for the pairing engine: a ledger and a statement in genbank.py's files
// (accounts.csv, invoices.csv, statement.csv), read by a tiny parser of our own so that the
// pairing tests do not depend on the statement readers and the ledger being finished.

#include "formats/common/statement.h"
#include "model/counterparty.h"
#include "model/invoice.h"
#include "model/ownaccount.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace PairingTest {

struct Sample
{
    QList<Saldo::OwnAccount> accounts;
    QList<Saldo::Counterparty> counterparties;
    QList<Saldo::Invoice> invoices;
    QList<Saldo::StatementLine> lines;
    QString error; ///< "file:line: what" when something could not be read
};

/// The fields of a `;`/`,`-separated line; double quotes around a field, "" inside.
QStringList splitCsv(const QString &line, QChar separator);

/// Reads accounts.csv, invoices.csv and statement.csv of `dir`. Lines of the statement get
/// their kind from their texts (the CSV has no transaction code; see kindOfText()).
Sample readSample(const QString &dir);

/// Card / cash-withdrawal / cash-deposit words in a line's name or text, by the readers'
/// kindFromText() (core/formats/common/referenceparser.h), as the CSV reader decides them; plus
/// "vklad" for the deposit texts kindFromText() does not know yet.
Saldo::LineKind kindOfText(const QString &name, const QString &description);

/// The objects of a JSON-lines file (truth.jsonl).
QList<QJsonObject> readJsonLines(const QString &path, QString *error = nullptr);

} // namespace PairingTest
