// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "mainwindow.h"
#include "section.h"
#include "uiledger.h"
#include "views/bankaccountsview.h"
#include "views/invoicesview.h"
#include "views/overviewview.h"
#include "widgets/datatableview.h"
#include "widgets/emptystate.h"
#include "widgets/sectionlist.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMetaMethod>
#include <QTest>

#include <algorithm>

using namespace Saldo;

namespace {

QStringList sectionListTexts(const SectionList &list)
{
    QStringList texts;
    for (int row = 0; row < list.count(); ++row)
        texts.append(list.item(row)->text());
    return texts;
}

/// Every action in every menu of the window, submenus included.
QList<QAction *> menuActions(const QMenuBar &bar)
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *action : bar.actions()) {
        if (action->menu())
            menus.append(action->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        Q_EMIT menu->aboutToShow(); // the recent-ledgers menu fills itself here
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else if (!action->isSeparator())
                actions.append(action);
        }
    }
    return actions;
}

/// QObject::isSignalConnected() is protected; a pointer to it taken through a subclass is not.
struct ConnectionProbe : QObject
{
    static bool isTriggeredConnected(const QAction &action)
    {
        const auto isConnected = &ConnectionProbe::isSignalConnected;
        return (action.*isConnected)(QMetaMethod::fromSignal(&QAction::triggered));
    }
};

/// The empty state a section shows, when it shows one.
EmptyState *visibleEmptyState(const MainWindow &window, Section section)
{
    QWidget *widget = window.sectionWidget(section);
    if (auto *empty = qobject_cast<EmptyState *>(widget))
        return empty->isVisibleTo(&const_cast<MainWindow &>(window)) ? empty : nullptr;
    for (EmptyState *empty : widget->findChildren<EmptyState *>()) {
        if (empty->isVisibleTo(widget))
            return empty;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The main window lists every section of Saldo", "[ui][mainwindow]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("sections.saldo")));

    const QStringList expected
        = { QStringLiteral("Overview"),       QStringLiteral("Bank statements"),
            QStringLiteral("Bank accounts"),  QStringLiteral("Invoices"),
            QStringLiteral("Counterparties"), QStringLiteral("Payment orders"),
            QStringLiteral("Outbox"),         QStringLiteral("Audit log"),
            QStringLiteral("Settings") };
    CHECK(sectionListTexts(*window.sectionList()) == expected);
    for (Section section : Sections::all()) {
        INFO(Sections::title(section).toStdString());
        CHECK(window.sectionWidget(section) != nullptr);
        window.setCurrentSection(section);
        CHECK(window.currentSection() == section);
    }
}

TEST_CASE("Every menu action of the main window does something", "[ui][mainwindow]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("menus.saldo")));

    for (QAction *action : menuActions(*window.menuBar())) {
        INFO(action->text().toStdString());
        // The one disabled entry allowed is the note in an empty recent-ledgers menu.
        const bool connected = ConnectionProbe::isTriggeredConnected(*action);
        CHECK((connected || action->actionGroup() != nullptr || !action->isEnabled()));
        CHECK_FALSE(action->text().isEmpty());
    }

    SECTION("Edit → Settings shows the Settings section")
    {
        const auto actions = menuActions(*window.menuBar());
        const auto settings = std::find_if(actions.begin(), actions.end(), [](QAction *a) {
            return a->text() == QStringLiteral("&Settings");
        });
        REQUIRE(settings != actions.end());
        (*settings)->trigger();
        CHECK(window.currentSection() == Section::Settings);
    }
}

TEST_CASE("Sections without contents say what will be there", "[ui][mainwindow]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    window.show();
    SaldoTest::openAndWait(window, SaldoTest::makeEmptyLedger(QStringLiteral("empty.saldo")));

    for (Section section :
         { Section::Overview, Section::BankStatements, Section::BankAccounts, Section::Invoices,
           Section::Counterparties, Section::PaymentOrders, Section::Outbox, Section::AuditLog }) {
        INFO(Sections::title(section).toStdString());
        window.setCurrentSection(section);
        EmptyState *empty = visibleEmptyState(window, section);
        REQUIRE(empty != nullptr);
        CHECK_FALSE(empty->title().isEmpty());
        CHECK(empty->message().size() > 40);
        // A button in an empty view is the one action that fills it, and it works.
        if (empty->action())
            CHECK(empty->action()->isEnabled());
    }
    CHECK(visibleEmptyState(window, Section::BankAccounts)->action() != nullptr);
}

TEST_CASE("Sections with contents show them, not the empty text", "[ui][mainwindow]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    window.show();
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("full.saldo")));
    for (Section section : { Section::Overview, Section::BankAccounts, Section::Invoices,
                             Section::Counterparties, Section::AuditLog }) {
        INFO(Sections::title(section).toStdString());
        window.setCurrentSection(section);
        CHECK(visibleEmptyState(window, section) == nullptr);
    }
    CHECK(window.overviewView()->payablesText().contains(QStringLiteral("1 overdue")));
}

TEST_CASE("The sections are reachable from the keyboard", "[ui][mainwindow]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("keys.saldo")));
    window.setCurrentSection(Section::Overview);
    window.sectionList()->setFocus();

    QTest::keyClick(window.sectionList(), Qt::Key_Down);
    CHECK(window.currentSection() == Section::BankStatements);
    QTest::keyClick(window.sectionList(), Qt::Key_End);
    CHECK(window.currentSection() == Section::Settings);

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentSection() == Section::Invoices);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentSection() == Section::BankAccounts);

    // Ctrl+Shift+D: the overdue invoices, with the table focused for the arrow keys.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.currentSection() == Section::Invoices);
    CHECK(window.invoicesView()->filterModel()->rowCount() == 1);
    CHECK(window.invoicesView()->table()->hasFocus());

    // Ctrl+F in the Invoices section goes to its search field.
    QTest::keyClick(window.invoicesView()->table(), Qt::Key_F, Qt::ControlModifier);
    CHECK(window.invoicesView()->searchField()->hasFocus());
}

TEST_CASE("Sections have stable names for the command line", "[ui][mainwindow]")
{
    for (Section section : Sections::all())
        CHECK(Sections::fromKey(Sections::key(section)) == section);
    CHECK(Sections::fromKey(QStringLiteral("Invoices")) == Section::Invoices);
    CHECK(Sections::key(Section::BankAccounts) == QStringLiteral("bank-accounts"));
    CHECK_FALSE(Sections::fromKey(QStringLiteral("ledger")).has_value());
}
