// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/counterpartyrepository.h"

#include "ledger/auditlog.h"
#include "ledger/ledger.h"
#include "ledger/sqlitestatement.h"
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

namespace {

// The values of select()'s WHERE: ids and names.
void bindValues(SqliteStatement &statement, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::QString)
            statement.bindText(int(i), values.at(i).toString());
        else
            statement.bindInt64(int(i), values.at(i).toLongLong());
    }
}

} // namespace

// Through the sqlite3 C API rather than QSqlQuery: the import loads every counterparty with
// its IBANs while it reads the statement, and QtSql's QVariant per value with a QDateTime parse
// per IBAN took a quarter of a second for 40,000 counterparties (docs/performance.md).
Result<QList<Counterparty>> CounterpartyRepository::select(const QString &where,
                                                           const QVariantList &values) const
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    sqlite3 *db = sqliteHandle(m_ledger.database());
    SqliteStatement query(db,
                          QStringLiteral("SELECT id, name, normalized_name, company_id "
                                         "FROM counterparties %1 ORDER BY id")
                              .arg(where));
    if (!query.status())
        return Error { query.status().error() };
    bindValues(query, values);
    QList<Counterparty> result;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Counterparty c;
        c.id = query.int64(0);
        c.name = query.text(1);
        c.normalizedName = query.text(2);
        c.companyId = query.text(3);
        indexById.insert(c.id, result.size());
        result.append(std::move(c));
    }
    if (query.failed())
        return query.error(Tr::tr("reading the counterparties"));
    if (result.isEmpty())
        return result;

    // The IBANs in one pass, attached through the id index. For a single counterparty the
    // WHERE keeps it to its own rows.
    const bool one = result.size() == 1;
    SqliteStatement ibans(db,
                          QStringLiteral("SELECT counterparty_id, iban, origin, since "
                                         "FROM counterparty_ibans %1 ORDER BY id")
                              .arg(one ? QStringLiteral("WHERE counterparty_id = ?") : QString()));
    if (!ibans.status())
        return Error { ibans.status().error() };
    if (one)
        ibans.bindInt64(0, result.constFirst().id);
    while (ibans.next()) {
        const auto index = indexById.constFind(ibans.int64(0));
        if (index == indexById.constEnd())
            continue;
        const Result<Iban> iban = Iban::parse(ibans.text(1));
        if (!iban)
            continue;
        result[*index].ibans.append(
            { *iban, ibans.utf8(2) == "learned" ? IbanOrigin::Learned : IbanOrigin::Entered,
              SqlUtil::parseTimestamp(ibans.utf8(3)) });
    }
    if (ibans.failed())
        return ibans.error(Tr::tr("reading the counterparties' IBANs"));
    return result;
}

} // namespace Saldo
