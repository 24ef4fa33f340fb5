// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/invoiceimportplan.h"

#include "ledger/invoicecsvreader.h"
#include "util/tr.h"

#include <QFile>
#include <QFileInfo>

namespace Saldo {

namespace {

class PlanBuilder
{
public:
    explicit PlanBuilder(InvoiceImportPlan &plan)
        : m_plan(plan)
    { }

    // Adds a valid row; returns the fault that only the whole file shows, if any.
    std::optional<QString> add(const InvoiceCsvRow &row)
    {
        const Invoice &invoice = row.invoice;
        // One hash probe per row for the number: operator[] inserts, the size tells whether the
        // number was new (a million rows make every probe count).
        const qsizetype numbersBefore = m_plan.numberLines.size();
        qint64 &numberLine
            = m_plan.numberLines[InvoiceImportPlan::numberKey(invoice.kind, invoice.number)];
        if (m_plan.numberLines.size() == numbersBefore)
            return fault(row.line, QStringLiteral("number"),
                         Tr::tr("the %1 invoice %2 is also on line %3")
                             .arg(QString(invoiceKindName(invoice.kind)), invoice.number)
                             .arg(numberLine));
        numberLine = row.line;
        InvoiceImportPlan::CounterpartyPlan &counterparty
            = m_plan.counterparties[invoice.counterpartyName];
        if (counterparty.firstLine == 0) {
            counterparty.name = invoice.counterpartyName;
            counterparty.firstLine = row.line;
        }
        if (counterparty.companyId.isEmpty())
            counterparty.companyId = row.companyId;
        for (const Iban &iban : row.ibans) {
            const qsizetype ibansBefore = m_ibanOwners.size();
            QPair<QString, qint64> &owner = m_ibanOwners[iban];
            if (m_ibanOwners.size() != ibansBefore) {
                owner = { invoice.counterpartyName, row.line };
                counterparty.ibans.append(iban);
                counterparty.ibanLines.insert(iban, row.line);
            } else if (owner.first != invoice.counterpartyName) {
                return fault(row.line, QStringLiteral("counterparty_iban"),
                             Tr::tr("the IBAN %1 is given for the counterparty \"%2\" on line %3")
                                 .arg(iban.toString(), owner.first)
                                 .arg(owner.second));
            }
        }
        QPair<Money, Money> &sum = m_plan.sums[invoice.total.currency()];
        if (!sum.first.currency().isValid())
            sum = { Money(0, invoice.total.currency()), Money(0, invoice.total.currency()) };
        // A sum past 92 quadrillion minor units stays at the last value; it only feeds the log.
        if (const std::optional<Money> total = sum.first.checkedAdd(invoice.total))
            sum.first = *total;
        if (const std::optional<Money> paid = sum.second.checkedAdd(invoice.paid))
            sum.second = *paid;
        ++m_plan.rows;
        return std::nullopt;
    }

private:
    QString fault(qint64 line, const QString &field, const QString &what) const
    {
        return Tr::tr("%1:%2: %3: %4").arg(m_plan.displayName).arg(line).arg(field, what);
    }

    InvoiceImportPlan &m_plan;
    QHash<Iban, QPair<QString, qint64>> m_ibanOwners; ///< IBAN -> counterparty name, line
};

// The rows are read in order, so the faults are in file order already.
QString joinFaults(QStringList faults, bool stoppedEarly)
{
    if (stoppedEarly)
        faults.append(Tr::tr("(stopped after %1 faulty rows)").arg(faults.size()));
    return faults.join(QLatin1Char('\n'));
}

} // namespace

QString InvoiceImportPlan::numberKey(InvoiceKind kind, const QString &number)
{
    return (kind == InvoiceKind::Issued ? QLatin1Char('I') : QLatin1Char('R')) + number;
}

Result<InvoiceImportPlan> InvoiceImportPlan::fromFile(const QString &path,
                                                      const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("cannot read %1: %2").arg(displayName, file.errorString()) };
    InvoiceImportPlan plan;
    plan.path = path;
    plan.displayName = displayName;
    const QFileInfo info(file);
    plan.fileSize = info.size();
    plan.modified = info.lastModified();

    InvoiceCsvReader reader(&file, displayName);
    if (Status header = reader.readHeader(); !header)
        return Error { header.error() };
    PlanBuilder builder(plan);
    QStringList faults;
    InvoiceCsvRow row;
    for (;;) {
        const InvoiceCsvReader::Next next = reader.next(row);
        if (next == InvoiceCsvReader::Next::End)
            break;
        if (next == InvoiceCsvReader::Next::Error) {
            faults.append(reader.error());
            break;
        }
        if (next == InvoiceCsvReader::Next::BadRow) {
            faults.append(reader.error());
        } else if (const std::optional<QString> fault = builder.add(row)) {
            faults.append(*fault);
        }
        if (faults.size() >= kMaxErrors)
            return Error { joinFaults(faults, true) };
    }
    if (!faults.isEmpty())
        return Error { joinFaults(faults, false) };
    return plan;
}

} // namespace Saldo
