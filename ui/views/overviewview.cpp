// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewview.h"

#include "localeformat.h"
#include "models/accounttablemodel.h"
#include "models/invoicetablemodel.h"
#include "theme.h"
#include "widgets/emptystate.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Saldo {

namespace {

// Links inside the overview: "invoices/<status>/<kind>" or "section/<number>".
QString invoicesLink(InvoiceFilterModel::Status status, InvoiceKind kind)
{
    return QStringLiteral("invoices/%1/%2").arg(int(status)).arg(int(kind));
}

QString link(const QString &href, const QString &text, const QString &style = {})
{
    return QStringLiteral("<a href=\"%1\" style=\"text-decoration:none;%3\">%2</a>")
        .arg(href, text.toHtmlEscaped(), style);
}

} // namespace

OverviewView::OverviewView(InvoiceTableModel *invoices, AccountTableModel *accounts,
                           QWidget *parent)
    : QWidget(parent)
    , m_invoices(invoices)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("Nothing in this ledger yet"),
                             tr("The overview sums up the open invoices you have issued and "
                                "received, what is overdue, and your bank accounts. It fills "
                                "as soon as the ledger holds invoices or bank accounts."),
                             this))
{
    setObjectName(QStringLiteral("overviewView"));
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(18, 18, 18, 18);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(18);
    grid->addWidget(addCard(page, tr("Receivables: issued invoices"), &m_receivables), 0, 0);
    grid->addWidget(addCard(page, tr("Payables: received invoices"), &m_payables), 0, 1);
    grid->addWidget(addCard(page, tr("Bank accounts"), &m_bankAccounts), 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_invoices),
                                       static_cast<QAbstractItemModel *>(m_accounts) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewView::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &OverviewView::refresh);
    }
    refresh();
}

QWidget *OverviewView::addCard(QWidget *parent, const QString &title, QLabel **body)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    card->setBackgroundRole(QPalette::Base);
    card->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 14);
    auto *heading = new QLabel(title, card);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    *body = new QLabel(card);
    (*body)->setTextFormat(Qt::RichText);
    (*body)->setTextInteractionFlags(Qt::TextBrowserInteraction);
    (*body)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    (*body)->setWordWrap(true);
    connect(*body, &QLabel::linkActivated, this, &OverviewView::openLink);
    layout->addWidget(heading);
    layout->addWidget(*body, 1);
    return card;
}

void OverviewView::refresh()
{
    m_totals = InvoiceTotals::of(m_invoices->invoices(), m_invoices->today());
    const bool empty = m_totals.count() == 0 && m_accounts->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
    m_receivables->setText(sideHtml(m_totals.issued, InvoiceKind::Issued));
    m_payables->setText(sideHtml(m_totals.received, InvoiceKind::Received));
    m_bankAccounts->setText(accountsHtml());
}

QString OverviewView::sideHtml(const InvoiceTotals::Side &side, InvoiceKind kind) const
{
    using Status = InvoiceFilterModel::Status;
    if (side.count == 0) {
        return kind == InvoiceKind::Issued ? tr("No issued invoices in this ledger.")
                                           : tr("No received invoices in this ledger.");
    }
    // Currencies with nothing open are noise here ("0.00 NOK open"); all paid shows one zero.
    QList<InvoiceTotals::Sums> shown;
    for (const InvoiceTotals::Sums &sums : side.perCurrency) {
        if (!sums.open.isZero())
            shown.append(sums);
    }
    if (shown.isEmpty())
        shown.append(side.perCurrency.first());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const InvoiceTotals::Sums &sums : std::as_const(shown)) {
        html += QStringLiteral("<tr><td align=\"right\" style=\"font-size:x-large;\">%1</td>"
                               "<td style=\"padding-left:8px;\">%2</td></tr>")
                    .arg(link(invoicesLink(Status::Open, kind), formatMoney(sums.open)),
                         tr("open").toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>");
    html += link(invoicesLink(Status::Open, kind),
                 tr("%n open invoice(s)", nullptr, side.openCount));
    html += QStringLiteral(" · ");
    html += link(invoicesLink(Status::All, kind), tr("%n in all", nullptr, side.count));
    html += QStringLiteral("</p><p>");
    if (side.overdueCount == 0) {
        html += tr("Nothing overdue.").toHtmlEscaped();
    } else {
        QStringList amounts;
        for (const InvoiceTotals::Sums &sums : side.perCurrency) {
            if (!sums.overdue.isZero())
                amounts.append(formatMoney(sums.overdue));
        }
        const QString text = tr("%n overdue: %1", nullptr, side.overdueCount)
                                 .arg(amounts.join(QStringLiteral(", ")));
        html += link(invoicesLink(Status::Overdue, kind), QStringLiteral("! ") + text,
                     QStringLiteral("color:%1;font-weight:bold;")
                         .arg(Theme::color(Tone::Negative, palette()).name()));
    }
    html += QStringLiteral("</p>");
    return html;
}

QString OverviewView::accountsHtml() const
{
    const QString sectionLink = QStringLiteral("section/%1").arg(int(Section::BankAccounts));
    if (m_accounts->rowCount() == 0)
        return link(sectionLink, tr("No bank accounts yet."));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const OwnAccount &account : m_accounts->accounts()) {
        html += QStringLiteral("<tr><td>%1</td><td style=\"padding-left:16px;\">%2</td>"
                               "<td style=\"padding-left:16px;\">%3</td></tr>")
                    .arg(link(sectionLink, account.name), account.iban.toGroupedString(),
                         account.currency.code());
    }
    html += QStringLiteral("</table>");
    return html;
}

void OverviewView::openLink(const QString &href)
{
    const QStringList parts = href.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.first() == u"invoices") {
        const auto kind = InvoiceKind(parts.at(2).toInt()) == InvoiceKind::Issued
            ? InvoiceFilterModel::Kind::Issued
            : InvoiceFilterModel::Kind::Received;
        Q_EMIT invoicesRequested(InvoiceFilterModel::Status(parts.at(1).toInt()), kind);
    } else if (parts.size() == 2 && parts.first() == u"section") {
        Q_EMIT sectionRequested(Section(parts.at(1).toInt()));
    }
}

QString OverviewView::receivablesText() const
{
    QTextDocument doc;
    doc.setHtml(m_receivables->text());
    return doc.toPlainText();
}

QString OverviewView::payablesText() const
{
    QTextDocument doc;
    doc.setHtml(m_payables->text());
    return doc.toPlainText();
}

} // namespace Saldo
