// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/auditlog.h"

#include "ledger/ledger.h"
#include "ledger/sqlutil.h"

#include <QJsonDocument>
#include <QThread>

namespace Saldo {

namespace {

QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return text.isNull() ? QJsonObject()
                         : QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

const QString kSelect = QStringLiteral(
    "SELECT id, at, user_name, entity, entity_id, action, before, after FROM audit_log ");

} // namespace

AuditLog::AuditLog(Ledger &ledger)
    : m_ledger(ledger)
    , m_insert(ledger.database())
{ }

Status AuditLog::record(const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &before, const QJsonObject &after)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    if (m_insert.lastQuery().isEmpty()) {
        if (Status s = SqlUtil::prepare(
                m_insert,
                QStringLiteral("INSERT INTO audit_log (at, user_name, entity, entity_id, "
                               "action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            !s)
            return s;
    }
    m_insert.bindValue(0, SqlUtil::timestampText(QDateTime::currentDateTimeUtc()));
    m_insert.bindValue(1, SqlUtil::textValue(m_ledger.user()));
    m_insert.bindValue(2, entity);
    m_insert.bindValue(
        3, entityId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(entityId));
    m_insert.bindValue(4, action);
    m_insert.bindValue(5, jsonText(before));
    m_insert.bindValue(6, jsonText(after));
    return SqlUtil::exec(m_insert, QStringLiteral("audit log"));
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &entity, qint64 entityId) const
{
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query, kSelect + QStringLiteral("WHERE entity = ? AND entity_id IS ? ORDER BY id"));
        !s)
        return Error { s.error() };
    query.bindValue(0, entity);
    query.bindValue(1,
                    entityId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(entityId));
    return read(query);
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query,
            QStringLiteral("SELECT * FROM (%1 ORDER BY id DESC LIMIT ?) ORDER BY id").arg(kSelect));
        !s)
        return Error { s.error() };
    query.bindValue(0, limit);
    return read(query);
}

Result<QList<AuditEntry>> AuditLog::read(QSqlQuery &query) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    if (Status s = SqlUtil::exec(query, QStringLiteral("audit log")); !s)
        return Error { s.error() };
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = SqlUtil::parseTimestamp(query.value(1).toString());
        entry.user = query.value(2).toString();
        entry.entity = query.value(3).toString();
        entry.entityId = query.value(4).toLongLong();
        entry.action = query.value(5).toString();
        entry.before = jsonObject(query.value(6));
        entry.after = jsonObject(query.value(7));
        entries.append(entry);
    }
    return entries;
}

} // namespace Saldo
