// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/invoiceimporter.h"
#include "ledger/invoicerepository.h"
#include "ledgercommands.h"
#include "util/jsonwriter.h"

#include <QFileInfo>

namespace Saldo::Cli {

namespace {

int invoicesImport(Context &context)
{
    ArgParser args(context, QStringLiteral("invoices import FILE.csv"));
    if (!args.parse(1, 1))
        return args.exitCode();
    const QString path = args.positional().constFirst();
    if (!QFileInfo::exists(context.ledgerPath))
        return context.fail(
            Translate::tr("no ledger at %1; create it with: saldo-cli --ledger %1 init")
                .arg(context.ledgerPath));
    // The whole file is checked before the ledger is even opened, so a faulty file leaves the
    // ledger file untouched, byte for byte.
    const Result<InvoiceImportPlan> plan = InvoiceImportPlan::fromFile(path, path);
    if (!plan)
        return failLines(context, Translate::tr("%1\nnothing was imported").arg(plan.error()));
    const std::unique_ptr<Ledger> ledger = openLedger(context);
    if (!ledger)
        return Refused;
    const Result<InvoiceImportSummary> summary = InvoiceImporter(*ledger).run(*plan);
    if (!summary)
        return failLines(context, Translate::tr("%1\nnothing was imported").arg(summary.error()));
    context.print(
        Translate::tr("Imported %1 invoices from %2 (%3 new counterparties, %4 new IBANs)\n")
            .arg(summary->invoices)
            .arg(path)
            .arg(summary->newCounterparties)
            .arg(summary->newIbans));
    return Ok;
}

void writeInvoiceJson(JsonWriter &writer, const Invoice &invoice)
{
    writer.beginObject();
    writer.member(QLatin1StringView("number"), invoice.number);
    writer.member(QLatin1StringView("kind"), invoiceKindName(invoice.kind));
    writer.member(QLatin1StringView("variable_symbol"), invoice.variableSymbol.toString());
    writer.member(QLatin1StringView("counterparty"), invoice.counterpartyName);
    writer.member(QLatin1StringView("currency"), invoice.total.currency().codeView());
    writer.member(QLatin1StringView("total"), invoice.total.toString());
    writer.member(QLatin1StringView("paid"), invoice.paid.toString());
    writer.member(QLatin1StringView("open"), invoice.open().toString());
    writer.member(QLatin1StringView("status"), paymentStatusName(invoice.status()));
    writer.member(QLatin1StringView("paid_date"), invoice.paidDate.toString(Qt::ISODate));
    // Saldo's additions to the contract's fields.
    writer.member(QLatin1StringView("issue_date"), invoice.issueDate.toString(Qt::ISODate));
    writer.member(QLatin1StringView("due_date"), invoice.dueDate.toString(Qt::ISODate));
    writer.member(QLatin1StringView("posted"), invoice.posted);
    writer.endObject();
}

QString invoiceRow(const Invoice &invoice)
{
    QString counterparty = invoice.counterpartyName;
    if (counterparty.size() > 32)
        counterparty = counterparty.left(31) + QChar(0x2026);
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
        .arg(invoice.number.leftJustified(16),
             QString(invoiceKindName(invoice.kind)).leftJustified(8),
             invoice.variableSymbol.toString().leftJustified(10), counterparty.leftJustified(32),
             invoice.total.currency().code(), invoice.total.toString().rightJustified(13),
             invoice.open().toString().rightJustified(13),
             QString(paymentStatusName(invoice.status())).leftJustified(8),
             invoice.dueDate.toString(Qt::ISODate).leftJustified(10),
             invoice.paidDate.toString(Qt::ISODate));
}

int invoicesList(Context &context)
{
    ArgParser args(context, QStringLiteral("invoices list [--open] [--json]"));
    args.addFlag(QStringLiteral("open"));
    args.addFlag(QStringLiteral("json"));
    if (!args.parse(0, 0))
        return args.exitCode();
    const std::unique_ptr<Ledger> ledger = openLedger(context);
    if (!ledger)
        return Refused;
    InvoiceFilter filter;
    filter.openOnly = args.isSet(QStringLiteral("open"));
    const bool json = args.isSet(QStringLiteral("json"));
    JsonWriter writer(context.out);
    if (json) {
        writer.beginArray();
    } else {
        context.print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                          .arg(Translate::tr("Number").leftJustified(16),
                               Translate::tr("Kind").leftJustified(8),
                               Translate::tr("VS").leftJustified(10),
                               Translate::tr("Counterparty").leftJustified(32),
                               Translate::tr("Cur"), Translate::tr("Total").rightJustified(13),
                               Translate::tr("Open").rightJustified(13),
                               Translate::tr("Status").leftJustified(8),
                               Translate::tr("Due").leftJustified(10), Translate::tr("Paid on")));
    }
    const Status listed = InvoiceRepository(*ledger).forEach(filter, [&](const Invoice &invoice) {
        if (json)
            writeInvoiceJson(writer, invoice);
        else
            context.print(invoiceRow(invoice));
        return true;
    });
    if (json) {
        writer.endArray();
        writer.flush();
    }
    if (!listed)
        return failLines(context, listed.error());
    return Ok;
}

} // namespace

QList<Command> invoiceCommands()
{
    return {
        { { QStringLiteral("invoices"), QStringLiteral("import") },
          QStringLiteral("invoices import FILE.csv"),
          invoicesImport },
        { { QStringLiteral("invoices"), QStringLiteral("list") },
          QStringLiteral("invoices list [--open] [--json]"),
          invoicesList },
    };
}

} // namespace Saldo::Cli
