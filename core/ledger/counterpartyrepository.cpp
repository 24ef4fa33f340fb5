// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/counterpartyrepository.h"

#include "ledger/auditlog.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "pairing/namenormalizer.h"
#include "util/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace Saldo {

namespace {

QLatin1StringView originName(IbanOrigin origin)
{
    return origin == IbanOrigin::Learned ? QLatin1StringView("learned")
                                         : QLatin1StringView("entered");
}

QJsonObject ibanJson(qint64 counterpartyId, const CounterpartyIban &iban)
{
    return { { QStringLiteral("counterparty_id"), counterpartyId },
             { QStringLiteral("iban"), iban.iban.toString() },
             { QStringLiteral("origin"), QString(originName(iban.origin)) } };
}

QJsonObject counterpartyJson(const Counterparty &c)
{
    QJsonArray ibans;
    for (const CounterpartyIban &iban : c.ibans)
        ibans.append(iban.iban.toString());
    return { { QStringLiteral("name"), c.name },
             { QStringLiteral("company_id"), c.companyId },
             { QStringLiteral("ibans"), ibans } };
}

} // namespace

CounterpartyRepository::CounterpartyRepository(Ledger &ledger)
    : m_ledger(ledger)
    , m_insert(ledger.database())
    , m_insertIban(ledger.database())
{ }

Result<qint64> CounterpartyRepository::add(const Counterparty &counterparty)
{
    if (counterparty.name.trimmed().isEmpty())
        return Error { Tr::tr("a counterparty needs a name") };
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };
    for (const CounterpartyIban &iban : counterparty.ibans) {
        const Result<std::optional<qint64>> owner = ownerOfIban(iban.iban);
        if (!owner)
            return Error { owner.error() };
        if (owner->has_value()) {
            const Result<std::optional<Counterparty>> other = byId(owner->value());
            return Error { Tr::tr("the IBAN %1 already belongs to the counterparty \"%2\"")
                               .arg(iban.iban.toString(),
                                    other && other->has_value() ? other->value().name
                                                                : QString()) };
        }
    }
    const Result<qint64> id = insert(counterparty);
    if (!id)
        return id;
    if (Status s
        = AuditLog(m_ledger).record(QStringLiteral("counterparty"), *id, QStringLiteral("create"),
                                    {}, counterpartyJson(counterparty));
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return id;
}

Status CounterpartyRepository::addIban(qint64 counterpartyId, const CounterpartyIban &iban)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    const Result<std::optional<qint64>> owner = ownerOfIban(iban.iban);
    if (!owner)
        return Error { owner.error() };
    if (owner->has_value()) {
        if (owner->value() == counterpartyId)
            return {};
        const Result<std::optional<Counterparty>> other = byId(owner->value());
        return Error { Tr::tr("the IBAN %1 already belongs to the counterparty \"%2\"")
                           .arg(iban.iban.toString(),
                                other && other->has_value() ? other->value().name : QString()) };
    }
    if (Status s = insertIban(counterpartyId, iban); !s)
        return s;
    if (Status s
        = AuditLog(m_ledger).record(QStringLiteral("counterparty_iban"), counterpartyId,
                                    QStringLiteral("create"), {}, ibanJson(counterpartyId, iban));
        !s)
        return s;
    return guard.commit();
}

Status CounterpartyRepository::removeLearnedIban(qint64 counterpartyId, const Iban &iban)
{
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return guard.status();
    QSqlQuery remove(m_ledger.database());
    if (Status s = SqlUtil::prepare(remove,
                                    QStringLiteral("DELETE FROM counterparty_ibans WHERE "
                                                   "counterparty_id = ? AND iban = ? AND "
                                                   "origin = 'learned'"));
        !s)
        return s;
    remove.bindValue(0, counterpartyId);
    remove.bindValue(1, iban.toString());
    if (Status s = SqlUtil::exec(remove, Tr::tr("removing the IBAN %1").arg(iban.toString())); !s)
        return s;
    if (remove.numRowsAffected() > 0) {
        const CounterpartyIban removed { iban, IbanOrigin::Learned, {} };
        if (Status s = AuditLog(m_ledger).record(QStringLiteral("counterparty_iban"),
                                                 counterpartyId, QStringLiteral("delete"),
                                                 ibanJson(counterpartyId, removed), {});
            !s)
            return s;
    }
    return guard.commit();
}

