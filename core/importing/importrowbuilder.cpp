// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importrowbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Saldo {

void applyPairing(ImportRow &row, const LinePairing &pairing)
{
    row.type = pairing.type;
    row.colour = pairing.colour;
    row.counterpartyId = pairing.counterpartyId;
    row.counterpartyName = pairing.counterpartyName;
    row.allocations.clear();
    row.allocations.reserve(pairing.allocations.size());
    for (const Allocation &allocation : pairing.allocations)
        row.allocations.append(
            { allocation.invoiceId, allocation.number, allocation.amount, false });
    const Money zero(0, row.data.amount.currency());
    row.allocated = pairing.allocated.currency().isValid() ? pairing.allocated : zero;
    row.unallocated = pairing.unallocated.currency().isValid() ? pairing.unallocated : zero;
    row.rule = pairing.rule;
    row.evidence = pairing.evidenceText();
    row.suggestions = suggestionsJson(pairing.suggestions);
}

void markDuplicate(ImportRow &row, qint64 importId, int line)
{
    row.duplicate = true;
    row.type = DocumentType::Unallocated;
    row.rule = QStringLiteral("duplicate of import %1 line %2").arg(importId).arg(line);
    recomputeRow(row);
}

QString suggestionsJson(const QList<Suggestion> &suggestions)
{
    if (suggestions.isEmpty())
        return {};
    QJsonArray array;
    for (const Suggestion &suggestion : suggestions) {
        QJsonArray documents;
        for (const SuggestedInvoice &invoice : suggestion.invoices)
            documents.append(invoice.number);
        array.append(QJsonObject {
            { QStringLiteral("reason"), QString(suggestionReasonName(suggestion.reason)) },
            { QStringLiteral("documents"), documents },
            { QStringLiteral("counterparty"), suggestion.counterpartyName },
            { QStringLiteral("text"), describeSuggestion(suggestion) } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace Saldo
