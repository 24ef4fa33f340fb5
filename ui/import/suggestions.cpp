// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestions.h"

#include "ledger/importrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Saldo {

QList<RowSuggestion> rowSuggestions(const ImportRow &row)
{
    QList<RowSuggestion> suggestions;
    if (row.suggestions.isEmpty())
        return suggestions;
    const QJsonArray array = QJsonDocument::fromJson(row.suggestions.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        RowSuggestion suggestion;
        suggestion.text = object.value(u"text").toString();
        for (const QJsonValue &document : object.value(u"documents").toArray())
            suggestion.documents.append(document.toString());
        if (!suggestion.documents.isEmpty())
            suggestions.append(suggestion);
    }
    return suggestions;
}

Result<RowState> stateWithSuggestion(Ledger &ledger, const ImportRow &row,
                                     const RowSuggestion &suggestion)
{
    RowState state = RowState::of(row);
    const Currency currency = row.data.amount.currency();
    state.type = DocumentType::InvoicePayment;
    state.allocations.clear();
    Money left = row.data.amount.abs();
    for (const QString &number : suggestion.documents) {
        const Result<std::optional<Invoice>> invoice = invoicePaidByRow(ledger, row, number);
        if (!invoice)
            return Error { invoice.error() };
        if (!invoice->has_value())
            return Error { QCoreApplication::translate("Saldo::RowSuggestion",
                                                       "There is no invoice %1 any more.")
                               .arg(number) };
        const Invoice &target = invoice->value();
        if (target.total.currency() != currency)
            return Error { QCoreApplication::translate("Saldo::RowSuggestion",
                                                       "%1 is in %2, the row in %3.")
                               .arg(number, target.total.currency().code(), currency.code()) };
        const Money amount = std::min(left, target.open().abs());
        if (!amount.isPositive())
            continue;
        state.allocations.append({ target.id, target.number, amount, true });
        left -= amount;
        if (state.counterpartyId == 0)
            state.counterpartyId = target.counterpartyId;
    }
    if (state.allocations.isEmpty())
        return Error { QCoreApplication::translate("Saldo::RowSuggestion",
                                                   "Nothing is open on %1 any more.")
                           .arg(suggestion.documents.join(QStringLiteral(", "))) };
    state.rule = QStringLiteral("suggestion applied by hand");
    return state;
}

} // namespace Saldo
