// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"
#include "formats/csv/csvlayout.h"

#include <QHash>

#include <optional>

namespace Saldo {

class CsvRecordReader;

/// Turns the data rows of a bank CSV into statement lines as the file's layout says.
class CsvRowMapper
{
public:
    CsvRowMapper(const CsvLayout &layout, const QString &fileName);

    enum class Outcome { Line, Skip, Error };
    /// Reads the current record into `line`: Skip for a row without date and amount (a blank or
    /// summary row), Error with error() naming the line, the column and the value.
    Outcome map(const CsvRecordReader &record, StatementLine &line);
    const ReadError &error() const { return m_error; }

    /// A field of the current record, decoded.
    QString text(const CsvRecordReader &record, int column) const;
    /// An amount as the profile writes them, in `currency`.
    Result<Money> parseAmount(QStringView text, Currency currency) const;
    /// The account number text as an IBAN (or a CZ/SK local number made into one); a null Iban
    /// when it is neither.
    Iban ibanOf(const QString &account);
    /// The currency used when a row names none.
    Currency defaultCurrency() const { return m_layout.profile->currency; }

private:
    bool fail(const CsvRecordReader &record, int column, const QString &message);
    bool readAmount(const CsvRecordReader &record, Currency currency, Money &amount);
    bool readCurrency(const CsvRecordReader &record, Currency &currency);
    bool readDates(const CsvRecordReader &record, StatementLine &line);
    void readCounterparty(const CsvRecordReader &record, StatementLine &line);
    void readSymbols(const CsvRecordReader &record, StatementLine &line) const;
    QString description(const CsvRecordReader &record) const;

    const CsvLayout &m_layout;
    const CsvProfile &m_profile;
    const QString &m_fileName;
    ReadError m_error;
    QHash<QString, Currency> m_currencies;
    QHash<QString, Iban> m_ibans;
};

} // namespace Saldo
