// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Saldo {

enum class StatementFormat { Auto, Camt053, Camt052, Camt054, Mt940, Gpc, Csv, Ofx };

/// The names used by `saldo-cli --format` and in JSON: "auto", "camt053", "mt940", "gpc" ...
QLatin1StringView formatName(StatementFormat format);
std::optional<StatementFormat> formatFromName(QStringView name);

} // namespace Saldo
