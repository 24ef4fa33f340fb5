// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/invoice.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <optional>

namespace Saldo {

class InvoiceTableModel;

/// Which invoices the Invoices view shows: a status filter, a kind filter and a search text,
/// over an InvoiceTableModel. Sorting and filtering read the invoices directly instead of going
/// through data(), which keeps a million rows responsive.
class InvoiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Status { All, Open, Overdue, Paid };
    enum class Kind { All, Issued, Received };

    explicit InvoiceFilterModel(QObject *parent = nullptr);

    /// The source must be an InvoiceTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    InvoiceTableModel *invoiceModel() const { return m_invoices; }

    void setStatusFilter(Status status);
    Status statusFilter() const { return m_status; }
    void setKindFilter(Kind kind);
    Kind kindFilter() const { return m_kind; }
    /// Words to find in the number, counterparty or variable symbol (case and diacritics do not
    /// matter: "polana" finds "Poľana"), or an amount equal to a row's total or open amount
    /// ("1250", "1 250,00").
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_searchText; }
    /// All three at once, filtering once.
    void setFilters(Status status, Kind kind, const QString &searchText);

    /// Folds text for searching: lower case, without diacritics.
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool storeSearchText(const QString &text);
    void refilter();
    bool matchesSearch(const Invoice &invoice) const;
    const QString &foldedName(const QString &name) const;

    InvoiceTableModel *m_invoices = nullptr;
    Status m_status = Status::All;
    Kind m_kind = Kind::All;
    QString m_searchText;
    QStringList m_needles; ///< folded words of the search text; each must match
    std::optional<qint64> m_searchAmount; ///< the search text read as an amount, in cents
    /// Counterparty names folded once each, not once per row and keystroke.
    mutable QHash<QString, QString> m_foldedNames;
};

} // namespace Saldo
