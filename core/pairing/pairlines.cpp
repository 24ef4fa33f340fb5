// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/pairlines.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Saldo {

namespace {

// Lines per progress step: large enough that the thread pool stays busy between reports.
constexpr qsizetype kProgressStep = 4096;
// Lines per task of the thread pool: a few hundred keeps the scheduling cost negligible and
// still spreads uneven lines (near-miss searches) over the cores.
constexpr qsizetype kTaskLines = 256;

struct LineRange
{
    qsizetype begin;
    qsizetype end;
};

using Settled = BatchReconciler::Settled;

// Applies what earlier lines took from the invoices to one line's allocations. True when an
// allocation had to shrink or go.
bool applyEarlier(QList<Allocation> &allocations, QHash<qint64, Settled> &settled, qsizetype line,
                  QList<Evidence> &evidence)
{
    bool changed = false;
    for (qsizetype i = 0; i < allocations.size();) {
        Allocation &a = allocations[i];
        Settled &s = settled[a.invoiceId];
        if (s.used == 0) {
            s.line = line;
        } else {
            const qint64 left = a.openBefore.minorUnits() - s.used;
            const QString earlierLine = QString::number(s.line + 1);
            if (left <= 0) {
                evidence.append({ EvidenceKind::AlreadySettled, a.number, earlierLine });
                allocations.removeAt(i);
                changed = true;
                continue;
            }
            if (a.amount.minorUnits() > left) {
                evidence.append({ EvidenceKind::PartlySettled, a.number, earlierLine,
                                  Money(left, a.amount.currency()).toString() });
                a.amount = Money(left, a.amount.currency());
                changed = true;
            }
            a.openBefore = Money(left, a.openBefore.currency());
        }
        s.used += a.amount.minorUnits();
        ++i;
    }
    return changed;
}

void downgrade(LinePairing &p, const StatementLine &line)
{
    qint64 allocated = 0;
    for (const Allocation &a : std::as_const(p.allocations))
        allocated += a.amount.minorUnits();
    const qint64 magnitude = line.amount.abs().minorUnits();
    p.allocated = Money(allocated, line.amount.currency());
    p.unallocated = Money(magnitude - allocated, line.amount.currency());
    p.type = p.allocations.isEmpty() ? DocumentType::Unallocated : DocumentType::InvoicePayment;
    if (allocated != magnitude)
        p.colour = p.counterpartyId != 0 ? RowColour::Black : RowColour::Red;
    p.rule += QStringLiteral(", already settled in this import");
}

} // namespace

// Pairs lines [begin, end) into out[begin, end) on all cores. The results are written in place:
// QtConcurrent::blockingMapped would keep every result in its result store and copy it out.
void pairLineRange(const QList<StatementLine> &lines, qsizetype begin, qsizetype end,
                   LinePairing *out, const PairingIndex &index, const PairingOptions &options,
                   const Iban &importAccount)
{
    QList<LineRange> tasks;
    tasks.reserve((end - begin) / kTaskLines + 1);
    for (qsizetype b = begin; b < end; b += kTaskLines)
        tasks.append({ b, std::min(end, b + kTaskLines) });
    QtConcurrent::blockingMap(tasks, [&](const LineRange &task) {
        for (qsizetype i = task.begin; i < task.end; ++i)
            out[i] = pairLine(lines[i], index, options, importAccount);
    });
}

void BatchReconciler::reconcile(const QList<StatementLine> &lines, LinePairing *pairings,
                                qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end && i < lines.size(); ++i) {
        LinePairing &p = pairings[i];
        if (p.allocations.isEmpty())
            continue;
        if (applyEarlier(p.allocations, m_settled, i, p.evidence))
            downgrade(p, lines[i]);
    }
}

void reconcileBatch(const QList<StatementLine> &lines, QList<LinePairing> &pairings)
{
    BatchReconciler().reconcile(lines, pairings.data(), 0, pairings.size());
}

QList<LinePairing> pairLines(const QList<StatementLine> &lines, const PairingIndex &index,
                             const PairingOptions &options, const Iban &importAccount)
{
    QList<LinePairing> pairings(lines.size());
    pairLineRange(lines, 0, lines.size(), pairings.data(), index, options, importAccount);
    reconcileBatch(lines, pairings);
    return pairings;
}

void pairLines(QPromise<QList<LinePairing>> &promise, const QList<StatementLine> &lines,
               const PairingIndex &index, const PairingOptions &options, const Iban &importAccount)
{
    promise.setProgressRange(0, int(lines.size()));
    QList<LinePairing> pairings(lines.size());
    for (qsizetype begin = 0; begin < lines.size(); begin += kProgressStep) {
        if (promise.isCanceled())
            return;
        const qsizetype end = std::min(lines.size(), begin + kProgressStep);
        pairLineRange(lines, begin, end, pairings.data(), index, options, importAccount);
        promise.setProgressValue(int(end));
    }
    reconcileBatch(lines, pairings);
    promise.addResult(std::move(pairings));
}

} // namespace Saldo
