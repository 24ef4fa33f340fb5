// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrow.h"
#include "util/jsonwriter.h"

#include <QIODevice>
#include <QStringList>

namespace Saldo::Cli {

/// What `statement import` and `import show` print (../shared/docs/CLI.md).
struct ImportView
{
    qint64 importId = 0;
    QString state; ///< "draft" | "confirmed"
    QString format;
    QString fileName;
    const QList<ImportRow> *rows = nullptr; ///< deleted rows are not shown
    QStringList warnings;
};

/// The JSON document: {"import_id", "rows": [...], "summary": {...}, "warnings": [...], ...}.
void writeImportJson(QIODevice *out, const ImportView &view);
/// One row of "rows", with Saldo's additions evidence, duplicate and suggestions.
void writeImportRowJson(JsonWriter &json, const ImportRow &row);
/// The same as a table for people.
void writeImportTable(QIODevice *out, const ImportView &view);
/// The table's header and one row of it.
QString importTableHeader();
QString importTableRow(const ImportRow &row);

} // namespace Saldo::Cli
