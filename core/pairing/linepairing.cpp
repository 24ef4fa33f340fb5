// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/linepairing.h"

#include "util/tr.h"

namespace Saldo {

namespace {

constexpr QLatin1StringView kTypeNames[] = {
    QLatin1StringView("invoice_payment"), QLatin1StringView("own_transfer"),
    QLatin1StringView("no_document"),     QLatin1StringView("unallocated"),
    QLatin1StringView("deposit"),         QLatin1StringView("bank_fee"),
};

} // namespace

QLatin1StringView documentTypeName(DocumentType type)
{
    return kTypeNames[int(type)];
}

std::optional<DocumentType> documentTypeFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(kTypeNames)); ++i) {
        if (name == kTypeNames[i])
            return DocumentType(i);
    }
    return std::nullopt;
}

QLatin1StringView rowColourName(RowColour colour)
{
    switch (colour) {
    case RowColour::Green:
        return QLatin1StringView("green");
    case RowColour::Black:
        return QLatin1StringView("black");
    case RowColour::Red:
        return QLatin1StringView("red");
    case RowColour::Grey:
        return QLatin1StringView("grey");
    }
    return {};
}

QLatin1StringView suggestionReasonName(SuggestionReason reason)
{
    switch (reason) {
    case SuggestionReason::VsOneDigitOff:
        return QLatin1StringView("vs_one_digit_off");
    case SuggestionReason::VsDigitsSwapped:
        return QLatin1StringView("vs_digits_swapped");
    case SuggestionReason::AmountEqual:
        return QLatin1StringView("amount_equal");
    case SuggestionReason::AmountClose:
        return QLatin1StringView("amount_close");
    case SuggestionReason::SumEqual:
        return QLatin1StringView("sum_equal");
    case SuggestionReason::AmbiguousReference:
        return QLatin1StringView("ambiguous_reference");
    case SuggestionReason::Unposted:
        return QLatin1StringView("unposted");
    }
    return {};
}

QString describeSuggestion(const Suggestion &s)
{
    QStringList numbers;
    for (const SuggestedInvoice &invoice : s.invoices)
        numbers.append(invoice.number);
    const QString first = numbers.value(0);
    const QString open = s.invoices.isEmpty() ? QString() : s.invoices.first().open.toString();
    switch (s.reason) {
    case SuggestionReason::VsOneDigitOff:
        return Tr::tr("VS %1 differs in one digit from %2 of %3 (open %4)")
            .arg(s.written, first, s.counterpartyName, open);
    case SuggestionReason::VsDigitsSwapped:
        return Tr::tr("VS %1 has two digits swapped against %2 of %3 (open %4)")
            .arg(s.written, first, s.counterpartyName, open);
    case SuggestionReason::AmountEqual:
        return Tr::tr("no reference, but the amount equals the open %1 of %2").arg(open, first);
    case SuggestionReason::AmountClose:
        return Tr::tr("the amount is close to the open %1 of %2").arg(open, first);
    case SuggestionReason::SumEqual:
        return Tr::tr("no reference, but %1 together equal the amount")
            .arg(numbers.join(QLatin1StringView(", ")));
    case SuggestionReason::AmbiguousReference:
        return Tr::tr("reference %1 fits %2 of %3 (open %4)")
            .arg(s.written, first, s.counterpartyName, open);
    case SuggestionReason::Unposted:
        return Tr::tr("reference %1 fits %2, which is not posted").arg(s.written, first);
    }
    return {};
}

QStringList LinePairing::documents() const
{
    QStringList numbers;
    numbers.reserve(allocations.size());
    for (const Allocation &a : allocations)
        numbers.append(a.number);
    return numbers;
}

} // namespace Saldo
