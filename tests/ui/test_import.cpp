// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The statement import page on a real ledger: read an MT940 file on the worker, look at the
// row colours, pair the red row by hand through the edit dialog, confirm.
#include "catchqt.h"
#include "import/editrowdialog.h"
#include "import/importlistmodel.h"
#include "import/importpage.h"
#include "import/importrowfilter.h"
#include "import/importrowmodel.h"
#include "import/statementssection.h"
#include "ledger/invoicerepository.h"
#include "ledger/ledger.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "uiledger.h"
#include "views/tablesectionview.h"
#include "widgets/datatableview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>

using namespace Saldo;

namespace {

/// Five lines into the sample ledger's first account: FV2026-0001 paid by VS and name (green),
/// an unknown payer (red), a transfer from the firm's savings account (grey), a payment from a
/// known counterparty with nothing of its to pay (black), and a bank fee (green).
const char *const statement = R"(:20:STMT260105001
:25:SK1711000000003529923124
:28C:00001/001
:60F:C260104EUR1000,00
:61:2601050105C1250,00NTRFNONREF//2601050000001
:86:166?00Prijata platba SEPA?20EREF+/VS0001?30TATRSKBX?31SK2411000000002612345678?32Polana Pekaren s.r.o.
:61:2601050105C600,00NTRFNONREF//2601050000002
:86:166?00Prijata platba SEPA?20SVWZ+Dakujeme?31SK6702000000001234567890?32Jan Novak
:61:2601050105C200,00NTRFNONREF//2601050000003
:86:166?00Prevod?20SVWZ+Presun?31SK0409000000002719248655?32Modry kamen
:61:2601050105C100,00NTRFNONREF//2601050000004
:86:166?00Prijata platba SEPA?20SVWZ+Zaloha?31NO9386011117947?32Forde Energi ASA
:61:2601050105D5,00NCHGNONREF//2601050000005
:86:Poplatok za vypis
:62F:C260105EUR3145,00
-
)";

const char *const nearMissStatement = R"(:20:STMT260106001
:25:SK1711000000003529923124
:28C:00002/001
:60F:C260105EUR3145,00
:61:2601060106C1249,98NTRFNONREF//2601060000001
:86:166?00Prijata platba SEPA?20SVWZ+Platba?31SK2411000000002612345678?32Polana Pekaren s.r.o.
:62F:C260106EUR4394,98
-
)";

