// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "dialogs/addaccountdialog.h"
#include "ledger/accountrepository.h"
#include "ledger/ledger.h"
#include "mainwindow.h"
#include "models/accounttablemodel.h"
#include "uiledger.h"
#include "views/bankaccountsview.h"
#include "widgets/datatableview.h"
#include "widgets/emptystate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Saldo;

namespace {

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void typeInto(QDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(field));
    REQUIRE(edit != nullptr);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("The Bank accounts view lists the firm's accounts", "[ui][accounts]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("accounts.saldo")));
    window.setCurrentSection(Section::BankAccounts);
    auto *view = qobject_cast<BankAccountsView *>(window.sectionWidget(Section::BankAccounts));
    REQUIRE(view != nullptr);
    const QAbstractItemModel &shown = *view->table()->model();

    REQUIRE(shown.rowCount() == 3);
    const QStringList names = column(shown, AccountTableModel::NameColumn);
    CHECK(names.contains(QStringLiteral("Current account EUR")));
    CHECK(names.contains(QStringLiteral("Savings EUR")));
    CHECK(names.contains(QStringLiteral("Current account CZK")));
    CHECK(column(shown, AccountTableModel::IbanColumn)
              .contains(QStringLiteral("SK17 1100 0000 0035 2992 3124")));
    CHECK(column(shown, AccountTableModel::CurrencyColumn).contains(QStringLiteral("CZK")));
    CHECK(view->countText() == QStringLiteral("3 bank accounts"));
}

TEST_CASE("The add-account dialog refuses a bad IBAN and adds a good one", "[ui][accounts]")
{
    SaldoTest::prepareGui();
    const QString path = SaldoTest::makeEmptyLedger(QStringLiteral("add.saldo"));
    auto ledger = Ledger::open(path);
    REQUIRE(ledger);
    AddAccountDialog dialog(**ledger);
    dialog.show();

    typeInto(dialog, "nameEdit", QStringLiteral("Current account EUR"));
    typeInto(dialog, "ibanEdit", QStringLiteral("SK17 1100 0000 0035 2992 3125")); // bad check
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("ibanNote"))->text().isEmpty());
    dialog.accept(); // Enter on a disabled button must not store anything either
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK((*AccountRepository(**ledger).all()).isEmpty());

    typeInto(dialog, "ibanEdit", QStringLiteral("SK17 1100 0000 0035 2992 3124"));
    CHECK(okButton(dialog)->isEnabled());
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->currentText()
          == QStringLiteral("EUR"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto accounts = AccountRepository(**ledger).all();
    REQUIRE(accounts);
    REQUIRE(accounts->size() == 1);
    CHECK(accounts->first().name == QStringLiteral("Current account EUR"));
    CHECK(accounts->first().iban.toString() == QStringLiteral("SK1711000000003529923124"));
}

TEST_CASE("An account added from the empty Bank accounts view is listed", "[ui][accounts]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    window.show();
    SaldoTest::openAndWait(window, SaldoTest::makeEmptyLedger(QStringLiteral("window.saldo")));
    window.setCurrentSection(Section::BankAccounts);
    auto *view = qobject_cast<BankAccountsView *>(window.sectionWidget(Section::BankAccounts));
    REQUIRE(view->emptyState()->action() != nullptr);

    bool filled = false;
    // The dialog is modal: fill it in once it is up.
    QTimer::singleShot(0, &window, [&filled] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("ibanEdit"))
            ->setText(QStringLiteral("CZ65 0800 0000 1920 0014 5399"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Current account CZK"));
        filled = okButton(*dialog)->isEnabled();
        okButton(*dialog)->click();
    });
    QSignalSpy loaded(&window, &MainWindow::ledgerLoaded);
    view->emptyState()->action()->trigger();
    REQUIRE(filled);
    REQUIRE((loaded.count() > 0 || loaded.wait(120000)));

    CHECK(window.currentSection() == Section::BankAccounts);
    const QAbstractItemModel &shown = *view->table()->model();
    REQUIRE(shown.rowCount() == 1);
    CHECK(shown.index(0, AccountTableModel::NameColumn).data().toString()
          == QStringLiteral("Current account CZK"));
    CHECK(shown.index(0, AccountTableModel::CurrencyColumn).data().toString()
          == QStringLiteral("CZK"));
}
