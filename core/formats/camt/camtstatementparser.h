// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/camt/camtxml.h"
#include "formats/common/statement.h"

#include <optional>

namespace Saldo {

/// Reads one camt record — <Stmt> (053), <Rpt> (052) or <Ntfctn> (054), any version — into a
/// Statement with its lines. Opening balance: OPBD, else PRCD; closing balance: CLBD. Other
/// balance types (available, interim, forward) are not what the lines add up to and are
/// ignored.
class CamtStatementParser
{
public:
    explicit CamtStatementParser(CamtXml &xml)
        : m_xml(xml)
    { }

    /// Reads the current record element to its end tag; nullopt after an error.
    std::optional<Statement> parse();
    /// Entries with status PDNG read so far (kept as lines; the reader warns about them).
    int pendingEntries() const { return m_pendingEntries; }

private:
    struct Balances
    {
        std::optional<Money> booked, previousClosing, closing;
        QDate closingDate;
    };

    void account(Statement &statement);
    void accountId(Statement &statement);
    void period(Statement &statement);
    void balance(Statement &statement, Balances &balances);
    QString balanceType();
    void entry(Statement &statement);

    CamtXml &m_xml;
    int m_pendingEntries = 0;
};

} // namespace Saldo
