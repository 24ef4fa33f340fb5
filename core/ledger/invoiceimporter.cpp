// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/invoiceimporter.h"

#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/invoicecsvreader.h"
#include "ledger/invoicerepository.h"
#include "ledger/ledger.h"
#include "ledger/sqlutil.h"
#include "ledger/transactionguard.h"
#include "util/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace Saldo {

struct InvoiceImporter::Resolved
{
    QHash<QString, qint64> ids; ///< counterparty name -> id of the existing one
    QSet<Iban> known; ///< the file's IBANs that the right counterparty has already
};

namespace {

using Faults = QList<QPair<qint64, QString>>;

QString fault(const InvoiceImportPlan &plan, qint64 line, const QString &field, const QString &what)
{
    return Tr::tr("%1:%2: %3: %4").arg(plan.displayName).arg(line).arg(field, what);
}

QString alreadyInLedger(const InvoiceImportPlan &plan, const QString &key, qint64 line)
{
    const QString kind
        = key.startsWith(QLatin1Char('I')) ? QStringLiteral("issued") : QStringLiteral("received");
    return fault(plan, line, QStringLiteral("number"),
                 Tr::tr("the %1 invoice %2 is already in the ledger").arg(kind, key.mid(1)));
}

QString faultList(Faults faults)
{
    std::stable_sort(faults.begin(), faults.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList messages;
    for (const auto &f : faults) {
        if (messages.size() == InvoiceImportPlan::kMaxErrors) {
            messages.append(
                Tr::tr("(and %1 more)").arg(faults.size() - InvoiceImportPlan::kMaxErrors));
            break;
        }
        messages.append(f.second);
    }
    return messages.join(QLatin1Char('\n'));
}

QJsonObject sumsJson(const InvoiceImportPlan &plan)
{
    QJsonObject sums;
    for (auto it = plan.sums.constBegin(); it != plan.sums.constEnd(); ++it)
        sums.insert(it.key().code(),
                    QJsonObject { { QStringLiteral("total"), it->first.toString() },
                                  { QStringLiteral("paid"), it->second.toString() } });
    return sums;
}

} // namespace

InvoiceImporter::InvoiceImporter(Ledger &ledger)
    : m_ledger(ledger)
{ }

Result<InvoiceImportSummary> InvoiceImporter::run(const InvoiceImportPlan &plan)
{
    Q_ASSERT(QThread::currentThread() == m_ledger.thread());
    Faults faults;
    Resolved resolved;
    if (Status s = checkNumbers(plan, faults); !s)
        return Error { s.error() };
    if (Status s = resolveCounterparties(plan, resolved, faults); !s)
        return Error { s.error() };
    if (!faults.isEmpty())
        return Error { faultList(faults) };
    return write(plan, resolved);
}

// Costs min(file rows, ledger invoices) lookups: a small file asks for each of its numbers, a
// file larger than the ledger walks the ledger's numbers once.
Status InvoiceImporter::checkNumbers(const InvoiceImportPlan &plan, Faults &faults) const
{
    const Result<qint64> count = InvoiceRepository(m_ledger).count();
    if (!count)
        return Error { count.error() };
    if (*count == 0 || plan.rows == 0)
        return {};
    QSqlQuery query(m_ledger.database());
    query.setForwardOnly(true);
    if (plan.rows <= *count) {
        if (Status s = SqlUtil::prepare(
                query, QStringLiteral("SELECT 1 FROM invoices WHERE kind = ? AND number = ?"));
            !s)
            return s;
        for (auto it = plan.numberLines.constBegin(); it != plan.numberLines.constEnd(); ++it) {
            query.bindValue(0,
                            it.key().startsWith(QLatin1Char('I')) ? QStringLiteral("issued")
                                                                  : QStringLiteral("received"));
            query.bindValue(1, it.key().mid(1));
            if (Status s = SqlUtil::exec(query, Tr::tr("reading the invoices")); !s)
                return s;
            if (query.next())
                faults.append({ it.value(), alreadyInLedger(plan, it.key(), it.value()) });
            query.finish();
        }
        return {};
    }
    if (!query.exec(QStringLiteral("SELECT kind, number FROM invoices")))
        return SqlUtil::queryError(query, Tr::tr("reading the invoices"));
    while (query.next()) {
        const InvoiceKind kind = query.value(0).toString() == QLatin1String("received")
            ? InvoiceKind::Received
            : InvoiceKind::Issued;
        const QString key = InvoiceImportPlan::numberKey(kind, query.value(1).toString());
        const auto line = plan.numberLines.constFind(key);
        if (line != plan.numberLines.constEnd())
            faults.append({ *line, alreadyInLedger(plan, key, *line) });
    }
    return {};
}

Status InvoiceImporter::resolveCounterparties(const InvoiceImportPlan &plan, Resolved &resolved,
                                              Faults &faults) const
{
    if (plan.counterparties.isEmpty())
        return {};
    // Reused by exact name; with several of one name, the oldest.
    QSqlQuery names(m_ledger.database());
    names.setForwardOnly(true);
    if (!names.exec(QStringLiteral("SELECT id, name FROM counterparties ORDER BY id")))
        return SqlUtil::queryError(names, Tr::tr("reading the counterparties"));
    while (names.next()) {
        const QString name = names.value(1).toString();
        if (plan.counterparties.contains(name) && !resolved.ids.contains(name))
            resolved.ids.insert(name, names.value(0).toLongLong());
    }

    QHash<QString, const InvoiceImportPlan::CounterpartyPlan *> byIban;
    for (const InvoiceImportPlan::CounterpartyPlan &c : plan.counterparties) {
        for (const Iban &iban : c.ibans)
            byIban.insert(iban.toString(), &c);
    }
    if (byIban.isEmpty())
        return {};
    QSqlQuery owners(m_ledger.database());
    owners.setForwardOnly(true);
    if (!owners.exec(
            QStringLiteral("SELECT ci.iban, ci.counterparty_id, c.name FROM counterparty_ibans ci "
                           "JOIN counterparties c ON c.id = ci.counterparty_id")))
        return SqlUtil::queryError(owners, Tr::tr("reading the counterparties' IBANs"));
    while (owners.next()) {
        const QString ibanText = owners.value(0).toString();
        const InvoiceImportPlan::CounterpartyPlan *wanted = byIban.value(ibanText);
        if (!wanted)
            continue;
        const Result<Iban> iban = Iban::parse(ibanText);
        if (!iban)
            continue;
        if (owners.value(1).toLongLong() == resolved.ids.value(wanted->name, 0)) {
            resolved.known.insert(*iban);
            continue;
        }
        const qint64 line = wanted->ibanLines.value(*iban);
        faults.append({ line,
                        fault(plan, line, QStringLiteral("counterparty_iban"),
                              Tr::tr("the IBAN %1 already belongs to the counterparty \"%2\" in "
                                     "the ledger")
                                  .arg(ibanText, owners.value(2).toString())) });
    }
    return {};
}

Result<InvoiceImportSummary> InvoiceImporter::write(const InvoiceImportPlan &plan,
                                                    const Resolved &resolved)
{
    InvoiceImportSummary summary;
    TransactionGuard guard(m_ledger);
    if (!guard.status())
        return Error { guard.status().error() };

    CounterpartyRepository counterparties(m_ledger);
    QList<const InvoiceImportPlan::CounterpartyPlan *> inFileOrder;
    for (const InvoiceImportPlan::CounterpartyPlan &c : plan.counterparties)
        inFileOrder.append(&c);
    std::sort(inFileOrder.begin(), inFileOrder.end(),
              [](const auto *a, const auto *b) { return a->firstLine < b->firstLine; });
    QHash<QString, qint64> ids = resolved.ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const InvoiceImportPlan::CounterpartyPlan *c : std::as_const(inFileOrder)) {
        qint64 id = ids.value(c->name, 0);
        if (id == 0) {
            const Result<qint64> created
                = counterparties.insert({ 0, c->name, QString(), c->companyId, {} });
            if (!created)
                return Error { created.error() };
            id = *created;
            ids.insert(c->name, id);
            ++summary.newCounterparties;
        }
        for (const Iban &iban : c->ibans) {
            if (resolved.known.contains(iban))
                continue;
            if (Status s = counterparties.insertIban(id, { iban, IbanOrigin::Entered, now }); !s)
                return Error { s.error() };
            ++summary.newIbans;
        }
    }

