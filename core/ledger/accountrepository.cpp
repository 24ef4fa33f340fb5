// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/accountrepository.h"

#include "ledger/auditlog.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

namespace Saldo {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, iban, name, currency, allowed, link_activation_date FROM own_accounts ");

OwnAccount accountFromRow(const QSqlQuery &query)
{
    OwnAccount account;
    account.id = query.value(0).toLongLong();
    // Stored values were validated on the way in; a damaged row reads as a null IBAN.
    const Result<Iban> iban = Iban::parse(query.value(1).toString());
    if (iban)
        account.iban = *iban;
    account.name = query.value(2).toString();
    const Result<Currency> currency = Currency::fromCode(query.value(3).toString());
    if (currency)
        account.currency = *currency;
    account.allowed = query.value(4).toInt() != 0;
    account.linkActivationDate = SqlUtil::parseIsoDate(query.value(5).toString());
    return account;
}

QJsonObject accountJson(const OwnAccount &account)
{
    return { { QStringLiteral("iban"), account.iban.toString() },
             { QStringLiteral("name"), account.name },
             { QStringLiteral("currency"), account.currency.code() },
             { QStringLiteral("allowed"), account.allowed },
             { QStringLiteral("link_activation_date"),
               account.linkActivationDate.toString(Qt::ISODate) } };
}

} // namespace

AccountRepository::AccountRepository(Ledger &ledger)
    : m_ledger(ledger)
{ }

Result<OwnAccount> AccountRepository::add(OwnAccount account)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    if (account.iban.isNull())
        return Error { Tr::tr("an account needs an IBAN") };
    if (account.name.trimmed().isEmpty())
        return Error {
            Tr::tr("account %1: the name must not be empty").arg(account.iban.toString())
        };
    if (!account.currency.isValid())
        return Error { Tr::tr("account %1: no currency").arg(account.iban.toString()) };
    account.name = account.name.trimmed();

    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };
    const Result<std::optional<OwnAccount>> existing = byIban(account.iban);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value())
        return Error { Tr::tr("the account %1 already exists (%2)")
                           .arg(account.iban.toGroupedString(), existing->value().name) };
    QSqlQuery insert(m_ledger.database());
    if (Status s
        = SqlUtil::prepare(insert,
                           QStringLiteral("INSERT INTO own_accounts (iban, name, currency, "
                                          "allowed, link_activation_date) VALUES (?, ?, ?, ?, ?)"));
        !s)
        return Error { s.error() };
    insert.bindValue(0, account.iban.toString());
    insert.bindValue(1, account.name);
    insert.bindValue(2, account.currency.code());
    insert.bindValue(3, account.allowed ? 1 : 0);
    insert.bindValue(4, SqlUtil::dateValue(account.linkActivationDate));
    if (Status s
        = SqlUtil::exec(insert, Tr::tr("adding the account %1").arg(account.iban.toString()));
        !s)
        return Error { s.error() };
    account.id = insert.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("own_account"), account.id,
                                             QStringLiteral("create"), {}, accountJson(account));
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return account;
}

Result<QList<OwnAccount>> AccountRepository::all() const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral("ORDER BY id")))
        return SqlUtil::queryError(query, Tr::tr("reading the accounts"));
    QList<OwnAccount> accounts;
    while (query.next())
        accounts.append(accountFromRow(query));
    return accounts;
}

Result<std::optional<OwnAccount>> AccountRepository::byIban(const Iban &iban) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(query, kSelect + QStringLiteral("WHERE iban = ?")); !s)
        return Error { s.error() };
    query.bindValue(0, iban.toString());
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the accounts")); !s)
        return Error { s.error() };
    if (!query.next())
        return std::optional<OwnAccount>();
    return std::optional<OwnAccount>(accountFromRow(query));
}

Status AccountRepository::setAllowed(qint64 accountId, bool allowed)
{
    return update(accountId, QStringLiteral("allowed"), allowed ? 1 : 0);
}

Status AccountRepository::setLinkActivationDate(qint64 accountId, const QDate &date)
{
    return update(accountId, QStringLiteral("link_activation_date"), SqlUtil::dateValue(date));
}

Status AccountRepository::update(qint64 accountId, const QString &column, const QVariant &value)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    // `column` is one of this file's constants, never input.
    if (Status s = SqlUtil::prepare(
            query, QStringLiteral("UPDATE own_accounts SET %1 = ? WHERE id = ?").arg(column));
        !s)
        return s;
    query.bindValue(0, value);
    query.bindValue(1, accountId);
    if (Status s = SqlUtil::exec(query, Tr::tr("updating the account")); !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Error { Tr::tr("no account with id %1").arg(accountId) };
    return {};
}

} // namespace Saldo
