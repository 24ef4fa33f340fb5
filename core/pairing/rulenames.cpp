// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/rulenames.h"

#include <array>

namespace Saldo {

namespace {

constexpr int kBy = 4;
constexpr int kBases = 10;
constexpr int kSuffixes = 3;

struct RuleTable
{
    std::array<QString, kBy * kBases * kSuffixes> names;

    RuleTable()
    {
        const char *const by[kBy] = { "iban", "name", "description", "name in description" };
        const char *const bases[kBases]
            = { "+vs",           "+invoice-number",      "+rf",     "+kid",
                "+references",   "+references+sum",      "+amount", "+sum",
                ", no document", ", ambiguous reference" };
        const char *const suffixes[kSuffixes] = { "", ", partial", ", overpaid" };
        for (int b = 0; b < kBy; ++b) {
            for (int r = 0; r < kBases; ++r) {
                for (int s = 0; s < kSuffixes; ++s)
                    names[std::size_t((b * kBases + r) * kSuffixes + s)] = QLatin1StringView(by[b])
                        + QLatin1StringView(bases[r]) + QLatin1StringView(suffixes[s]);
            }
        }
    }
};

} // namespace

const QString &ruleName(RecognisedBy by, RuleBasis basis, RuleSuffix suffix)
{
    static const RuleTable table;
    return table.names[std::size_t((int(by) * kBases + int(basis)) * kSuffixes + int(suffix))];
}

RuleBasis ruleBasis(ReferenceSource source, bool isNumber)
{
    switch (source) {
    case ReferenceSource::CreditorReference:
        return RuleBasis::Rf;
    case ReferenceSource::Kid:
        return RuleBasis::Kid;
    default:
        break;
    }
    return isNumber ? RuleBasis::InvoiceNumber : RuleBasis::Vs;
}

} // namespace Saldo
