// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/accountrepository.h"
#include "ledgercommands.h"
#include "util/jsonwriter.h"

namespace Saldo::Cli {

namespace {

int accountAdd(Context &context)
{
    ArgParser args(context, QStringLiteral("account add --iban IBAN --name NAME [--currency EUR]"));
    args.addValueOption(QStringLiteral("iban"), QStringLiteral("IBAN"));
    args.addValueOption(QStringLiteral("name"), QStringLiteral("NAME"));
    args.addValueOption(QStringLiteral("currency"), QStringLiteral("CODE"));
    if (!args.parse(0, 0))
        return args.exitCode();
    if (!args.isSet(QStringLiteral("iban")) || !args.isSet(QStringLiteral("name")))
        return context.fail(
            Translate::tr("account add needs --iban and --name\nusage: saldo-cli %1")
                .arg(QStringLiteral("account add --iban IBAN --name NAME [--currency EUR]")),
            BadUsage);
    OwnAccount account;
    const Result<Iban> iban = Iban::parse(args.value(QStringLiteral("iban")));
    if (!iban)
        return context.fail(Translate::tr("--iban: %1").arg(iban.error()));
    account.iban = *iban;
    account.name = args.value(QStringLiteral("name")).trimmed();
    if (account.name.isEmpty())
        return context.fail(Translate::tr("--name: the account's name must not be empty"));
    const Result<Currency> currency = Currency::fromCode(
        args.isSet(QStringLiteral("currency")) ? args.value(QStringLiteral("currency"))
                                               : QStringLiteral("EUR"));
    if (!currency)
        return context.fail(Translate::tr("--currency: %1").arg(currency.error()));
    account.currency = *currency;

    const std::unique_ptr<Ledger> ledger = openLedger(context);
    if (!ledger)
        return Refused;
    const Result<OwnAccount> added = AccountRepository(*ledger).add(account);
    if (!added)
        return failLines(context, added.error());
    context.print(Translate::tr("Added the account %1 (%2, %3)\n")
                      .arg(added->iban.toGroupedString(), added->name, added->currency.code()));
    return Ok;
}

void writeAccountsJson(const Context &context, const QList<OwnAccount> &accounts)
{
    JsonWriter writer(context.out);
    writer.beginArray();
    for (const OwnAccount &account : accounts) {
        writer.beginObject();
        writer.member(QLatin1StringView("iban"), account.iban.toString());
        writer.member(QLatin1StringView("name"), account.name);
        writer.member(QLatin1StringView("currency"), account.currency.codeView());
        writer.member(QLatin1StringView("allowed"), account.allowed);
        writer.member(QLatin1StringView("link_activation_date"),
                      account.linkActivationDate.toString(Qt::ISODate));
        writer.endObject();
    }
    writer.endArray();
}

int accountList(Context &context)
{
    ArgParser args(context, QStringLiteral("account list [--json]"));
    args.addFlag(QStringLiteral("json"));
    if (!args.parse(0, 0))
        return args.exitCode();
    const std::unique_ptr<Ledger> ledger = openLedger(context);
    if (!ledger)
        return Refused;
    const Result<QList<OwnAccount>> accounts = AccountRepository(*ledger).all();
    if (!accounts)
        return failLines(context, accounts.error());
    if (args.isSet(QStringLiteral("json"))) {
        writeAccountsJson(context, *accounts);
        return Ok;
    }
    for (const OwnAccount &account : *accounts)
        context.print(QStringLiteral("%1  %2  %3%4\n")
                          .arg(account.iban.toGroupedString().leftJustified(42),
                               account.currency.code(), account.name,
                               account.allowed ? QString() : Translate::tr("  (not allowed)")));
    return Ok;
}

} // namespace

QList<Command> accountCommands()
{
    return {
        { { QStringLiteral("account"), QStringLiteral("add") },
          QStringLiteral("account add --iban IBAN --name NAME [--currency EUR]"),
          accountAdd },
        { { QStringLiteral("account"), QStringLiteral("list") },
          QStringLiteral("account list [--json]"),
          accountList },
    };
}

} // namespace Saldo::Cli
