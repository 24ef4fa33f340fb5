// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "formats/common/statementreader.h"
#include "statementjson.h"
#include "statementplain.h"

#include <QFileInfo>

namespace Saldo::Cli {

namespace {

int statementRead(Context &context)
{
    ArgParser args(context,
                   QStringLiteral("statement read FILE [--format auto|camt053|camt052|camt054|"
                                  "mt940|gpc|csv|ofx] [--json]"));
    args.addValueOption(QStringLiteral("format"), QStringLiteral("FORMAT"));
    args.addValueOption(QStringLiteral("csv-profile"), QStringLiteral("ID"));
    args.addFlag(QStringLiteral("json"));
    if (!args.parse(1, 1))
        return args.exitCode();
    const QString path = args.positional().constFirst();
    const std::optional<StatementFormat> format
        = formatFromName(args.isSet(QStringLiteral("format")) ? args.value(QStringLiteral("format"))
                                                              : QStringLiteral("auto"));
    if (!format)
        return context.fail(
            Translate::tr("unknown format %1").arg(args.value(QStringLiteral("format"))), BadUsage);
    const bool json = args.isSet(QStringLiteral("json"));
    ReadOptions options;
    options.fileName = path;
    options.csvProfile = args.value(QStringLiteral("csv-profile"));

    // Statements are written as they arrive; the format is known only after detection, so the
    // JSON document's "format" member is written last (members are unordered in JSON).
    JsonWriter writer(context.out);
    if (json) {
        writer.beginObject();
        writer.key(QLatin1StringView("statements"));
        writer.beginArray();
    }
    // Both outputs are written as the reader goes, a part of a statement at a time (a CSV
    // export is one statement of any length).
    StatementJsonSink jsonSink(writer);
    StatementPlainSink plainSink(context.out);
    const ReadResult result = json ? readStatementFile(path, *format, jsonSink, options)
                                   : readStatementFile(path, *format, plainSink, options);
    plainSink.flush();
    jsonSink.closeUnfinished();
    if (json) {
        writer.endArray();
        writer.member(QLatin1StringView("format"), formatName(result.format));
        writer.key(QLatin1StringView("warnings"));
        writer.beginArray();
        for (const QString &warning : result.warnings)
            writer.value(warning);
        writer.endArray();
        writer.endObject();
        writer.flush();
    }
    for (const QString &warning : result.warnings)
        *context.err << Translate::tr("saldo-cli: warning: %1").arg(warning) << Qt::endl;
    if (result.error)
        return context.fail(result.error->toString());
    return Ok;
}

} // namespace

QList<Command> statementCommands()
{
    return {
        { { QStringLiteral("statement"), QStringLiteral("read") },
          QStringLiteral("statement read FILE [--format FORMAT] [--json]"),
          statementRead },
    };
}

} // namespace Saldo::Cli
