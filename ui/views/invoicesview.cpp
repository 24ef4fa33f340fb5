// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicesview.h"

#include "localeformat.h"
#include "models/invoicetablemodel.h"
#include "models/invoicetotals.h"
#include "widgets/busyindicator.h"
#include "widgets/datatableview.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Saldo {

namespace {

// Ids of the kind buttons; the status buttons use InvoiceFilterModel::Status.
enum KindButton { AllKinds, IssuedKind, ReceivedKind };

/// "2,931.00 EUR, 4,615.80 CZK": the non-zero sums (a currency with nothing open says nothing).
QString currencyList(const QList<InvoiceTotals::Sums> &sums, Money InvoiceTotals::Sums::*field)
{
    QStringList parts;
    for (const InvoiceTotals::Sums &s : sums) {
        if (!(s.*field).isZero())
            parts.append(formatMoney(s.*field));
    }
    if (parts.isEmpty() && !sums.isEmpty())
        parts.append(formatMoney(sums.first().*field));
    return parts.join(QStringLiteral(", "));
}

} // namespace

InvoicesView::InvoicesView(InvoiceTableModel *invoices, QWidget *parent)
    : QWidget(parent)
    , m_invoices(invoices)
    , m_filter(new InvoiceFilterModel(this))
    , m_searchDelay(new QTimer(this))
    , m_summaryDelay(new QTimer(this))
    , m_table(new DataTableView(this))
    , m_summary(new QLabel(this))
    , m_empty(new EmptyState(tr("No invoices yet"),
                             tr("Your issued and received invoices will be listed here with what "
                                "is still open on each, so that payments from the bank can be "
                                "paired with them. Bring them in from your invoicing program's "
                                "CSV export with saldo-cli invoices import."),
                             this))
    , m_busy(new BusyIndicator(tr("Reading the invoices…"), this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("invoicesView"));
    m_filter->setSourceModel(m_invoices);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_filter);
    m_table->sortByColumn(InvoiceTableModel::IssueDateColumn, Qt::DescendingOrder);
    m_summary->setObjectName(QStringLiteral("invoiceSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(createFilterBar());
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_summary);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_stack);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200); // typing "FV2026" filters once, not six times
    connect(m_searchDelay, &QTimer::timeout, this, &InvoicesView::applyFilter);
    m_summaryDelay->setSingleShot(true);
    connect(m_summaryDelay, &QTimer::timeout, this, &InvoicesView::updateSummary);

    auto scheduleSummary = [this] {
        m_summaryDelay->start();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, scheduleSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, scheduleSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, scheduleSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, scheduleSummary);
    connect(m_invoices, &QAbstractItemModel::modelReset, this, &InvoicesView::updatePage);
    updatePage();
}

QWidget *InvoicesView::createFilterBar()
{
    using Status = InvoiceFilterModel::Status;
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);

    m_statusGroup = new QButtonGroup(bar);
    addFilterButton(m_statusGroup, bar, tr("All"), int(Status::All), tr("Every invoice"));
    addFilterButton(m_statusGroup, bar, tr("Open"), int(Status::Open),
                    tr("Not fully paid yet, overdue or not"));
    addFilterButton(m_statusGroup, bar, tr("Overdue"), int(Status::Overdue),
                    tr("Not fully paid and past the due date"));
    addFilterButton(m_statusGroup, bar, tr("Paid"), int(Status::Paid),
                    tr("Fully paid (or overpaid)"));
    layout->addSpacing(16);
    m_kindGroup = new QButtonGroup(bar);
    addFilterButton(m_kindGroup, bar, tr("Issued and received"), AllKinds,
                    tr("Invoices you issued and invoices you received"));
    addFilterButton(m_kindGroup, bar, tr("Issued"), IssuedKind,
                    tr("Invoices you issued: your customers pay them"));
    addFilterButton(m_kindGroup, bar, tr("Received"), ReceivedKind,
                    tr("Invoices you received: you pay them"));
    m_statusGroup->button(int(Status::All))->setChecked(true);
    m_kindGroup->button(AllKinds)->setChecked(true);
    for (QButtonGroup *group : { m_statusGroup, m_kindGroup }) {
        for (QAbstractButton *button : group->buttons())
            layout->addWidget(button);
        layout->addSpacing(16);
        connect(group, &QButtonGroup::idClicked, this, &InvoicesView::applyFilter);
    }
    layout->addStretch(1);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search number, counterparty, VS or amount"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 48);
    m_search->setAccessibleName(tr("Search invoices"));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InvoicesView::applyFilter);
    layout->addWidget(m_search);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    return bar;
}

