// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace GenbankTruth {

/// The fields of one truth.jsonl line that a statement reader must reproduce.
struct Line
{
    QString date;
    QString amount;
    QString counterIban;
    QString counterpartyInStatement;
    QString vs;
    QString reference;
    QString scenario;
    bool gpcExact = true;
};

/// The lines of DIR/truth.jsonl, in statement order.
QList<Line> read(const QString &dir);

/// A genbank.py set made once per test run into a temporary folder under `name`, with
/// `arguments` (besides --out and --quiet); an empty string when python3 cannot run it.
QString generate(const QString &name, const QStringList &arguments);

} // namespace GenbankTruth
