// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementjson.h"

#include "util/isodate.h"

#include <QBuffer>

namespace Saldo::Cli {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// "2026-01-05" as QDate::toString(Qt::ISODate) writes it, without going through its
/// printf-style formatter: this runs twice for every line of `statement read --json`.
void dateMember(JsonWriter &json, QLatin1StringView name, const QDate &date, LastIsoDate &last)
{
    const auto &text = last.of(date);
    if (!text) {
        json.member(name, isoDate(date)); // invalid (empty) or outside the 4-digit form
        return;
    }
    json.member(name, QLatin1StringView(text->data(), text->size()));
}

QString amountText(const std::optional<Money> &money)
{
    return money ? money->toString() : QString();
}

/// The dates of the line written last, for the next one's.
struct LineDates
{
    LastIsoDate booking;
    LastIsoDate value;
};

void writeLine(JsonWriter &json, const StatementLine &line, LineDates &dates)
{
    json.beginObject();
    dateMember(json, QLatin1StringView("booking_date"), line.bookingDate, dates.booking);
    dateMember(json, QLatin1StringView("value_date"), line.valueDate, dates.value);
    json.member(QLatin1StringView("amount"), line.amount.toString());
    json.member(QLatin1StringView("currency"), line.amount.currency().codeView());
    json.member(QLatin1StringView("counterparty_name"), line.counterpartyName);
    json.member(QLatin1StringView("counterparty_iban"), line.counterpartyIban.toString());
    json.member(QLatin1StringView("counterparty_account"), line.counterpartyAccount);
    json.member(QLatin1StringView("counterparty_bic"), line.counterpartyBic);
    json.member(QLatin1StringView("variable_symbol"), line.variableSymbol.toString());
    json.member(QLatin1StringView("constant_symbol"), line.constantSymbol.toString());
    json.member(QLatin1StringView("specific_symbol"), line.specificSymbol.toString());
    json.member(QLatin1StringView("creditor_reference"), line.creditorReference.toString());
    json.member(QLatin1StringView("kid"), line.kid.toString());
    json.member(QLatin1StringView("reference"), line.reference);
    json.member(QLatin1StringView("bank_reference"), line.bankReference);
    json.member(QLatin1StringView("description"), line.description);
    json.member(QLatin1StringView("transaction_code"), line.transactionCode);
    json.member(QLatin1StringView("card"), line.card);
    json.member(QLatin1StringView("source_line"), line.sourceLine);
    json.endObject();
}

void beginStatement(JsonWriter &json, const Statement &header)
{
    json.beginObject();
    json.member(QLatin1StringView("id"), header.id);
    json.member(QLatin1StringView("account_iban"), header.accountIban.toString());
    json.member(QLatin1StringView("account_number"), header.accountNumber);
    json.member(QLatin1StringView("currency"), header.currency.codeView());
    json.member(QLatin1StringView("sequence"), header.sequence);
    json.member(QLatin1StringView("opening_balance"), amountText(header.openingBalance));
    json.key(QLatin1StringView("lines"));
    json.beginArray();
}

void endStatement(JsonWriter &json, const Statement &header, BalanceCheck check)
{
    json.endArray();
    LastIsoDate date;
    dateMember(json, QLatin1StringView("date"), header.date, date);
    json.member(QLatin1StringView("closing_balance"), amountText(header.closingBalance));
    json.member(QLatin1StringView("balance_check"), balanceCheckName(check));
    json.member(QLatin1StringView("information"), header.information);
    json.endObject();
}

} // namespace

void writeStatementJson(JsonWriter &json, const Statement &statement)
{
    beginStatement(json, statement);
    LineDates dates;
    for (const StatementLine &line : statement.lines)
        writeLine(json, line, dates);
    endStatement(json, statement, statement.balanceCheck());
}

namespace {

/// Lines held back before a statement is written: most statements are complete by then.
constexpr qsizetype HeldLines = 8192;

} // namespace

StatementJsonSink::StatementJsonSink(JsonWriter &json)
    : m_json(json)
    , m_preparer(json.isPretty(), json.depth() + 2) // a statement object, its "lines" array
{ }

PreparedLines StatementJsonSink::Preparer::prepare(QList<StatementLine> &&lines) const
{
    // About a kilobyte a line: room made once rather than grown (and copied) as it fills.
    constexpr qsizetype BytesPerLine = 1024;
    PreparedLines prepared;
    prepared.bytes.reserve(lines.size() * BytesPerLine);
    QBuffer buffer(&prepared.bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter elements(&buffer, m_pretty, m_linesDepth);
        LineDates dates;
        for (const StatementLine &line : std::as_const(lines)) {
            prepared.total.add(line.amount);
            writeLine(elements, line, dates);
        }
    }
    buffer.close();
    prepared.count = lines.size();
    return prepared;
}

bool StatementJsonSink::begin(const Statement &header)
{
    closeUnfinished();
    m_header = header;
    m_total = {};
    m_open = true;
    return true;
}

void StatementJsonSink::startWriting()
{
    m_writing = true;
    beginStatement(m_json, m_header);
    m_json.appendElements(m_held);
    m_held = {};
    m_heldLines = 0;
}

bool StatementJsonSink::addLines(QList<StatementLine> &&lines)
{
    return addPrepared(m_preparer.prepare(std::move(lines)));
}

bool StatementJsonSink::addPrepared(PreparedLines &&lines)
{
    m_total.add(lines.total);
    if (m_writing) {
        m_json.appendElements(lines.bytes);
        return true;
    }
    if (m_held.isEmpty())
        m_held = std::move(lines.bytes);
    else
        m_held.append(lines.bytes);
    m_heldLines += lines.count;
    if (m_heldLines >= HeldLines)
        startWriting();
    return true;
}

bool StatementJsonSink::end(const Statement &header)
{
    if (!m_writing)
        startWriting();
    endStatement(m_json, header, m_total.check(header.openingBalance, header.closingBalance));
    m_open = false;
    m_writing = false;
    return true;
}

void StatementJsonSink::closeUnfinished()
{
    if (m_open && m_writing)
        end(m_header);
    m_open = false;
    m_writing = false;
    m_held = {};
    m_heldLines = 0;
}

} // namespace Saldo::Cli
