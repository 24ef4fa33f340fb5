// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pairing/pairline.h"

#include <QHash>
#include <QList>
#include <QPromise>

namespace Saldo {

/// Pairs every line of one import (pairLine() on all cores, QtConcurrent::blockingMap over
/// blocks of lines writing in place), then
/// reconciles the batch in file order (reconcileBatch()). The result has one entry per line, in
/// order. Blocks the calling thread; the index and options are only read.
QList<LinePairing> pairLines(const QList<StatementLine> &lines, const PairingIndex &index,
                             const PairingOptions &options, const Iban &importAccount);

/// The same for background work (QtConcurrent::run + QFutureWatcher in the GUI): reports
/// progress as the number of lines paired (range 0..lines.size()), stops early when canceled
/// (then no result is added), and adds the whole list as one result when done.
void pairLines(QPromise<QList<LinePairing>> &promise, const QList<StatementLine> &lines,
               const PairingIndex &index, const PairingOptions &options, const Iban &importAccount);

/// Pairs lines [begin, end) into out[begin, end) (pairLine() on all cores, as pairLines()),
/// without reconciling: for a caller that pairs an import in parts (BatchReconciler).
void pairLineRange(const QList<StatementLine> &lines, qsizetype begin, qsizetype end,
                   LinePairing *out, const PairingIndex &index, const PairingOptions &options,
                   const Iban &importAccount);

/// reconcileBatch() in parts: reconcile(0, a), reconcile(a, b) ... in file order give what one
/// reconcileBatch() over the lines gives.
class BatchReconciler
{
public:
    /// Reconciles pairings[begin, end) with each other and with every part before.
    void reconcile(const QList<StatementLine> &lines, LinePairing *pairings, qsizetype begin,
                   qsizetype end);

    struct Settled
    {
        qint64 used = 0; ///< minor units allocated by earlier lines
        qsizetype line = 0; ///< the first line that allocated to it
    };

private:
    QHash<qint64, Settled> m_settled; ///< by invoice id
};

/// Makes sure two lines of one import never settle the same open amount twice: walks the lines
/// in file order, takes what earlier lines allocated to an invoice off its open amount, and
/// shrinks or drops later allocations to what is left. A line that loses allocations keeps its
/// counterparty, turns black (or red without one), and says which line settled the invoice.
/// `pairings[i]` belongs to `lines[i]`. Sequential and cheap (one hash lookup per allocation).
void reconcileBatch(const QList<StatementLine> &lines, QList<LinePairing> &pairings);

} // namespace Saldo
