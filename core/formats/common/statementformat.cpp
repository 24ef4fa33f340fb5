// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementformat.h"

#include <array>
#include <utility>

namespace Saldo {

namespace {
constexpr std::array<std::pair<StatementFormat, const char *>, 8> formatNames { {
    { StatementFormat::Auto, "auto" },
    { StatementFormat::Camt053, "camt053" },
    { StatementFormat::Camt052, "camt052" },
    { StatementFormat::Camt054, "camt054" },
    { StatementFormat::Mt940, "mt940" },
    { StatementFormat::Gpc, "gpc" },
    { StatementFormat::Csv, "csv" },
    { StatementFormat::Ofx, "ofx" },
} };
} // namespace

QLatin1StringView formatName(StatementFormat format)
{
    for (const auto &[f, name] : formatNames) {
        if (f == format)
            return QLatin1StringView(name);
    }
    return QLatin1StringView("auto");
}

std::optional<StatementFormat> formatFromName(QStringView name)
{
    for (const auto &[f, n] : formatNames) {
        if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
            return f;
    }
    // "abo" is the Czech name of the same record format.
    if (name.compare(QLatin1StringView("abo"), Qt::CaseInsensitive) == 0)
        return StatementFormat::Gpc;
    return std::nullopt;
}

} // namespace Saldo