QString writeStatement(const char *text = statement)
{
    const QString path = QDir(SaldoTest::tempDir()).filePath(QStringLiteral("statement.mt940"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    return path;
}

/// Runs `act` on the next modal dialog once its exec() has started.
void onNextModal(const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

RowColour colourOfLine(const ImportPage &page, int line)
{
    const int row = page.model()->rowOfLine(line);
    REQUIRE(row >= 0);
    return page.model()->rowAt(row).colour;
}

Invoice invoice(const QString &path, const char *number)
{
    auto ledger = Ledger::open(path);
    REQUIRE(ledger);
    const auto found
        = InvoiceRepository(**ledger).byNumber(InvoiceKind::Issued, QString::fromLatin1(number));
    REQUIRE(found);
    REQUIRE(found->has_value());
    return **found;
}

/// Opens the sample ledger in `window` and reads the statement on the import page.
ImportPage *readStatement(MainWindow &window, const QString &path, const char *text = statement)
{
    SaldoTest::openAndWait(window, path);
    StatementsSection *section = window.statementsSection();
    ImportPage *page = section->page();
    // Another account chosen: the page picks the statement's own account from the file.
    QComboBox *account = page->accountBox();
    account->setCurrentIndex(account->findData(QStringLiteral("SK0409000000002719248655")));
    REQUIRE(account->currentIndex() >= 0);
    window.openFiles({ writeStatement(text) });
    REQUIRE(window.currentSection() == Section::BankStatements);
    REQUIRE(section->isShowingPage());
    REQUIRE(page->files().size() == 1);

    QSignalSpy finished(page, &ImportPage::readFinished);
    page->readFile(); // waits for the file's account when that is still being looked up
    // A guard against a read that never ends, not a speed limit.
    REQUIRE((finished.count() > 0 || finished.wait(120000)));
    INFO(finished.first().at(1).toString().toStdString());
    REQUIRE(finished.first().at(0).toLongLong() > 0);
    REQUIRE_FALSE(page->isReading());
    CHECK(account->currentData().toString() == QStringLiteral("SK1711000000003529923124"));
    return page;
}

/// Confirms the import (the summary must be answered, see acceptNextSummary()) and waits for
/// the worker to write it; whether it was confirmed.
bool confirmAndWait(ImportPage &page)
{
    QSignalSpy finished(&page, &ImportPage::confirmFinished);
    if (!page.confirm())
        return false;
    // The window stays usable meanwhile: the page refuses edits until the worker is done.
    CHECK(page.isReading());
    CHECK_FALSE(page.confirm());
    // A guard against a confirmation that never ends, not a speed limit.
    REQUIRE((finished.count() > 0 || finished.wait(120000)));
    return finished.first().at(0).toBool();
}

/// Edits `line` in the dialog: `counterparty`, and `number` ticked with `amount` (or unticked
/// when `amount` is empty). Returns whether the dialog showed the document.
bool allocateInDialog(ImportPage &page, int line, const QString &counterparty,
                      const QString &number, const QString &amount)
{
    bool shown = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<EditRowDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        if (!counterparty.isEmpty())
            dialog->counterpartyBox()->setCurrentText(counterparty);
        const int row = dialog->documentRow(number);
        shown = row >= 0;
        if (shown) {
            QTableWidget *documents = dialog->documentsTable();
            if (!amount.isEmpty())
                documents->item(row, EditRowDialog::AmountColumn)->setText(amount);
            documents->item(row, EditRowDialog::CheckColumn)
                ->setCheckState(amount.isEmpty() ? Qt::Unchecked : Qt::Checked);
        }
        dialog->accept();
    });
    page.editRow(line);
    return shown;
}

/// Clicks the accepting button of the next message box (Confirm's summary), keeping its
/// informative text in `summary`.
void acceptNextSummary(QString *summary = nullptr)
{
    onNextModal([summary](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        if (summary)
            *summary = box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
}

/// Answers the next question box with Yes.
void answerYes()
{
    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box && box->button(QMessageBox::Yes))
            box->button(QMessageBox::Yes)->click();
        else
            modal->close();
    });
}

QString stateOfLine(const ImportPage &page, int line)
{
    const int row = page.model()->rowOfLine(line);
    REQUIRE(row >= 0);
    return page.model()->index(row, ImportRowModel::StateColumn).data().toString();
}

} // namespace

