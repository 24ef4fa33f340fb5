// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/textdecoder.h"
#include "formats/csv/csvdateformat.h"
#include "money/currency.h"
#include "util/result.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>

namespace Saldo {

/// What a column of a bank's CSV holds. A profile maps each role it knows to a column.
enum class CsvRole {
    BookingDate,
    ValueDate,
    Amount, ///< signed, or unsigned with a Direction column
    Debit, ///< money out (its sign is ignored)
    Credit, ///< money in
    Direction, ///< "Kredit"/"Debet" beside an unsigned amount
    Currency,
    Account, ///< the statement's own account, repeated on every row
    CounterpartyIban,
    CounterpartyAccountPrefix,
    CounterpartyAccount, ///< local account number, "number/bank", or an IBAN
    CounterpartyBankCode,
    CounterpartyName,
    CounterpartyBic,
    VariableSymbol,
    ConstantSymbol,
    SpecificSymbol,
    Reference,
    BankReference,
    TransactionCode,
    Count
};

/// How one bank writes its CSV export, read from a JSON file (resources/csvprofiles/). Columns
/// are named as in the header: "Name", alternatives "Name|Other name", the second of two
/// columns of one name "Name#2", or a 1-based position "@3" for exports without usable names.
struct CsvProfile
{
    QString id;
    QString bank;
    QString country; ///< ISO code; CZ and SK make local account numbers into IBANs
    QString notes;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ';';
    char quote = '"';
    /// ',' or '.'; a null QChar reads the separator from each value ("auto").
    QChar decimalSeparator = u',';
    QString thousandsSeparators; ///< besides spaces, which are always ignored
    CsvDateFormat dateFormat;
    Currency currency; ///< when no column gives one
    QStringList header; ///< names the header row must contain (to find it and to detect)
    int headerLine = 0; ///< 1-based line of the header for profiles by position; 0 = find it
    /// Exports without a header row: how many fields every row has (0 = the file has a header).
    /// Such a profile is detected by its rows: that many fields and a date in booking_date.
    int fieldCount = 0;
    bool detect = true; ///< may be picked automatically
    std::array<QString, size_t(CsvRole::Count)> columns;
    QStringList descriptionColumns; ///< joined with spaces
    QStringList creditValues, debitValues; ///< of the Direction column
    // Patterns for the lines before the header; capture group 1 (and 2 for the period).
    QRegularExpression accountPattern, openingBalancePattern, closingBalancePattern, periodPattern;

    const QString &column(CsvRole role) const { return columns[size_t(role)]; }
    bool headerless() const { return header.isEmpty() && headerLine <= 0 && fieldCount > 0; }

    /// Reads a profile; errors name `source` and the key at fault.
    static Result<CsvProfile> fromJson(const QByteArray &json, const QString &source);
};

} // namespace Saldo
