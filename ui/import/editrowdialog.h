// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/importrepository.h"
#include "ledger/importrow.h"
#include "model/invoice.h"
#include "util/result.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Saldo {

class Ledger;

/// Edit row (SCREENS.md): the statement row, the counterparty (typing searches), the document
/// type, and the counterparty's open invoices to tick (or untick) and allocate amounts to. OK
/// writes the row's new state in one transaction (ImportRepository::changeRow()); the dialog
/// stays open with the message when the ledger refuses it, and nothing of it is kept.
class EditRowDialog : public QDialog
{
    Q_OBJECT
public:
    enum DocumentColumn { CheckColumn, NumberColumn, DueColumn, OpenColumn, AmountColumn };

    EditRowDialog(Ledger &ledger, qint64 importId, const ImportRow &row, QWidget *parent = nullptr);

    QComboBox *counterpartyBox() const { return m_counterparty; }
    QComboBox *typeBox() const { return m_type; }
    QTableWidget *documentsTable() const { return m_documents; }
    /// The row of `number` in documentsTable(), or -1.
    int documentRow(const QString &number) const;
    /// "The row will be: ✓ Paired", as the edits so far would make it.
    QString outcomeText() const;

    /// What OK changed: the row's state before and after, for the undo stack.
    struct Change
    {
        RowState before;
        RowState after;
        RowChangeOutcome made;
    };

    /// Writes the edits in one transaction; on a refusal returns the message, nothing written.
    Status apply();
    /// Set once apply() wrote a change.
    const std::optional<Change> &change() const { return m_change; }

    void accept() override;

private:
    void loadCounterparties();
    void showDocuments();
    void addDocumentRow(const Invoice &invoice, const ImportAllocation *allocation);
    void updateOutcome();
    /// The row as the dialog's choices make it (an error for a name or amount not understood).
    Result<ImportRow> chosenRow() const;
    ImportRow predictedRow() const;
    RowState stateOf(const ImportRow &row) const;
    std::optional<DocumentType> chosenType() const;

    Ledger &m_ledger;
    qint64 m_importId;
    ImportRow m_row;
    QList<Invoice> m_invoices; ///< in the order of documentsTable()
    QComboBox *m_counterparty;
    QComboBox *m_type;
    QLabel *m_documentsTitle;
    QTableWidget *m_documents;
    QLabel *m_left;
    QLabel *m_outcome;
    QLabel *m_learnNote;
    std::optional<Change> m_change;
};

/// Parses an amount typed in the locale's format ("1,250.00", "1 250,00") or plainly.
Result<Money> parseLocaleAmount(const QString &text, const Currency &currency);

} // namespace Saldo