TEST_CASE("The import page reads a statement and colours its rows", "[ui][import]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    ImportPage *page
        = readStatement(window, SaldoTest::makeSampleLedger(QStringLiteral("read.saldo")));

    REQUIRE(page->model()->rowCount() == 5);
    CHECK(colourOfLine(*page, 1) == RowColour::Green);
    CHECK(colourOfLine(*page, 2) == RowColour::Red);
    CHECK(colourOfLine(*page, 3) == RowColour::Grey);
    CHECK(colourOfLine(*page, 4) == RowColour::Black);
    CHECK(colourOfLine(*page, 5) == RowColour::Green);

    const QAbstractItemModel &model = *page->model();
    const int first = page->model()->rowOfLine(1);
    CHECK(model.index(first, ImportRowModel::IncomeColumn).data().toString()
          == QStringLiteral("1,250.00\u00a0EUR"));
    CHECK(model.index(first, ImportRowModel::IncomeColumn)
              .data(Qt::TextAlignmentRole)
              .value<Qt::Alignment>()
              .testFlag(Qt::AlignRight));
    CHECK(model.index(first, ImportRowModel::DocumentsColumn).data().toString()
          == QStringLiteral("FV2026-0001"));
    CHECK(model.index(first, ImportRowModel::StateColumn).data().toString()
          == QStringLiteral("Paired"));
    CHECK_FALSE(model.index(first, ImportRowModel::StateColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK_FALSE(model.index(first, 0).data(Qt::ToolTipRole).toString().isEmpty());

    // The legend counts and filters.
    CHECK(page->legendChip(RowColour::Green)->text().startsWith(QStringLiteral("2 Paired")));
    CHECK(page->legendChip(RowColour::Red)->text().startsWith(QStringLiteral("1 To do")));
    page->legendChip(RowColour::Red)->click();
    REQUIRE(page->filter()->rowCount() == 1);
    CHECK(page->filter()->index(0, 0).data(ImportRowModel::LineRole).toInt() == 2);
    page->filter()->setColour(std::nullopt);
    page->filter()->setSearch(QStringLiteral("forde"));
    REQUIRE(page->filter()->rowCount() == 1);
    CHECK(page->filter()->index(0, 0).data(ImportRowModel::LineRole).toInt() == 4);
    page->filter()->setSearch(QString());

    // The Bank statements list shows the draft.
    ImportListModel *list = window.statementsSection()->listModel();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->entry(0).fileName == QStringLiteral("statement.mt940"));
    CHECK(list->entry(0).rows == 5);
    CHECK(list->entry(0).red == 1);
    CHECK_FALSE(list->entry(0).confirmed);
}

TEST_CASE("A red row is paired in the edit dialog, then the import is confirmed", "[ui][import]")
{
    SaldoTest::prepareGui();
    const QString path = SaldoTest::makeSampleLedger(QStringLiteral("confirm.saldo"));
    MainWindow window;
    ImportPage *page = readStatement(window, path);

    // Refused with a red row: the button is disabled, and asked anyway (Ctrl+Return) the
    // message names it and the row is selected.
    auto *confirmButton = page->findChild<QPushButton *>(QStringLiteral("confirmImport"));
    REQUIRE(confirmButton);
    CHECK_FALSE(confirmButton->isEnabled());
    CHECK(confirmButton->toolTip().contains(QStringLiteral("still to do")));
    QString refusal;
    onNextModal([&refusal](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        refusal = box ? box->text() : QString();
        modal->close();
    });
    CHECK_FALSE(page->confirm());
    CHECK(refusal.contains(QStringLiteral("red")));
    CHECK(page->currentLine() == 2);

    // Edit: the counterparty by name, its open invoice ticked with the whole amount.
    QString outcome;
    int documentRow = -1;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<EditRowDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        dialog->counterpartyBox()->setCurrentText(QStringLiteral("Tábor Software s.r.o."));
        documentRow = dialog->documentRow(QStringLiteral("FV2026-0002"));
        if (documentRow >= 0) {
            QTableWidget *documents = dialog->documentsTable();
            documents->item(documentRow, EditRowDialog::AmountColumn)
                ->setText(QStringLiteral("600.00"));
            documents->item(documentRow, EditRowDialog::CheckColumn)->setCheckState(Qt::Checked);
        }
        outcome = dialog->outcomeText();
        dialog->accept();
    });
    page->editRow(2);
    REQUIRE(documentRow >= 0);
    CHECK(outcome.contains(QStringLiteral("Paired")));
    CHECK(colourOfLine(*page, 2) == RowColour::Green);
    const ImportRow &edited = page->model()->rowAt(page->model()->rowOfLine(2));
    CHECK(edited.counterpartyName == QStringLiteral("Tábor Software s.r.o."));
    CHECK(edited.documents() == QStringList { QStringLiteral("FV2026-0002") });

    // No red row left: the button is enabled. Confirm: the summary, then one more click.
    CHECK(confirmButton->isEnabled());
    QString summary;
    acceptNextSummary(&summary);
    REQUIRE(confirmAndWait(*page));
    CHECK(summary.contains(QStringLiteral("Invoices becoming paid: 2; partly paid: 0")));

    const Invoice partial = invoice(path, SaldoTest::SampleInvoice::partial);
    CHECK(partial.paid.minorUnits() == 100000);
    CHECK(partial.paidDate == QDate(2026, 1, 5));
    const Invoice unpaid = invoice(path, SaldoTest::SampleInvoice::unpaid);
    CHECK(unpaid.paid.minorUnits() == 125000);
    CHECK(unpaid.paidDate == QDate(2026, 1, 5));

    ImportListModel *list = window.statementsSection()->listModel();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->entry(0).confirmed);

    // The same statement again: every row is already imported, said so in words and by a
    // chip of their own (grey like own transfers, but not own transfers).
    page->startNew();
    page->addFiles({ writeStatement() });
    QSignalSpy again(page, &ImportPage::readFinished);
    page->readFile();
    REQUIRE((again.count() > 0 || again.wait(120000)));
    REQUIRE(again.first().at(0).toLongLong() > 0);
    CHECK(stateOfLine(*page, 1) == QStringLiteral("Already imported"));
    auto *duplicates = page->findChild<QToolButton *>(QStringLiteral("legendDuplicates"));
    REQUIRE(duplicates);
    CHECK(duplicates->isVisibleTo(page));
    CHECK(duplicates->text().startsWith(QString::number(page->model()->rowCount())));
    CHECK(page->model()->totals(RowColour::Grey).count == 0);
}

