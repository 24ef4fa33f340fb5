// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/csvrecordstream.h"
#include "model/invoice.h"
#include "money/iban.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace Saldo {

/// One valid row of an invoice CSV file.
struct InvoiceCsvRow
{
    qint64 line = 0; ///< where the row begins in the file (header = line 1)
    /// The invoice; counterpartyName is the row's counterparty, counterpartyId is 0.
    Invoice invoice;
    QList<Iban> ibans; ///< counterparty_iban split at ';'
    QString companyId; ///< optional column company_id
};

/// Reads and checks the rows of the `saldo-cli invoices import` CSV file (CLI.md): UTF-8,
/// comma-separated, RFC 4180 quotes, header
/// `kind,number,variable_symbol,counterparty,counterparty_iban,issue_date,due_date,currency,total,paid,posted`
/// in any order, plus the optional columns `paid_date` and `company_id` (Saldo's extensions).
/// Every field is checked with the validated types (Iban, VariableSymbol, Currency,
/// Money::parse in the row's currency, strict ISO dates); messages read
/// "FILE:LINE: FIELD: what is wrong".
///
/// Only the file is read, never the ledger. Not thread-safe; one reader per file.
class InvoiceCsvReader
{
public:
    enum class Next {
        Row, ///< `row` holds a valid row
        BadRow, ///< the row is wrong (error()); the following rows can still be read
        End,
        Error, ///< the file cannot be read further (error())
    };

    /// `fileName` is how messages name the file.
    InvoiceCsvReader(QIODevice *device, QString fileName);

    /// The columns the header must have.
    static const QStringList &requiredColumns();

    /// Reads and checks the header; must come first.
    Status readHeader();
    Next next(InvoiceCsvRow &row);
    const QString &error() const { return m_error; }

private:
    enum Column {
        Kind,
        Number,
        VariableSymbolColumn,
        CounterpartyColumn,
        CounterpartyIban,
        IssueDate,
        DueDate,
        CurrencyColumn,
        Total,
        Paid,
        Posted,
        PaidDate,
        CompanyId,
        ColumnCount
    };

    QString message(qint64 line, const QString &field, const QString &what) const;
    QString field(Column column) const;
    /// Fills `row` from m_fields; on a fault names the column in `column` and says what is wrong.
    bool parseRow(InvoiceCsvRow &row, QString &column, QString &what) const;

    CsvRecordStream m_records;
    QString m_fileName;
    QStringList m_fields;
    int m_index[ColumnCount]; ///< field index of each column, -1 when absent
    qsizetype m_columnCount = 0;
    QString m_error;
};

} // namespace Saldo
