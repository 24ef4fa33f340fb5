// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/csv/csvprofile.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace Saldo {

/// A profile applied to one file: its text encoding, which record is the header and which
/// column holds each role.
struct CsvLayout
{
    const CsvProfile *profile = nullptr;
    TextEncoding encoding = TextEncoding::Utf8;
    int headerRecord = 0; ///< 0-based record index of the header
    QStringList headerNames; ///< as written, for messages
    std::array<int, size_t(CsvRole::Count)> columns {}; ///< 0-based, -1 when absent
    QList<int> descriptionColumns;

    int column(CsvRole role) const { return columns[size_t(role)]; }
    /// "Amount" or "column 3" for error messages.
    QString columnName(int column) const;
};

/// How many records at the start of a file may come before the header (metadata blocks).
constexpr int MaxRecordsBeforeHeader = 30;

/// Finds `profile`'s header among the first records of `head` (the start of the file).
std::optional<CsvLayout> findCsvLayout(const CsvProfile &profile, QByteArrayView head);
/// The automatically detectable profile whose header `head` has; the one naming the most
/// columns when several fit.
std::optional<CsvLayout> detectCsvLayout(QByteArrayView head, const QList<CsvProfile> &profiles);

/// A header name for comparison: case folded, spaces collapsed, stray separators and a
/// leading '#' removed.
QString normalizeCsvHeaderName(QStringView name);
/// The 0-based column of `spec` ("Name", "Name|Other", "Name#2", "@3") in a normalized
/// header, or -1.
int findCsvColumn(const QStringList &normalizedHeader, const QString &spec);

} // namespace Saldo
