// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `statement import` and the `import ...` commands: a draft import is made, edited row by row,
// then confirmed or canceled (../shared/docs/CLI.md, "Statements").
#include "importing/pairingsettings.h"
#include "importing/statementimport.h"
#include "importjson.h"
#include "ledger/importcontinuity.h"
#include "ledger/importrepository.h"
#include "ledger/settingsrepository.h"
#include "ledgercommands.h"

#include <QElapsedTimer>

#include <ctime>

#include <memory>
#include <thread>

namespace Saldo::Cli {

namespace {

const QString kJson = QStringLiteral("json");

void printWarnings(const Context &context, const QStringList &warnings)
{
    for (const QString &warning : warnings)
        *context.err << Translate::tr("saldo-cli: warning: %1").arg(warning) << Qt::endl;
}

void printImport(const Context &context, const ImportView &view, bool json)
{
    if (json) {
        writeImportJson(context.out, view);
        return;
    }
    writeImportTable(context.out, view);
    printWarnings(context, view.warnings);
}

// --timings: the seconds each stage took, on stderr (for scripts/bench-pairing).
ImportProgress stageTimer(const Context &context)
{
    struct Clock
    {
        QElapsedTimer timer;
        std::clock_t cpu = std::clock();
        int stage = -1;
    };
    auto clock = std::make_shared<Clock>();
    clock->timer.start();
    return [clock, &context](ImportStage stage, qint64, qint64) {
        if (int(stage) == clock->stage)
            return;
        static const char *const names[] = { "reading", "loading", "pairing", "storing" };
        const std::clock_t cpu = std::clock();
        if (clock->stage >= 0)
            *context.err << QStringLiteral("timing: %1 %2 s (cpu %3 s)\n")
                                .arg(QLatin1StringView(names[clock->stage]))
                                .arg(clock->timer.restart() / 1000.0, 0, 'f', 2)
                                .arg(double(cpu - clock->cpu) / CLOCKS_PER_SEC, 0, 'f', 2)
                         << Qt::flush;
        clock->cpu = cpu;
        clock->stage = int(stage);
    };
}

int statementImport(Context &context)
{
    ArgParser args(context,
                   QStringLiteral("statement import FILE --account IBAN [--ignore-pos] "
                                  "[--format FORMAT] [--csv-profile ID] [--json]"));
    args.addValueOption(QStringLiteral("account"), QStringLiteral("IBAN"));
    args.addValueOption(QStringLiteral("format"), QStringLiteral("FORMAT"));
    args.addValueOption(QStringLiteral("csv-profile"), QStringLiteral("ID"));
    args.addFlag(QStringLiteral("ignore-pos"));
    args.addFlag(QStringLiteral("timings"));
    args.addFlag(kJson);
    if (!args.parse(1, 1))
        return args.exitCode();
    if (!args.isSet(QStringLiteral("account")))
        return context.fail(Translate::tr("--account IBAN is required\nusage: saldo-cli statement "
                                          "import FILE --account IBAN [--ignore-pos] [--json]"),
                            BadUsage);
    const Result<Iban> account = Iban::parse(args.value(QStringLiteral("account")));
    if (!account)
        return context.fail(Translate::tr("--account: %1").arg(account.error()), BadUsage);
    const QString formatText = args.isSet(QStringLiteral("format"))
        ? args.value(QStringLiteral("format"))
        : QStringLiteral("auto");
    const std::optional<StatementFormat> format = formatFromName(formatText);
    if (!format)
        return context.fail(Translate::tr("unknown format %1").arg(formatText), BadUsage);
    std::unique_ptr<Ledger> ledger = openLedger(context);
    if (!ledger)
        return Refused;
    StatementImportOptions options;
    options.account = *account;
    options.format = *format;
    options.csvProfile = args.value(QStringLiteral("csv-profile"));
    options.ignorePos = args.isSet(QStringLiteral("ignore-pos"));
    if (!options.ignorePos) {
        const Result<bool> setting
            = SettingsRepository(*ledger).boolValue(QStringLiteral("import.ignore_pos"));
        options.ignorePos = setting && *setting;
    }
    const QString path = args.positional().constFirst();
    const ImportProgress timer
        = args.isSet(QStringLiteral("timings")) ? stageTimer(context) : ImportProgress();
    Result<StatementImportResult> result = StatementImport::run(*ledger, path, options, timer);
    if (timer)
        timer(ImportStage(4), 0, 0); // ends the last stage's timing
    if (!result)
        return failLines(context, Translate::tr("%1\nnothing was imported").arg(result.error()));
    ImportView view {
        result->importId, QStringLiteral("draft"), QString(formatName(result->format)), path,
        &result->rows,    result->warnings
    };
    QElapsedTimer output;
    output.start();
    printImport(context, view, args.isSet(kJson));
    if (args.isSet(QStringLiteral("timings")))
        *context.err
            << QStringLiteral("timing: output %1 s\n").arg(output.elapsed() / 1000.0, 0, 'f', 2)
            << Qt::flush;
    // A big import's rows take a tenth of a second to free: that runs beside the closing of the
    // ledger, which waits for the checkpoint the import started in the background.
    const std::jthread freeRows([rows = std::move(result.value().rows)]() mutable { rows = {}; });
    ledger.reset();
    return Ok;
}

// "ID" and "LINE" arguments: positive whole numbers, else bad usage.
std::optional<qint64> parseNumber(const Context &context, const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0) {
        context.fail(Translate::tr("%1 must be a positive number, not %2").arg(what, text),
                     BadUsage);
        return std::nullopt;
    }
    return number;
}

// What the edit commands share: ID and LINE, the ledger, and the row printed after the edit.
struct Edit
{
    qint64 importId = 0;
    int line = 0;
    std::unique_ptr<Ledger> ledger;
};

// On failure `exitCode` says why: bad usage, or a ledger that did not open (refused).
std::optional<Edit> beginEdit(Context &context, ArgParser &args, int positional, int &exitCode)
{
    exitCode = BadUsage;
    if (!args.parse(positional, positional))
        return std::nullopt;
    const std::optional<qint64> id
        = parseNumber(context, args.positional().at(0), QStringLiteral("ID"));
    if (!id)
        return std::nullopt;
    Edit edit;
    edit.importId = *id;
    if (positional >= 2) {
        const std::optional<qint64> line
            = parseNumber(context, args.positional().at(1), QStringLiteral("LINE"));
        if (!line)
            return std::nullopt;
        edit.line = int(*line);
    }
    exitCode = Refused;
    edit.ledger = openLedger(context);
    if (!edit.ledger)
        return std::nullopt;
    exitCode = Ok;
    return edit;
}

int finishEdit(Context &context, Edit &edit, const Status &status)
{
    if (!status)
        return failLines(context, status.error());
    const Result<ImportRow> row = ImportRepository(*edit.ledger).loadRow(edit.importId, edit.line);
    if (!row)
        return failLines(context, row.error());
    context.print(importTableHeader() + importTableRow(*row));
    return Ok;
}

int importShow(Context &context)
{
    ArgParser args(context, QStringLiteral("import show ID [--json]"));
    args.addFlag(kJson);
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 1, code);
    if (!edit)
        return code;
    const Result<StoredImport> import = ImportRepository(*edit->ledger).load(edit->importId);
    if (!import)
        return failLines(context, import.error());
    const Result<QStringList> warnings = continuityWarnings(*edit->ledger, edit->importId);
    if (!warnings)
        return failLines(context, warnings.error());
    ImportView view { import->id,
                      import->state == ImportState::Draft ? QStringLiteral("draft")
                                                          : QStringLiteral("confirmed"),
                      import->format,
                      import->fileName,
                      &import->rows,
                      *warnings };
    printImport(context, view, args.isSet(kJson));
    return Ok;
}

