// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/settingsrepository.h"

#include "ledger/auditlog.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

namespace Saldo {

namespace {

SettingDefinition boolSetting(const char *key, bool defaultValue)
{
    return { QLatin1String(key),
             defaultValue ? QStringLiteral("true") : QStringLiteral("false"),
             SettingType::Bool,
             {} };
}

SettingDefinition choiceSetting(const char *key, const QString &defaultValue,
                                const QStringList &choices)
{
    return { QLatin1String(key), defaultValue, SettingType::Choice, choices };
}

SettingDefinition textSetting(const char *key)
{
    return { QLatin1String(key), QString(), SettingType::Text, {} };
}

// The keys of PRODUCT.md's "Pairing configuration and rights", "Bank linking" and "Documents to
// the accountant". Later issues add their own here.
QList<SettingDefinition> makeDefinitions()
{
    return {
        boolSetting("pairing.match_issued", true),
        boolSetting("pairing.match_received", true),
        boolSetting("pairing.search_unposted", false),
        boolSetting("pairing.run_after_import", true),
        choiceSetting("pairing.payment_date", QStringLiteral("line"),
                      { QStringLiteral("line"), QStringLiteral("statement") }),
        boolSetting("pairing.correct_vs", true),
        boolSetting("pairing.propagate_corrections", true),
        boolSetting("pairing.card_as_bank_fee", false),
        choiceSetting("import.default_format", QStringLiteral("auto"),
                      { QStringLiteral("auto"), QStringLiteral("camt053"),
                        QStringLiteral("camt052"), QStringLiteral("camt054"),
                        QStringLiteral("mt940"), QStringLiteral("gpc"), QStringLiteral("csv"),
                        QStringLiteral("ofx") }),
        boolSetting("import.ignore_pos", false),
        boolSetting("accounts.only_allowed", false),
        // Comma-separated user names; when non-empty it overrides the rights rule.
        textSetting("invoices.mark_paid_users"),
        choiceSetting(
            "invoices.mark_paid_level", QStringLiteral("write"),
            { QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("manage") }),
        boolSetting("orders.send_automatically", false),
        textSetting("accountant.receipts_address"),
        textSetting("accountant.received_invoices_address"),
        textSetting("accountant.issued_invoices_address"),
        boolSetting("accountant.send_automatically", false),
    };
}

} // namespace

SettingsRepository::SettingsRepository(Ledger &ledger)
    : m_ledger(ledger)
{ }

const QList<SettingDefinition> &SettingsRepository::definitions()
{
    static const QList<SettingDefinition> all = makeDefinitions();
    return all;
}

const SettingDefinition *SettingsRepository::definition(const QString &key)
{
    for (const SettingDefinition &d : definitions()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

Result<QString> SettingsRepository::value(const QString &key) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    const SettingDefinition *d = definition(key);
    if (!d)
        return Error { Tr::tr("unknown setting %1").arg(key) };
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s
        = SqlUtil::prepare(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        !s)
        return Error { s.error() };
    query.bindValue(0, key);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the setting %1").arg(key)); !s)
        return Error { s.error() };
    return query.next() ? query.value(0).toString() : d->defaultValue;
}

Result<bool> SettingsRepository::boolValue(const QString &key) const
{
    const Result<QString> text = value(key);
    if (!text)
        return Error { text.error() };
    return *text == QLatin1String("true");
}

Result<QList<QPair<QString, QString>>> SettingsRepository::all() const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings")))
        return SqlUtil::queryError(query, Tr::tr("reading the settings"));
    QHash<QString, QString> stored;
    while (query.next())
        stored.insert(query.value(0).toString(), query.value(1).toString());
    QList<QPair<QString, QString>> result;
    for (const SettingDefinition &d : definitions())
        result.append({ d.key, stored.value(d.key, d.defaultValue) });
    return result;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    const SettingDefinition *d = definition(key);
    if (!d)
        return Error { Tr::tr("unknown setting %1").arg(key) };
    if (d->type == SettingType::Bool && value != QLatin1String("true")
        && value != QLatin1String("false"))
        return Error { Tr::tr("setting %1: expected true or false, found \"%2\"").arg(key, value) };
    if (d->type == SettingType::Choice && !d->choices.contains(value))
        return Error { Tr::tr("setting %1: expected one of %2, found \"%3\"")
                           .arg(key, d->choices.join(QLatin1Char('|')), value) };
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<QString> before = this->value(key);
    if (!before)
        return Error { before.error() };
    QSqlQuery upsert(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            upsert,
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        !s)
        return s;
    upsert.bindValue(0, key);
    upsert.bindValue(1, value);
    if (Status s = SqlUtil::exec(upsert, Tr::tr("storing the setting %1").arg(key)); !s)
        return s;
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("setting"), 0, QStringLiteral("update"),
                                             { { key, *before } }, { { key, value } });
        !s)
        return s;
    return guard.commit();
}

} // namespace Saldo