TEST_CASE("A deleted row leaves the import, Cancel discards the draft", "[ui][import]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    ImportPage *page
        = readStatement(window, SaldoTest::makeSampleLedger(QStringLiteral("cancel.saldo")));
    REQUIRE(page->deleteRow(4));
    CHECK(page->model()->rowCount() == 4);
    CHECK(page->model()->rowOfLine(4) == -1);
    ImportListModel *list = window.statementsSection()->listModel();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->entry(0).rows == 4);

    onNextModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box)
            box->button(QMessageBox::Yes)->click();
        else
            modal->close();
    });
    QSignalSpy closed(page, &ImportPage::closed);
    page->cancelImport();
    CHECK(closed.count() == 1);
    CHECK(page->importId() == 0);
    CHECK_FALSE(window.statementsSection()->isShowingPage());
    CHECK(list->rowCount() == 0);
}

TEST_CASE("Edits are undone and redone until the import is confirmed", "[ui][import]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    ImportPage *page
        = readStatement(window, SaldoTest::makeSampleLedger(QStringLiteral("undo.saldo")));
    QUndoStack *undo = page->undoStack();
    auto *undoButton = page->findChild<QToolButton *>(QStringLiteral("undoEdit"));
    auto *redoButton = page->findChild<QToolButton *>(QStringLiteral("redoEdit"));
    REQUIRE(undoButton);
    REQUIRE(redoButton);
    CHECK_FALSE(undoButton->isEnabled());

    REQUIRE(allocateInDialog(*page, 2, QStringLiteral("Tábor Software s.r.o."),
                             QStringLiteral("FV2026-0002"), QStringLiteral("600.00")));
    CHECK(colourOfLine(*page, 2) == RowColour::Green);
    REQUIRE(undo->count() == 1);
    CHECK(undoButton->isEnabled());
    CHECK(undoButton->text().contains(QStringLiteral("line 2")));

    undoButton->click();
    CHECK(colourOfLine(*page, 2) == RowColour::Red);
    CHECK(page->model()->rowAt(page->model()->rowOfLine(2)).allocations.isEmpty());
    redoButton->click();
    CHECK(colourOfLine(*page, 2) == RowColour::Green);
    CHECK(page->model()->rowAt(page->model()->rowOfLine(2)).documents()
          == QStringList { QStringLiteral("FV2026-0002") });

    // A deleted row comes back with its colour.
    REQUIRE(page->deleteRow(4));
    CHECK(page->model()->rowOfLine(4) == -1);
    undoButton->click();
    REQUIRE(page->model()->rowOfLine(4) >= 0);
    CHECK(colourOfLine(*page, 4) == RowColour::Black);
    CHECK(undo->count() == 2);

    // An allocation made is taken off again in the dialog: unticked.
    REQUIRE(allocateInDialog(*page, 2, QString(), QStringLiteral("FV2026-0002"), QString()));
    CHECK(colourOfLine(*page, 2) == RowColour::Black);
    undoButton->click();
    CHECK(colourOfLine(*page, 2) == RowColour::Green);

    // Confirmed: nothing left to undo.
    acceptNextSummary();
    REQUIRE(confirmAndWait(*page));
    CHECK(undo->count() == 0);
    CHECK(undoButton->isHidden());
}