int importAllocate(Context &context)
{
    ArgParser args(context,
                   QStringLiteral("import allocate ID LINE --document NUMBER [--amount X]"));
    args.addValueOption(QStringLiteral("document"), QStringLiteral("NUMBER"));
    args.addValueOption(QStringLiteral("amount"), QStringLiteral("X"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 2, code);
    if (!edit)
        return code;
    if (!args.isSet(QStringLiteral("document")))
        return context.fail(Translate::tr("--document NUMBER is required"), BadUsage);
    ImportRepository imports(*edit->ledger);
    std::optional<Money> amount;
    if (args.isSet(QStringLiteral("amount"))) {
        const Result<ImportRow> row = imports.loadRow(edit->importId, edit->line);
        if (!row)
            return failLines(context, row.error());
        const Currency currency = row->data.amount.currency();
        const Result<Money> parsed = Money::parse(args.value(QStringLiteral("amount")), currency);
        if (!parsed)
            return context.fail(Translate::tr("--amount: %1").arg(parsed.error()), BadUsage);
        amount = *parsed;
    }
    return finishEdit(context, *edit,
                      imports.allocate(edit->importId, edit->line,
                                       args.value(QStringLiteral("document")), amount));
}

int importSetCounterparty(Context &context)
{
    ArgParser args(context, QStringLiteral("import set-counterparty ID LINE NAME"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 3, code);
    if (!edit)
        return code;
    return finishEdit(context, *edit,
                      ImportRepository(*edit->ledger)
                          .setCounterparty(edit->importId, edit->line, args.positional().at(2)));
}

int importSetType(Context &context)
{
    ArgParser args(context, QStringLiteral("import set-type ID LINE TYPE"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 3, code);
    if (!edit)
        return code;
    const std::optional<DocumentType> type = documentTypeFromName(args.positional().at(2));
    if (!type)
        return context.fail(Translate::tr("unknown type %1; one of invoice_payment, own_transfer, "
                                          "no_document, unallocated, deposit, bank_fee")
                                .arg(args.positional().at(2)),
                            BadUsage);
    return finishEdit(context, *edit,
                      ImportRepository(*edit->ledger).setType(edit->importId, edit->line, *type));
}

int importDeleteLine(Context &context)
{
    ArgParser args(context, QStringLiteral("import delete-line ID LINE"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 2, code);
    if (!edit)
        return code;
    const Status deleted = ImportRepository(*edit->ledger).deleteLine(edit->importId, edit->line);
    if (!deleted)
        return failLines(context, deleted.error());
    context.print(Translate::tr("Deleted line %1 of import %2; it will not be imported\n")
                      .arg(edit->line)
                      .arg(edit->importId));
    return Ok;
}

int importAnnul(Context &context)
{
    ArgParser args(context, QStringLiteral("import annul ID LINE"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 2, code);
    if (!edit)
        return code;
    const Status annulled = ImportRepository(*edit->ledger).annulLine(edit->importId, edit->line);
    if (!annulled)
        return failLines(context, annulled.error());
    context.print(Translate::tr("Annulled line %1 of import %2; it pays nothing now\n")
                      .arg(edit->line)
                      .arg(edit->importId));
    return Ok;
}

int importWrite(Context &context)
{
    ArgParser args(context, QStringLiteral("import write ID LINE"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 2, code);
    if (!edit)
        return code;
    const Result<PaymentDateSource> dateSource = paymentDateSourceFromSettings(*edit->ledger);
    if (!dateSource)
        return failLines(context, dateSource.error());
    const Status written
        = ImportRepository(*edit->ledger).writeLine(edit->importId, edit->line, *dateSource);
    if (!written)
        return failLines(context, written.error());
    context.print(Translate::tr("Wrote the payment of line %1 of import %2 into its invoices\n")
                      .arg(edit->line)
                      .arg(edit->importId));
    return Ok;
}

int importConfirm(Context &context)
{
    ArgParser args(context, QStringLiteral("import confirm ID"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 1, code);
    if (!edit)
        return code;
    const Result<PaymentDateSource> dateSource = paymentDateSourceFromSettings(*edit->ledger);
    if (!dateSource)
        return failLines(context, dateSource.error());
    const Result<ConfirmSummary> summary
        = ImportRepository(*edit->ledger).confirm(edit->importId, *dateSource);
    if (!summary)
        return failLines(context, summary.error());
    context.print(Translate::tr("Confirmed import %1: %2 rows paid %3 invoices\n")
                      .arg(edit->importId)
                      .arg(summary->rowsWritten)
                      .arg(summary->invoicesUpdated));
    return Ok;
}

int importCancel(Context &context)
{
    ArgParser args(context, QStringLiteral("import cancel ID"));
    int code = Ok;
    std::optional<Edit> edit = beginEdit(context, args, 1, code);
    if (!edit)
        return code;
    const Status canceled = ImportRepository(*edit->ledger).cancel(edit->importId);
    if (!canceled)
        return failLines(context, canceled.error());
    context.print(
        Translate::tr("Canceled import %1; nothing of it was kept\n").arg(edit->importId));
    return Ok;
}

Command command(const QString &first, const QString &second, const QString &usage, Handler handler)
{
    return { { first, second }, usage, std::move(handler) };
}

} // namespace

QList<Command> importCommands()
{
    const QString import = QStringLiteral("import");
    return {
        command(
            QStringLiteral("statement"), import,
            QStringLiteral(
                "statement import FILE --account IBAN [--ignore-pos] [--format FORMAT] [--json]"),
            statementImport),
        command(import, QStringLiteral("show"), QStringLiteral("import show ID [--json]"),
                importShow),
        command(import, QStringLiteral("allocate"),
                QStringLiteral("import allocate ID LINE --document NUMBER [--amount X]"),
                importAllocate),
        command(import, QStringLiteral("set-counterparty"),
                QStringLiteral("import set-counterparty ID LINE NAME"), importSetCounterparty),
        command(import, QStringLiteral("set-type"), QStringLiteral("import set-type ID LINE TYPE"),
                importSetType),
        command(import, QStringLiteral("delete-line"), QStringLiteral("import delete-line ID LINE"),
                importDeleteLine),
        command(import, QStringLiteral("annul"), QStringLiteral("import annul ID LINE"),
                importAnnul),
        command(import, QStringLiteral("write"), QStringLiteral("import write ID LINE"),
                importWrite),
        command(import, QStringLiteral("confirm"), QStringLiteral("import confirm ID"),
                importConfirm),
        command(import, QStringLiteral("cancel"), QStringLiteral("import cancel ID"), importCancel),
    };
}

} // namespace Saldo::Cli
