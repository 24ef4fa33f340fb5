// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrepository.h"

#include <QUndoCommand>

#include <functional>

namespace Saldo {

class Ledger;

/// One hand edit of a draft's row on the import page's undo stack. The edit is already in the
/// ledger when the command is pushed (the dialog or the page made it, so a refusal never
/// reaches the stack); undo puts the state before back, redo the state after, each through
/// ImportRepository::changeRow() in one transaction. An IBAN the edit taught a counterparty is
/// forgotten again by its undo.
class RowEditCommand : public QUndoCommand
{
public:
    /// Called after every undo and redo with the row's line and the ledger's refusal, if any.
    using Done = std::function<void(int line, const QString &error)>;

    RowEditCommand(Ledger &ledger, qint64 importId, int line, RowState before, RowState after,
                   RowChangeOutcome made, const QString &text, Done done);

    void undo() override;
    void redo() override;

private:
    Ledger &m_ledger;
    qint64 m_importId;
    int m_line;
    RowState m_before;
    RowState m_after;
    RowChangeOutcome m_made;
    Done m_done;
    bool m_alreadyMade = true;
};

} // namespace Saldo
