// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingtexts.h"

#include <QHash>

namespace Saldo {

SettingText SettingTexts::of(const QString &key)
{
    using T = SettingsTab;
    static const QHash<QString, SettingText> texts = {
        { QStringLiteral("pairing.match_issued"),
          { T::Statements, tr("Pair incoming payments with issued invoices"),
            tr("Money received is looked for among the invoices you issued.") } },
        { QStringLiteral("pairing.match_received"),
          { T::Statements, tr("Pair outgoing payments with received invoices"),
            tr("Money paid out is looked for among the invoices you received.") } },
        { QStringLiteral("pairing.search_unposted"),
          { T::Statements, tr("Also search invoices not yet posted"),
            tr("Draft invoices are candidates for pairing too.") } },
        { QStringLiteral("pairing.run_after_import"),
          { T::Statements, tr("Pair right after import"),
            tr("Reading a statement pairs its rows at once, without a separate step.") } },
        { QStringLiteral("pairing.payment_date"),
          { T::Statements, tr("Payment date written to the invoice"),
            tr("Which date a paired invoice records as the day it was paid.") } },
        { QStringLiteral("pairing.correct_vs"),
          { T::Statements, tr("Correct the VS on the row after pairing by hand"),
            tr("When you pick an invoice for a row, the row takes the invoice's variable "
               "symbol.") } },
        { QStringLiteral("pairing.propagate_corrections"),
          { T::Statements, tr("Undo the payment when a written row changes"),
            tr("Changing a row's VS, invoice or amount afterwards removes its payment from the "
               "invoice; you write it again.") } },
        { QStringLiteral("pairing.card_as_bank_fee"),
          { T::Statements, tr("Count card payments as bank fees"),
            tr("Card (POS/ATM) rows become green bank fees instead of red rows that need a "
               "receipt.") } },
        { QStringLiteral("import.default_format"),
          { T::Statements, tr("Preferred statement format"),
            tr("Format detection still runs; this only breaks ties.") } },
        { QStringLiteral("import.ignore_pos"),
          { T::Statements, tr("Ignore POS payments"),
            tr("Card payments at shops and cash machines are left out of imports.") } },
        { QStringLiteral("orders.send_automatically"),
          { T::PaymentOrders, tr("Send received invoices to the bank automatically"),
            tr("New received invoices go to the bank for payment without asking.") } },
        { QStringLiteral("invoices.mark_paid_users"),
          { T::PaidFlag, tr("Users who may mark invoices paid"),
            tr("Comma-separated user names. When not empty, it overrides the rights level "
               "below.") } },
        { QStringLiteral("invoices.mark_paid_level"),
          { T::PaidFlag, tr("Rights level needed to mark invoices paid"),
            tr("Users with at least this level in invoicing may mark an invoice paid by "
               "hand.") } },
        { QStringLiteral("accounts.only_allowed"),
          { T::BankAccounts, tr("Work only with the listed accounts"),
            tr("Imports and payment orders are limited to the accounts on the allowed "
               "list.") } },
        { QStringLiteral("accountant.receipts_address"),
          { T::Accountant, tr("Inbox for receipts"),
            tr("The e-mail address of the accountant's inbox for receipts.") } },
        { QStringLiteral("accountant.received_invoices_address"),
          { T::Accountant, tr("Inbox for received invoices"),
            tr("The e-mail address of the accountant's inbox for received invoices.") } },
        { QStringLiteral("accountant.issued_invoices_address"),
          { T::Accountant, tr("Inbox for issued invoices"),
            tr("The e-mail address of the accountant's inbox for issued invoices.") } },
        { QStringLiteral("accountant.send_automatically"),
          { T::Accountant, tr("Send each new document right away"),
            tr("Every document is sent to the accountant as soon as it is issued or "
               "recorded.") } },
    };
    const auto it = texts.constFind(key);
    if (it != texts.constEnd())
        return *it;
    return { SettingsTab::Other, key, tr("Setting %1 of the ledger.").arg(key) };
}

QString SettingTexts::choice(const QString &key, const QString &value)
{
    if (key == u"pairing.payment_date") {
        if (value == u"line")
            return tr("The statement row's date");
        if (value == u"statement")
            return tr("The statement's date");
    }
    if (key == u"import.default_format") {
        static const QHash<QString, QString> formats = {
            { QStringLiteral("camt053"), QStringLiteral("ISO 20022 camt.053") },
            { QStringLiteral("camt052"), QStringLiteral("ISO 20022 camt.052") },
            { QStringLiteral("camt054"), QStringLiteral("ISO 20022 camt.054") },
            { QStringLiteral("mt940"), QStringLiteral("SWIFT MT940") },
            { QStringLiteral("gpc"), QStringLiteral("ABO/GPC") },
            { QStringLiteral("csv"), QStringLiteral("CSV") },
            { QStringLiteral("ofx"), QStringLiteral("OFX") },
        };
        if (value == u"auto")
            return tr("None: detect");
        return formats.value(value, value);
    }
    if (key == u"invoices.mark_paid_level") {
        if (value == u"read")
            return tr("Read");
        if (value == u"write")
            return tr("Write");
        if (value == u"manage")
            return tr("Manage");
    }
    return value;
}

QString SettingTexts::tabTitle(SettingsTab tab)
{
    switch (tab) {
    case SettingsTab::Statements:
        return tr("Statements");
    case SettingsTab::PaymentOrders:
        return tr("Payment orders");
    case SettingsTab::PaidFlag:
        return tr("Paid flag");
    case SettingsTab::BankAccounts:
        return tr("Bank accounts");
    case SettingsTab::Accountant:
        return tr("Accountant");
    case SettingsTab::Other:
        return tr("Other");
    }
    return {};
}

} // namespace Saldo
