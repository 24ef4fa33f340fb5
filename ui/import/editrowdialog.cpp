// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editrowdialog.h"

#include "ledger/counterpartyrepository.h"
#include "ledger/importrepository.h"
#include "ledger/invoicerepository.h"
#include "localeformat.h"
#include "rowstates.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Saldo {

Result<Money> parseLocaleAmount(const QString &text, const Currency &currency)
{
    const QLocale locale;
    QString plain = text.trimmed();
    plain.remove(locale.groupSeparator());
    plain.remove(QChar(QChar::Nbsp));
    plain.remove(QLatin1Char(' '));
    plain.replace(locale.decimalPoint(), QStringLiteral("."));
    return Money::parse(plain, currency);
}

EditRowDialog::EditRowDialog(Ledger &ledger, qint64 importId, const ImportRow &row, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_importId(importId)
    , m_row(row)
    , m_counterparty(new QComboBox)
    , m_type(new QComboBox)
    , m_documentsTitle(new QLabel)
    , m_documents(new QTableWidget(0, 5))
    , m_left(new QLabel)
    , m_outcome(new QLabel)
    , m_learnNote(new QLabel)
{
    setObjectName(QStringLiteral("editRowDialog"));
    setWindowTitle(tr("Edit row %1").arg(row.line));
    const QString amount = (row.data.amount.isPositive() ? QStringLiteral("+") : QString())
        + formatMoney(row.data.amount);
    auto *summary = new QLabel(tr("%1  %2  “%3”  %4  %5")
                                   .arg(formatDate(row.date()), amount, row.data.description,
                                        row.counterAccount(), row.data.counterpartyName));
    summary->setObjectName(QStringLiteral("rowSummary"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setWordWrap(true);

    m_counterparty->setObjectName(QStringLiteral("counterparty"));
    m_counterparty->setEditable(true);
    m_counterparty->setInsertPolicy(QComboBox::NoInsert);
    m_counterparty->setToolTip(tr("Type a part of the name to search"));
    loadCounterparties();
    m_counterparty->setCurrentText(row.counterpartyName);
    m_counterparty->completer()->setFilterMode(Qt::MatchContains);
    m_counterparty->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_counterparty->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_type->setObjectName(QStringLiteral("documentType"));
    for (DocumentType type : RowStates::types())
        m_type->addItem(RowStates::text(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(row.type)));

    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setHorizontalHeaderLabels(
        { tr("Pay"), tr("Document"), tr("Due"), tr("Open"), tr("Allocate") });
    m_documents->verticalHeader()->hide();
    m_documents->horizontalHeader()->setStretchLastSection(true);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_learnNote->setObjectName(QStringLiteral("learnNote"));
    m_learnNote->setWordWrap(true);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_left->setObjectName(QStringLiteral("leftToAllocate"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Counterparty"), m_counterparty);
    form->addRow(QString(), m_learnNote);
    form->addRow(tr("Document &type"), m_type);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_left);
    footer->addStretch();
    footer->addWidget(m_outcome);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_documentsTitle);
    layout->addWidget(m_documents, 1);
    layout->addLayout(footer);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_counterparty, &QComboBox::currentTextChanged, this, &EditRowDialog::showDocuments);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EditRowDialog::updateOutcome);
    connect(m_documents, &QTableWidget::itemChanged, this, &EditRowDialog::updateOutcome);
    showDocuments();
}

void EditRowDialog::loadCounterparties()
{
    const auto all = CounterpartyRepository(m_ledger).all();
    if (!all)
        return;
    QStringList names;
    for (const Counterparty &counterparty : *all)
        names.append(counterparty.name);
    names.sort(Qt::CaseInsensitive);
    m_counterparty->addItems(names);
}

std::optional<DocumentType> EditRowDialog::chosenType() const
{
    const QVariant data = m_type->currentData();
    return data.isValid() ? std::optional<DocumentType>(DocumentType(data.toInt())) : std::nullopt;
}

void EditRowDialog::showDocuments()
{
    const QString name = m_counterparty->currentText().trimmed();
    const bool byHand = !name.isEmpty() && name != m_row.counterpartyName;
    m_learnNote->setText(
        byHand && !m_row.counterAccount().isEmpty()
            ? tr("The account %1 will be remembered for %2.").arg(m_row.counterAccount(), name)
            : QString());
    m_learnNote->setVisible(!m_learnNote->text().isEmpty());

    const QSignalBlocker blocker(m_documents);
    m_documents->setRowCount(0);
    m_invoices.clear();
    for (const ImportAllocation &allocation : m_row.allocations) {
        const auto invoice = InvoiceRepository(m_ledger).byId(allocation.invoiceId);
        if (invoice && *invoice)
            addDocumentRow(**invoice, &allocation);
    }
    const auto id = CounterpartyRepository(m_ledger).idByName(name);
    if (name.isEmpty() || !id || !*id) {
        m_documentsTitle->setText(tr("Choose a counterparty to see its open documents."));
        updateOutcome();
        return;
    }
    InvoiceFilter filter;
    filter.openOnly = true;
    filter.counterpartyId = **id;
    // Money in pays issued invoices; money out pays received ones.
    filter.kind = m_row.data.amount.isNegative() ? InvoiceKind::Received : InvoiceKind::Issued;
    InvoiceRepository(m_ledger).forEach(filter, [this](const Invoice &invoice) {
        for (const Invoice &shown : std::as_const(m_invoices)) {
            if (shown.id == invoice.id)
                return true;
        }
        addDocumentRow(invoice, nullptr);
        return true;
    });
    m_documentsTitle->setText(m_invoices.isEmpty() ? tr("%1 has no open documents.").arg(name)
                                                   : tr("Open documents of %1:").arg(name));
    updateOutcome();
}

void EditRowDialog::addDocumentRow(const Invoice &invoice, const ImportAllocation *allocation)
{
    const int row = m_documents->rowCount();
    m_documents->insertRow(row);
    m_invoices.append(invoice);
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    check->setCheckState(allocation ? Qt::Checked : Qt::Unchecked);
    if (allocation)
        check->setToolTip(tr("Allocated to this row; untick to take it off"));
    m_documents->setItem(row, CheckColumn, check);
    auto fixed = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return item;
    };
    m_documents->setItem(row, NumberColumn, fixed(invoice.number));
    m_documents->setItem(row, DueColumn, fixed(formatDate(invoice.dueDate)));
    // What is open for this row: a written allocation is in the invoice's paid amount.
    const Money openForRow
        = allocation && m_row.written ? invoice.open() + allocation->amount : invoice.open();
    auto *open = fixed(formatMoney(openForRow));
    open->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_documents->setItem(row, OpenColumn, open);
    const Money proposed = allocation
        ? allocation->amount
        : std::min(invoice.open(),
                   m_row.unallocated.currency() == invoice.open().currency() ? m_row.unallocated
                                                                             : invoice.open());
    auto *amount = new QTableWidgetItem(formatMoneyNumber(proposed));
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount->setToolTip(tr("The part of the row paid to this document"));
    m_documents->setItem(row, AmountColumn, amount);
}

