// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"

#include <QHash>
#include <QString>

namespace Saldo {

/// The key under which a statement line is recognised when it comes again, from the same file
/// or from another file or format of the same account (statement_lines.fingerprint):
///
///     account IBAN | booking date | amount | currency | counter IBAN or account | VS | #n
///
/// It leaves out what differs between a bank's formats for the same movement: the bank's own
/// reference (camt AcctSvcrRef and the MT940 :61: reference are often different ids, GPC and
/// CSV exports often carry none), texts, names (GPC cuts them at 20 characters) and the value
/// date. Identical movements on one day (two equal card fees) differ by `#n`, their order among
/// the lines with the same key in the file, so a second file with the same day gives the same
/// keys and a new equal movement gets a new one.
///
/// Not thread-safe (keeps the counts of one file); one instance per file read.
class LineFingerprinter
{
public:
    explicit LineFingerprinter(Iban account)
        : m_account(std::move(account))
    { }

    /// The key of the next line of the file, in file order.
    QString next(const StatementLine &line);

    /// The key without the occurrence suffix.
    static QString baseKey(const Iban &account, const StatementLine &line);

private:
    Iban m_account;
    QHash<QString, int> m_seen;
};

} // namespace Saldo
