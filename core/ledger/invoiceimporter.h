// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/invoiceimportplan.h"
#include "util/result.h"

namespace Saldo {

class Ledger;

/// What an invoice import added.
struct InvoiceImportSummary
{
    qint64 invoices = 0;
    qint64 newCounterparties = 0;
    qint64 newIbans = 0;
};

/// The second pass of `saldo-cli invoices import`: checks an InvoiceImportPlan against the
/// ledger, then writes the whole file in one transaction, all or nothing.
///
/// The checks only read: an invoice number that the ledger already has for the same kind, an
/// IBAN that belongs to another counterparty in the ledger. Any fault refuses the file before
/// anything is written (messages "FILE:LINE: FIELD: what is wrong", in file order). Then the
/// counterparties are created or reused by exact name (in order of first appearance), their new
/// IBANs added as entered, and the rows read again and inserted through one prepared query
/// each; one audit entry describes the import. A failure while writing (a full disk, the file
/// changed since the first pass) rolls everything back.
///
/// Threads: the ledger's thread only.
class InvoiceImporter
{
public:
    explicit InvoiceImporter(Ledger &ledger);

    Result<InvoiceImportSummary> run(const InvoiceImportPlan &plan);

private:
    struct Resolved; // what the checks learned: ids of existing counterparties, known IBANs

    Status checkNumbers(const InvoiceImportPlan &plan, QList<QPair<qint64, QString>> &faults) const;
    Status resolveCounterparties(const InvoiceImportPlan &plan, Resolved &resolved,
                                 QList<QPair<qint64, QString>> &faults) const;
    Result<InvoiceImportSummary> write(const InvoiceImportPlan &plan, const Resolved &resolved);

    Ledger &m_ledger;
};

} // namespace Saldo