TEST_CASE("Rows of a confirmed import are corrected, annulled and written again", "[ui][import]")
{
    SaldoTest::prepareGui();
    const QString path = SaldoTest::makeSampleLedger(QStringLiteral("correct.saldo"));
    MainWindow window;
    ImportPage *page = readStatement(window, path);
    REQUIRE(allocateInDialog(*page, 2, QStringLiteral("Tábor Software s.r.o."),
                             QStringLiteral("FV2026-0002"), QStringLiteral("600.00")));
    acceptNextSummary();
    REQUIRE(confirmAndWait(*page));
    // The page stays on the confirmed import (no further file was chosen).
    REQUIRE(page->importId() > 0);
    CHECK(stateOfLine(*page, 1) == QStringLiteral("Paired, written"));
    CHECK(invoice(path, SaldoTest::SampleInvoice::unpaid).paid.minorUnits() == 125000);

    // Annulled: the payment leaves the invoice, the row stays struck through.
    answerYes();
    REQUIRE(page->annulRow(1));
    CHECK(stateOfLine(*page, 1) == QStringLiteral("Paired, annulled"));
    const int first = page->model()->rowOfLine(1);
    CHECK(page->model()
              ->index(first, ImportRowModel::DescriptionColumn)
              .data(Qt::FontRole)
              .value<QFont>()
              .strikeOut());
    const Invoice annulled = invoice(path, SaldoTest::SampleInvoice::unpaid);
    CHECK(annulled.paid.minorUnits() == 0);
    CHECK_FALSE(annulled.paidDate.isValid());
    REQUIRE(page->writeRow(1));
    CHECK(stateOfLine(*page, 1) == QStringLiteral("Paired, written"));
    CHECK(invoice(path, SaldoTest::SampleInvoice::unpaid).paid.minorUnits() == 125000);

    // A corrected amount takes the payment back (propagate corrections is on by default);
    // writing the row again pays the corrected amount.
    REQUIRE(allocateInDialog(*page, 2, QString(), QStringLiteral("FV2026-0002"),
                             QStringLiteral("500.00")));
    CHECK(stateOfLine(*page, 2) == QStringLiteral("Open part, to write"));
    CHECK(page->messageText().contains(QStringLiteral("taken back")));
    CHECK(invoice(path, SaldoTest::SampleInvoice::partial).paid.minorUnits() == 40000);
    REQUIRE(page->writeRow(2));
    CHECK(stateOfLine(*page, 2) == QStringLiteral("Open part, written"));
    CHECK(invoice(path, SaldoTest::SampleInvoice::partial).paid.minorUnits() == 90000);

    // Opened again from the list: the rows are read on the worker.
    const qint64 id = page->importId();
    window.statementsSection()->showList();
    QSignalSpy opened(page, &ImportPage::importOpened);
    window.statementsSection()->openImport(id);
    REQUIRE((opened.count() > 0 || opened.wait(60000))); // a guard, not a speed limit
    CHECK(opened.first().at(0).toLongLong() == id);
    CHECK(stateOfLine(*page, 1) == QStringLiteral("Paired, written"));
    CHECK(stateOfLine(*page, 2) == QStringLiteral("Open part, written"));
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("confirmImport"))->isVisibleTo(page));
}