int EditRowDialog::documentRow(const QString &number) const
{
    for (int row = 0; row < m_invoices.size(); ++row) {
        if (m_invoices.at(row).number == number)
            return row;
    }
    return -1;
}

Result<ImportRow> EditRowDialog::chosenRow() const
{
    ImportRow row = m_row;
    if (const auto type = chosenType())
        row.type = *type;
    const QString name = m_counterparty->currentText().trimmed();
    if (name.isEmpty()) {
        row.counterpartyId = 0;
    } else if (name != m_row.counterpartyName) {
        const auto id = CounterpartyRepository(m_ledger).idByName(name);
        if (!id)
            return Error { id.error() };
        if (!*id)
            return Error { tr("There is no counterparty named %1.").arg(name) };
        row.counterpartyId = **id;
    }
    row.allocations.clear();
    for (int i = 0; i < m_documents->rowCount(); ++i) {
        if (m_documents->item(i, CheckColumn)->checkState() != Qt::Checked)
            continue;
        const QString number = m_invoices.at(i).number;
        const auto amount = parseLocaleAmount(m_documents->item(i, AmountColumn)->text(),
                                              m_row.data.amount.currency());
        if (!amount)
            return Error { tr("%1: %2").arg(number, amount.error()) };
        if (row.type == DocumentType::Unallocated)
            row.type = DocumentType::InvoicePayment;
        row.allocations.append({ m_invoices.at(i).id, number, *amount, true });
    }
    recomputeRow(row);
    return row;
}

ImportRow EditRowDialog::predictedRow() const
{
    const Result<ImportRow> chosen = chosenRow();
    return chosen ? *chosen : m_row;
}

RowState EditRowDialog::stateOf(const ImportRow &row) const
{
    RowState state = RowState::of(row);
    const RowState before = RowState::of(m_row);
    // The rule says what the hand did last, as the single edits of saldo-cli say it.
    if (!state.sameAllocations(before))
        state.rule = QStringLiteral("allocated by hand");
    else if (state.counterpartyId != before.counterpartyId)
        state.rule = QStringLiteral("counterparty by hand");
    else if (state.type != before.type)
        state.rule = QStringLiteral("type by hand");
    return state;
}

void EditRowDialog::updateOutcome()
{
    const ImportRow row = predictedRow();
    m_left->setText(tr("Left to allocate: %1").arg(formatMoney(row.unallocated)));
    m_outcome->setText(tr("The row will be: %1 %2")
                           .arg(RowStates::symbol(row.colour), RowStates::text(row.colour)));
    m_outcome->setToolTip(RowStates::meaning(row.colour));
    const bool payable
        = row.type == DocumentType::InvoicePayment || row.type == DocumentType::Unallocated;
    m_documents->setEnabled(payable);
}

QString EditRowDialog::outcomeText() const
{
    return m_outcome->text();
}

Status EditRowDialog::apply()
{
    const Result<ImportRow> chosen = chosenRow();
    if (!chosen)
        return Error { chosen.error() };
    const RowState before = RowState::of(m_row);
    RowState after = stateOf(*chosen);
    if (after.type == before.type && after.counterpartyId == before.counterpartyId
        && after.sameAllocations(before))
        return Status::success(); // nothing changed
    const Result<RowChangeOutcome> made
        = ImportRepository(m_ledger).changeRow(m_importId, m_row.line, after);
    if (!made)
        return Error { made.error() };
    m_change = Change { before, after, *made };
    return Status::success();
}

void EditRowDialog::accept()
{
    const Status status = apply();
    if (!status) {
        QMessageBox::warning(this, windowTitle(), status.error());
        return;
    }
    QDialog::accept();
}

} // namespace Saldo
