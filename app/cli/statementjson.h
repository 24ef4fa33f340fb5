// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "util/jsonwriter.h"

namespace Saldo::Cli {

/// Writes one statement as an element of `statement read`'s "statements" array
/// (../shared/docs/CLI.md). Unknown values are empty strings.
void writeStatementJson(JsonWriter &json, const Statement &statement);

} // namespace Saldo::Cli