TEST_CASE("A near miss is offered and applied with one click", "[ui][import]")
{
    SaldoTest::prepareGui();
    const QString path = SaldoTest::makeSampleLedger(QStringLiteral("suggest.saldo"));
    MainWindow window;
    ImportPage *page = readStatement(window, path, nearMissStatement);
    REQUIRE(page->model()->rowCount() == 1);
    const ImportRow &row = page->model()->rowAt(0);
    INFO(row.rule.toStdString() << " / " << row.suggestions.toStdString());
    REQUIRE(row.colour == RowColour::Black);
    REQUIRE_FALSE(row.suggestions.isEmpty());
    page->table()->selectRow(0);
    auto *apply = page->findChild<QPushButton *>(QStringLiteral("applySuggestion"));
    REQUIRE(apply);
    CHECK(apply->isVisibleTo(page));
    CHECK(apply->toolTip().contains(QStringLiteral("FV2026-0001")));
    CHECK(page->model()
              ->index(0, 0)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Suggested")));

    apply->click();
    const ImportRow &applied = page->model()->rowAt(0);
    CHECK(applied.colour == RowColour::Green);
    CHECK(applied.documents() == QStringList { QStringLiteral("FV2026-0001") });
    CHECK(applied.allocated.minorUnits() == 124998);
    page->undoStack()->undo();
    CHECK(page->model()->rowAt(0).colour == RowColour::Black);
}

TEST_CASE("The audit log names a statement line by its import and line", "[ui][import]")
{
    const auto lineEntry = [](const QJsonObject &after) {
        AuditEntry entry;
        entry.entity = QStringLiteral("statement_line");
        entry.entityId = 4711; // the row's id in the ledger: nothing a bookkeeper knows
        entry.action = QStringLiteral("edit");
        entry.after = after;
        return entry;
    };
    AuditLogModel model;
    model.setEntries(
        { lineEntry({ { QStringLiteral("import"), 3 }, { QStringLiteral("line"), 12 } }),
          lineEntry({ { QStringLiteral("line"), 12 } }), lineEntry({}) });
    const auto what = [&model](int row) {
        return model.data(model.index(row, AuditLogModel::EntityColumn)).toString();
    };
    CHECK(what(0) == QStringLiteral("Statement line 12 of import 3"));
    CHECK(what(1) == QStringLiteral("Statement line 12"));
    CHECK(what(2) == QStringLiteral("Statement line #4711"));

    // Invoices by their number, counterparties by their name.
    AuditEntry invoice;
    invoice.entity = QStringLiteral("invoice");
    invoice.entityId = 181;
    invoice.action = QStringLiteral("payment");
    invoice.before = { { QStringLiteral("number"), QStringLiteral("FV2026-0181") } };
    invoice.after = invoice.before;
    AuditEntry counterparty;
    counterparty.entity = QStringLiteral("counterparty");
    counterparty.entityId = 7;
    counterparty.action = QStringLiteral("create");
    counterparty.after = { { QStringLiteral("name"), QStringLiteral("Poľana s.r.o.") } };
    model.setEntries({ invoice, counterparty });
    CHECK(what(0) == QStringLiteral("Invoice FV2026-0181"));
    CHECK(what(1) == QStringLiteral("Counterparty Poľana s.r.o."));

    // What changed, in words: yes/no, the documents a line pays with their amounts.
    AuditEntry edit
        = lineEntry({ { QStringLiteral("line"), 2 },
                      { QStringLiteral("annulled"), true },
                      { QStringLiteral("allocations"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("invoice"), QStringLiteral("FV1") },
                            { QStringLiteral("amount"), QStringLiteral("10.00") } } } } });
    edit.before = { { QStringLiteral("line"), 2 },
                    { QStringLiteral("annulled"), false },
                    { QStringLiteral("allocations"), QJsonArray {} } };
    CHECK(AuditLogModel::describeChanges(edit)
          == QStringLiteral("documents:  → FV1 10.00; annulled: no → yes"));
}
