// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/invoicecsvreader.h"

#include "ledger/sqlutil.h"
#include "util/tr.h"

namespace Saldo {

namespace {

// In the order of InvoiceCsvReader::Column; the first eleven are required.
constexpr const char *kColumnNames[]
    = { "kind",       "number",    "variable_symbol", "counterparty", "counterparty_iban",
        "issue_date", "due_date",  "currency",        "total",        "paid",
        "posted",     "paid_date", "company_id" };
constexpr int kRequiredColumns = 11;

// Empty text is "no date" only where the column allows it.
bool parseDate(const QString &text, bool optional, QDate &date, QString &what)
{
    if (text.isEmpty() && optional)
        return true;
    date = SqlUtil::parseIsoDate(text);
    if (!date.isValid()) {
        what = Tr::tr("expected a date YYYY-MM-DD, found \"%1\"").arg(text);
        return false;
    }
    return true;
}

} // namespace

InvoiceCsvReader::InvoiceCsvReader(QIODevice *device, QString fileName)
    : m_records(device)
    , m_fileName(std::move(fileName))
{
    std::fill(std::begin(m_index), std::end(m_index), -1);
}

const QStringList &InvoiceCsvReader::requiredColumns()
{
    static const QStringList columns = [] {
        QStringList list;
        for (int i = 0; i < kRequiredColumns; ++i)
            list.append(QLatin1String(kColumnNames[i]));
        return list;
    }();
    return columns;
}

QString InvoiceCsvReader::message(qint64 line, const QString &field, const QString &what) const
{
    return Tr::tr("%1:%2: %3: %4").arg(m_fileName).arg(line).arg(field, what);
}

Status InvoiceCsvReader::readHeader()
{
    const CsvRecordStream::Next next = m_records.next(m_fields);
    if (next == CsvRecordStream::Next::Error)
        return Error { message(m_records.recordLine(), Tr::tr("header"), m_records.error()) };
    if (next == CsvRecordStream::Next::End)
        return Error { message(1, Tr::tr("header"),
                               Tr::tr("the file is empty; expected the header %1")
                                   .arg(requiredColumns().join(QLatin1Char(',')))) };
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString name = m_fields.at(i).trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == QLatin1String(kColumnNames[c]))
                column = c;
        }
        if (column < 0)
            return Error { message(
                m_records.recordLine(), Tr::tr("header"),
                Tr::tr("unknown column \"%1\"; expected %2")
                    .arg(m_fields.at(i), requiredColumns().join(QLatin1Char(',')))) };
        if (m_index[column] >= 0)
            return Error { message(m_records.recordLine(), Tr::tr("header"),
                                   Tr::tr("column \"%1\" appears twice").arg(name)) };
        m_index[column] = int(i);
    }
    for (int c = 0; c < kRequiredColumns; ++c) {
        if (m_index[c] < 0)
            return Error { message(
                m_records.recordLine(), Tr::tr("header"),
                Tr::tr("missing column \"%1\"").arg(QLatin1String(kColumnNames[c]))) };
    }
    m_columnCount = m_fields.size();
    return {};
}

QString InvoiceCsvReader::field(Column column) const
{
    return m_index[column] < 0 ? QString() : m_fields.at(m_index[column]).trimmed();
}

InvoiceCsvReader::Next InvoiceCsvReader::next(InvoiceCsvRow &row)
{
    const CsvRecordStream::Next next = m_records.next(m_fields);
    if (next == CsvRecordStream::Next::End)
        return Next::End;
    const qint64 line = m_records.recordLine();
    if (next == CsvRecordStream::Next::Error) {
        m_error = message(line, Tr::tr("row"), m_records.error());
        return Next::Error;
    }
    if (m_fields.size() != m_columnCount) {
        m_error = message(line, Tr::tr("row"),
                          Tr::tr("expected %1 fields like the header, found %2")
                              .arg(m_columnCount)
                              .arg(m_fields.size()));
        return Next::BadRow;
    }
    row = InvoiceCsvRow();
    row.line = line;
    QString column, what;
    if (!parseRow(row, column, what)) {
        m_error = message(line, column, what);
        return Next::BadRow;
    }
    return Next::Row;
}

bool InvoiceCsvReader::parseRow(InvoiceCsvRow &row, QString &column, QString &what) const
{
    Invoice &invoice = row.invoice;
    const auto bad = [&](Column c, const QString &text) {
        column = QLatin1String(kColumnNames[c]);
        what = text;
        return false;
    };
    const QString kind = field(Kind);
    const std::optional<InvoiceKind> parsedKind = invoiceKindFromName(kind);
    if (!parsedKind)
        return bad(Kind, Tr::tr("expected \"issued\" or \"received\", found \"%1\"").arg(kind));
    invoice.kind = *parsedKind;
    invoice.number = field(Number);
    if (invoice.number.isEmpty())
        return bad(Number, Tr::tr("the invoice number must not be empty"));
    if (const QString vs = field(VariableSymbolColumn); !vs.isEmpty()) {
        const Result<VariableSymbol> symbol = VariableSymbol::parse(vs);
        if (!symbol)
            return bad(VariableSymbolColumn, symbol.error());
        invoice.variableSymbol = *symbol;
    }
    invoice.counterpartyName = field(CounterpartyColumn);
    if (invoice.counterpartyName.isEmpty())
        return bad(CounterpartyColumn, Tr::tr("the counterparty's name must not be empty"));
    const QString ibans = field(CounterpartyIban);
    for (const QStringView text : QStringView(ibans).split(u';', Qt::SkipEmptyParts)) {
        if (text.trimmed().isEmpty())
            continue;
        const Result<Iban> iban = Iban::parse(text);
        if (!iban)
            return bad(CounterpartyIban, iban.error());
        if (!row.ibans.contains(*iban))
            row.ibans.append(*iban);
    }
    if (!parseDate(field(IssueDate), false, invoice.issueDate, what))
        return bad(IssueDate, what);
    if (!parseDate(field(DueDate), true, invoice.dueDate, what))
        return bad(DueDate, what);
    const Result<Currency> currency = Currency::fromCode(field(CurrencyColumn));
    if (!currency)
        return bad(CurrencyColumn, currency.error());
    const Result<Money> total = Money::parse(field(Total), *currency);
    if (!total)
        return bad(Total, total.error());
    invoice.total = *total;
    const Result<Money> paid = Money::parse(field(Paid), *currency);
    if (!paid)
        return bad(Paid, paid.error());
    invoice.paid = *paid;
    const QString posted = field(Posted);
    if (posted != u"1" && posted != u"0")
        return bad(Posted, Tr::tr("expected 1 or 0, found \"%1\"").arg(posted));
    invoice.posted = posted == u"1";
    if (!parseDate(field(PaidDate), true, invoice.paidDate, what))
        return bad(PaidDate, what);
    row.companyId = field(CompanyId);
    return true;
}

} // namespace Saldo