void InvoicesView::addFilterButton(QButtonGroup *group, QWidget *bar, const QString &text, int id,
                                   const QString &toolTip)
{
    auto *button = new QToolButton(bar);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    group->addButton(button, id);
}

void InvoicesView::setFilter(InvoiceFilterModel::Status status, InvoiceFilterModel::Kind kind)
{
    m_statusGroup->button(int(status))->setChecked(true);
    const int kindId = kind == InvoiceFilterModel::Kind::Issued
        ? IssuedKind
        : (kind == InvoiceFilterModel::Kind::Received ? ReceivedKind : AllKinds);
    m_kindGroup->button(kindId)->setChecked(true);
    m_search->clear();
    applyFilter();
}

void InvoicesView::applyFilter()
{
    m_searchDelay->stop();
    const auto status = InvoiceFilterModel::Status(m_statusGroup->checkedId());
    const int kindId = m_kindGroup->checkedId();
    const auto kind = kindId == IssuedKind
        ? InvoiceFilterModel::Kind::Issued
        : (kindId == ReceivedKind ? InvoiceFilterModel::Kind::Received
                                  : InvoiceFilterModel::Kind::All);
    m_filter->setFilters(status, kind, m_search->text());
}

void InvoicesView::setLoading(bool loading)
{
    m_loading = loading;
    updatePage();
}

void InvoicesView::updatePage()
{
    if (m_loading)
        m_stack->setCurrentWidget(m_busy);
    else if (m_invoices->rowCount() == 0)
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentIndex(0);
    if (!m_columnsFitted && m_invoices->rowCount() > 0) {
        m_table->fitColumns(InvoiceTableModel::CounterpartyColumn);
        m_columnsFitted = true;
    }
    m_summaryDelay->start();
}

void InvoicesView::updateSummary()
{
    InvoiceTotals totals;
    const QDate &today = m_invoices->today();
    const int shown = m_filter->rowCount();
    for (int row = 0; row < shown; ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        totals.add(m_invoices->invoiceAt(source), today);
    }
    const int all = m_invoices->rowCount();
    if (shown == 0 && all > 0) {
        m_summary->setText(
            tr("No invoice matches the filter (%n invoice(s) in all).", nullptr, all));
        return;
    }
    QStringList parts;
    parts.append(shown == all
                     ? tr("%n invoice(s)", nullptr, all)
                     : tr("%1 of %n invoice(s)", nullptr, all).arg(QLocale().toString(shown)));
    if (totals.issued.openCount > 0)
        parts.append(tr("to receive %1")
                         .arg(currencyList(totals.issued.perCurrency, &InvoiceTotals::Sums::open)));
    if (totals.received.openCount > 0)
        parts.append(
            tr("to pay %1")
                .arg(currencyList(totals.received.perCurrency, &InvoiceTotals::Sums::open)));
    const int overdue = totals.issued.overdueCount + totals.received.overdueCount;
    if (overdue > 0)
        parts.append(tr("%n overdue", nullptr, overdue));
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    QStringList tip;
    if (totals.issued.count > 0)
        tip.append(tr("Issued, total: %1")
                       .arg(currencyList(totals.issued.perCurrency, &InvoiceTotals::Sums::total)));
    if (totals.received.count > 0)
        tip.append(
            tr("Received, total: %1")
                .arg(currencyList(totals.received.perCurrency, &InvoiceTotals::Sums::total)));
    m_summary->setToolTip(tip.join(QLatin1Char('\n')));
}

QAbstractButton *InvoicesView::statusButton(InvoiceFilterModel::Status status) const
{
    return m_statusGroup->button(int(status));
}

QAbstractButton *InvoicesView::kindButton(InvoiceFilterModel::Kind kind) const
{
    switch (kind) {
    case InvoiceFilterModel::Kind::Issued:
        return m_kindGroup->button(IssuedKind);
    case InvoiceFilterModel::Kind::Received:
        return m_kindGroup->button(ReceivedKind);
    case InvoiceFilterModel::Kind::All:
        break;
    }
    return m_kindGroup->button(AllKinds);
}

QString InvoicesView::summaryText() const
{
    return m_summary->text();
}

QByteArray InvoicesView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void InvoicesView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_columnsFitted = true;
}

} // namespace Saldo