Result<qint64> CounterpartyRepository::insert(const Counterparty &counterparty)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    if (m_insert.lastQuery().isEmpty()) {
        if (Status s
            = SqlUtil::prepare(m_insert,
                               QStringLiteral("INSERT INTO counterparties (name, "
                                              "normalized_name, company_id) VALUES (?, ?, ?)"));
            !s)
            return Error { s.error() };
    }
    m_insert.bindValue(0, SqlUtil::textValue(counterparty.name));
    m_insert.bindValue(1, SqlUtil::textValue(normalizeName(counterparty.name)));
    m_insert.bindValue(2, SqlUtil::textValue(counterparty.companyId));
    if (Status s
        = SqlUtil::exec(m_insert, Tr::tr("adding the counterparty \"%1\"").arg(counterparty.name));
        !s)
        return Error { s.error() };
    const qint64 id = m_insert.lastInsertId().toLongLong();
    for (const CounterpartyIban &iban : counterparty.ibans) {
        if (Status s = insertIban(id, iban); !s)
            return Error { s.error() };
    }
    return id;
}

Status CounterpartyRepository::insertIban(qint64 counterpartyId, const CounterpartyIban &iban)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    if (m_insertIban.lastQuery().isEmpty()) {
        if (Status s = SqlUtil::prepare(m_insertIban,
                                        QStringLiteral("INSERT INTO counterparty_ibans "
                                                       "(counterparty_id, iban, origin, since) "
                                                       "VALUES (?, ?, ?, ?)"));
            !s)
            return s;
    }
    m_insertIban.bindValue(0, counterpartyId);
    m_insertIban.bindValue(1, iban.iban.toString());
    m_insertIban.bindValue(2, QString(originName(iban.origin)));
    m_insertIban.bindValue(3,
                           SqlUtil::timestampText(iban.since.isValid()
                                                      ? iban.since
                                                      : QDateTime::currentDateTimeUtc()));
    return SqlUtil::exec(m_insertIban, Tr::tr("adding the IBAN %1").arg(iban.iban.toString()));
}

Result<std::optional<Counterparty>> CounterpartyRepository::byId(qint64 id) const
{
    const Result<QList<Counterparty>> found = select(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return Error { found.error() };
    return found->isEmpty() ? std::optional<Counterparty>()
                            : std::optional<Counterparty>(found->constFirst());
}

Result<std::optional<qint64>> CounterpartyRepository::idByName(const QString &name) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query, QStringLiteral("SELECT min(id) FROM counterparties WHERE name = ?"));
        !s)
        return Error { s.error() };
    query.bindValue(0, name);
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the counterparties")); !s)
        return Error { s.error() };
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<Counterparty>> CounterpartyRepository::byNormalizedName(QStringView name) const
{
    return select(QStringLiteral("WHERE normalized_name = ?"), { normalizeName(name) });
}

Result<std::optional<qint64>> CounterpartyRepository::ownerOfIban(const Iban &iban) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(
            query, QStringLiteral("SELECT counterparty_id FROM counterparty_ibans WHERE iban = ?"));
        !s)
        return Error { s.error() };
    query.bindValue(0, iban.toString());
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the counterparties")); !s)
        return Error { s.error() };
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<Counterparty>> CounterpartyRepository::all() const
{
    return select(QString(), {});
}

Result<QList<Counterparty>> CounterpartyRepository::select(const QString &where,
                                                           const QVariantList &values) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (Status s = SqlUtil::prepare(query,
                                    QStringLiteral("SELECT id, name, normalized_name, company_id "
                                                   "FROM counterparties %1 ORDER BY id")
                                        .arg(where));
        !s)
        return Error { s.error() };
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (Status s = SqlUtil::exec(query, Tr::tr("reading the counterparties")); !s)
        return Error { s.error() };
    QList<Counterparty> result;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Counterparty c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.normalizedName = query.value(2).toString();
        c.companyId = query.value(3).toString();
        indexById.insert(c.id, result.size());
        result.append(std::move(c));
    }
    if (result.isEmpty())
        return result;

    // The IBANs in one pass, attached through the id index. For a single counterparty the
    // WHERE keeps it to its own rows.
    QSqlQuery ibans(m_ledger.database());
    ibans.setForwardOnly(true);
    const bool one = result.size() == 1;
    if (Status s
        = SqlUtil::prepare(ibans,
                           QStringLiteral("SELECT counterparty_id, iban, origin, since "
                                          "FROM counterparty_ibans %1 ORDER BY id")
                               .arg(one ? QStringLiteral("WHERE counterparty_id = ?") : QString()));
        !s)
        return Error { s.error() };
    if (one)
        ibans.bindValue(0, result.constFirst().id);
    if (Status s = SqlUtil::exec(ibans, Tr::tr("reading the counterparties' IBANs")); !s)
        return Error { s.error() };
    while (ibans.next()) {
        const auto index = indexById.constFind(ibans.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        const Result<Iban> iban = Iban::parse(ibans.value(1).toString());
        if (!iban)
            continue;
        result[*index].ibans.append({ *iban,
                                      ibans.value(2).toString() == QLatin1String("learned")
                                          ? IbanOrigin::Learned
                                          : IbanOrigin::Entered,
                                      SqlUtil::parseTimestamp(ibans.value(3).toString()) });
    }
    return result;
}

} // namespace Saldo
