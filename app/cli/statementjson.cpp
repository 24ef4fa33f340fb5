// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementjson.h"

namespace Saldo::Cli {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// "2026-01-05" as QDate::toString(Qt::ISODate) writes it, without going through its
/// printf-style formatter: this runs twice for every line of `statement read --json`.
void dateMember(JsonWriter &json, QLatin1StringView name, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    if (date.isValid())
        date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        json.member(name, isoDate(date)); // invalid (empty) or outside the 4-digit form
        return;
    }
    const char text[10] = {
        char('0' + year / 1000),
        char('0' + year / 100 % 10),
        char('0' + year / 10 % 10),
        char('0' + year % 10),
        '-',
        char('0' + month / 10),
        char('0' + month % 10),
        '-',
        char('0' + day / 10),
        char('0' + day % 10),
    };
    json.member(name, QLatin1StringView(text, sizeof text));
}

QString amountText(const std::optional<Money> &money)
{
    return money ? money->toString() : QString();
}

void writeLine(JsonWriter &json, const StatementLine &line)
{
    json.beginObject();
    dateMember(json, QLatin1StringView("booking_date"), line.bookingDate);
    dateMember(json, QLatin1StringView("value_date"), line.valueDate);
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

} // namespace

void writeStatementJson(JsonWriter &json, const Statement &statement)
{
    json.beginObject();
    json.member(QLatin1StringView("id"), statement.id);
    json.member(QLatin1StringView("account_iban"), statement.accountIban.toString());
    json.member(QLatin1StringView("account_number"), statement.accountNumber);
    json.member(QLatin1StringView("currency"), statement.currency.codeView());
    json.member(QLatin1StringView("sequence"), statement.sequence);
    dateMember(json, QLatin1StringView("date"), statement.date);
    json.member(QLatin1StringView("opening_balance"), amountText(statement.openingBalance));
    json.member(QLatin1StringView("closing_balance"), amountText(statement.closingBalance));
    json.member(QLatin1StringView("balance_check"), balanceCheckName(statement.balanceCheck()));
    json.key(QLatin1StringView("lines"));
    json.beginArray();
    for (const StatementLine &line : statement.lines)
        writeLine(json, line);
    json.endArray();
    json.endObject();
}

} // namespace Saldo::Cli
