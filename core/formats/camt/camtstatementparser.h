// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/camt/camtxml.h"
#include "formats/common/statement.h"
#include "formats/common/statementreader.h"

#include <optional>

namespace Saldo {

/// Reads one camt record — <Stmt> (053), <Rpt> (052) or <Ntfctn> (054), any version — into a
/// Statement with its lines. Opening balance: OPBD, else PRCD; closing balance: CLBD. Other
/// balance types (available, interim, forward) are not what the lines add up to and are
/// ignored.
///
/// A statement of up to kPartLines lines reaches the sink as one part once it is read; a longer
/// one in parts of kPartLines as it is read (a bank's yearly export is one statement), so that
/// the import can pair and store the first lines while the rest is read. The header handed to
/// begin() then has what came before the first entry (the schema puts identification,
/// account, period and balances there); end() gets the final one.
class CamtStatementParser
{
public:
    static constexpr qsizetype kPartLines = 8192;

    explicit CamtStatementParser(CamtXml &xml, qsizetype partLines = kPartLines)
        : m_xml(xml)
        , m_partLines(partLines)
    { }

    enum class Outcome { Read, Failed, Canceled };
    /// Reads the current record element to its end tag into `sink`. After an error (Failed) a
    /// statement already begun gets no end().
    Outcome parse(StatementPartSink &sink);
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
    /// Sets what follows from the balances seen and the sequences (the header's final values
    /// at the statement's end; what is known so far before its first part).
    static void finishHeader(Statement &statement, const Balances &balances,
                             const QString &legalSequence);
    /// Hands the lines read so far on (the statement begun first); false: canceled.
    bool handOverPart(Statement &statement, const Balances &balances, const QString &legalSequence,
                      StatementPartSink &sink);

    CamtXml &m_xml;
    qsizetype m_partLines;
    bool m_begun = false; ///< the current statement's begin() was called
    int m_pendingEntries = 0;
};

} // namespace Saldo
