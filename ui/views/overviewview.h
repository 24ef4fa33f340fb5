// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/invoicefiltermodel.h"
#include "models/invoicetotals.h"
#include "section.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Saldo {

class AccountTableModel;
class EmptyState;
class InvoiceTableModel;

/// The first thing the bookkeeper sees: open receivables and payables per currency, how many
/// are overdue, and the bank accounts. Every figure is a link to the view behind it.
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    OverviewView(InvoiceTableModel *invoices, AccountTableModel *accounts,
                 QWidget *parent = nullptr);

    /// The figures on screen, for tests and accessibility: the receivables card's text.
    QString receivablesText() const;
    QString payablesText() const;
    const InvoiceTotals &totals() const { return m_totals; }
    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    /// A figure was clicked: show the invoices behind it.
    void invoicesRequested(Saldo::InvoiceFilterModel::Status status,
                           Saldo::InvoiceFilterModel::Kind kind);
    void sectionRequested(Saldo::Section section);

private:
    void refresh();
    void openLink(const QString &link);
    QString sideHtml(const InvoiceTotals::Side &side, InvoiceKind kind) const;
    QString accountsHtml() const;
    QWidget *addCard(QWidget *parent, const QString &title, QLabel **body);

    InvoiceTableModel *m_invoices;
    AccountTableModel *m_accounts;
    InvoiceTotals m_totals;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_receivables = nullptr;
    QLabel *m_payables = nullptr;
    QLabel *m_bankAccounts = nullptr;
};

} // namespace Saldo
