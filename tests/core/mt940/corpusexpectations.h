// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Readers of the expected-output files that come with the public MT940 samples (see
// ../shared/corpus/MANIFEST.md): only the few values the tests compare.
namespace Mt940Test {

/// One transaction of a WoLpH/mt940 `.yml` dump.
struct YamlTransaction
{
    QString amount; ///< signed decimal as the dump writes it, "-25.03"
    QDate date; ///< value date
    std::optional<QDate> entryDate;
};

/// The transactions of a WoLpH `.yml` file (a PyYAML dump with Python tags), read line by line:
/// `amount: !!python/object/apply:decimal.Decimal ['617874.30']` and the dates written as
/// `!!binary` base64 of year (2 bytes, big-endian), month, day.
QList<YamlTransaction> readWolphTransactions(const QString &path);

/// A decimal string ("-25.03", "800", "1,5") in units of 1/100, or nullopt.
std::optional<qint64> centsOf(const QString &decimal);

} // namespace Mt940Test
