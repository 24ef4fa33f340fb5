// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/userrepository.h"

#include "ledger/auditlog.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

namespace Saldo {

QLatin1StringView rightsLevelName(RightsLevel level)
{
    switch (level) {
    case RightsLevel::None:
        return QLatin1StringView("none");
    case RightsLevel::Read:
        return QLatin1StringView("read");
    case RightsLevel::Write:
        return QLatin1StringView("write");
    case RightsLevel::Manage:
        return QLatin1StringView("manage");
    }
    return {};
}

std::optional<RightsLevel> rightsLevelFromName(QStringView name)
{
    for (RightsLevel level :
         { RightsLevel::None, RightsLevel::Read, RightsLevel::Write, RightsLevel::Manage }) {
        if (name == rightsLevelName(level))
            return level;
    }
    return std::nullopt;
}

UserRepository::UserRepository(Ledger &ledger)
    : m_ledger(ledger)
{ }

Result<qint64> UserRepository::add(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error { Tr::tr("a user needs a name") };
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };
    const Result<std::optional<qint64>> existing = idOf(trimmed);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value())
        return Error { Tr::tr("the user %1 already exists").arg(trimmed) };
    QSqlQuery insert(m_ledger.database());
    if (Status s = SqlUtil::prepare(
            insert, QStringLiteral("INSERT INTO users (name, created_at) VALUES (?, ?)"));
        !s)
        return Error { s.error() };
    insert.bindValue(0, trimmed);
    insert.bindValue(1, SqlUtil::timestampText(QDateTime::currentDateTimeUtc()));
    if (Status s = SqlUtil::exec(insert, Tr::tr("adding the user %1").arg(trimmed)); !s)
        return Error { s.error() };
    const qint64 id = insert.lastInsertId().toLongLong();
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("user"), id, QStringLiteral("create"),
                                             {}, { { QStringLiteral("name"), trimmed } });
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return id;
}

Status UserRepository::setRight(const QString &userName, const QString &module, RightsLevel level)
{
    static const QRegularExpression moduleName(QStringLiteral("^[a-z0-9_.]+$"));
    if (!moduleName.match(module).hasMatch())
        return Error {
            Tr::tr("module \"%1\": expected lowercase letters, digits, '_' or '.'").arg(module)
        };
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<std::optional<qint64>> id = idOf(userName);
    if (!id)
        return Error { id.error() };
    if (!id->has_value())
        return Error { Tr::tr("no user %1").arg(userName) };
    const Result<RightsLevel> before = right(userName, module);
    if (!before)
        return Error { before.error() };
    QSqlQuery upsert(m_ledger.database());
    if (Status s
        = SqlUtil::prepare(upsert,
                           QStringLiteral("INSERT INTO user_rights (user_id, module, level) "
                                          "VALUES (?, ?, ?) ON CONFLICT (user_id, module) "
                                          "DO UPDATE SET level = excluded.level"));
        !s)
        return s;
    upsert.bindValue(0, id->value());
    upsert.bindValue(1, module);
    upsert.bindValue(2, QString(rightsLevelName(level)));
    if (Status s = SqlUtil::exec(upsert, Tr::tr("setting the rights of %1").arg(userName)); !s)
        return s;
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("user_rights"), id->value(),
                                             QStringLiteral("update"),
                                             { { module, QString(rightsLevelName(*before)) } },
                                             { { module, QString(rightsLevelName(level)) } });
        !s)
        return s;
    return guard.commit();
}

Result<RightsLevel> UserRepository::right(const QString &userName, const QString &module) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s
        = SqlUtil::prepare(query,
                           QStringLiteral("SELECT r.level FROM user_rights r JOIN users u "
                                          "ON u.id = r.user_id WHERE u.name = ? AND r.module = ?"));
        !s)
        return Error { s.error() };
    query.bindValue(0, userName);
    query.bindValue(1, module);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the rights of %1").arg(userName)); !s)
        return Error { s.error() };
    if (!query.next())
        return RightsLevel::None;
    return rightsLevelFromName(query.value(0).toString()).value_or(RightsLevel::None);
}

Result<QList<User>> UserRepository::all() const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT u.id, u.name, r.module, r.level FROM users u "
            "LEFT JOIN user_rights r ON r.user_id = u.id ORDER BY u.name, r.module")))
        return SqlUtil::queryError(query, Tr::tr("reading the users"));
    QList<User> users;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (users.isEmpty() || users.constLast().id != id)
            users.append({ id, query.value(1).toString(), {} });
        if (!query.value(2).isNull())
            users.last().rights.insert(
                query.value(2).toString(),
                rightsLevelFromName(query.value(3).toString()).value_or(RightsLevel::None));
    }
    return users;
}

Result<std::optional<qint64>> UserRepository::idOf(const QString &userName) const
{
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(query, QStringLiteral("SELECT id FROM users WHERE name = ?"));
        !s)
        return Error { s.error() };
    query.bindValue(0, userName);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the users")); !s)
        return Error { s.error() };
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

} // namespace Saldo
