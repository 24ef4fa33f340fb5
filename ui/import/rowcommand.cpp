// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcommand.h"

namespace Saldo {

RowEditCommand::RowEditCommand(Ledger &ledger, qint64 importId, int line, RowState before,
                               RowState after, RowChangeOutcome made, const QString &text,
                               Done done)
    : QUndoCommand(text)
    , m_ledger(ledger)
    , m_importId(importId)
    , m_line(line)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_made(made)
    , m_done(std::move(done))
{ }

void RowEditCommand::undo()
{
    RowChangeOptions options;
    options.action = QStringLiteral("undo");
    options.forgetLearnedIban = m_made.learnedIban;
    const Result<RowChangeOutcome> undone
        = ImportRepository(m_ledger).changeRow(m_importId, m_line, m_before, options);
    m_done(m_line, undone ? QString() : undone.error());
}

void RowEditCommand::redo()
{
    // QUndoStack::push() calls redo(); the first time the edit is in the ledger already.
    if (m_alreadyMade) {
        m_alreadyMade = false;
        return;
    }
    RowChangeOptions options;
    options.action = QStringLiteral("redo");
    const Result<RowChangeOutcome> redone
        = ImportRepository(m_ledger).changeRow(m_importId, m_line, m_after, options);
    if (redone)
        m_made = *redone;
    m_done(m_line, redone ? QString() : redone.error());
}

} // namespace Saldo