    // The rows again, straight from the file into one prepared insert.
    const auto changed = [&](const QString &detail) {
        return Error { Tr::tr("%1 changed while it was imported; nothing was imported (%2)")
                           .arg(plan.displayName, detail) };
    };
    QFile file(plan.path);
    const QFileInfo info(plan.path);
    if (info.size() != plan.fileSize || info.lastModified() != plan.modified)
        return changed(Tr::tr("size or time differs"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("cannot read %1: %2").arg(plan.displayName, file.errorString()) };
    InvoiceCsvReader reader(&file, plan.displayName);
    if (Status s = reader.readHeader(); !s)
        return changed(s.error());
    InvoiceRepository invoices(m_ledger);
    InvoiceCsvRow row;
    qint64 firstId = 0, lastId = 0;
    for (InvoiceCsvReader::Next next; (next = reader.next(row)) != InvoiceCsvReader::Next::End;) {
        if (next != InvoiceCsvReader::Next::Row)
            return changed(reader.error());
        row.invoice.counterpartyId = ids.value(row.invoice.counterpartyName, 0);
        if (row.invoice.counterpartyId == 0)
            return changed(row.invoice.counterpartyName);
        const Result<qint64> id = invoices.insert(row.invoice);
        if (!id)
            return Error { fault(plan, row.line, QStringLiteral("row"), id.error()) };
        firstId = firstId == 0 ? *id : firstId;
        lastId = *id;
        ++summary.invoices;
    }
    if (summary.invoices != plan.rows)
        return changed(Tr::tr("%1 rows instead of %2").arg(summary.invoices).arg(plan.rows));

    const QJsonObject after { { QStringLiteral("file"), QFileInfo(plan.path).fileName() },
                              { QStringLiteral("invoices"), summary.invoices },
                              { QStringLiteral("first_id"), firstId },
                              { QStringLiteral("last_id"), lastId },
                              { QStringLiteral("new_counterparties"), summary.newCounterparties },
                              { QStringLiteral("new_ibans"), summary.newIbans },
                              { QStringLiteral("sums"), sumsJson(plan) } };
    if (Status s = AuditLog(m_ledger).record(QStringLiteral("invoice_import"), firstId,
                                             QStringLiteral("import"), {}, after);
        !s)
        return Error { s.error() };
    if (Status s = guard.commit(); !s)
        return Error { s.error() };
    return summary;
}

} // namespace Saldo
