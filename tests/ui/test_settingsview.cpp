// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/ledger.h"
#include "ledger/settingsrepository.h"
#include "mainwindow.h"
#include "uiledger.h"
#include "views/settingsview.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Saldo;

namespace {

QStringList tabTitles(const QTabWidget &tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs.count(); ++i)
        titles.append(tabs.tabText(i));
    return titles;
}

/// The check box of a Bool setting, found by its label.
QCheckBox *checkBox(const SettingsView &view, const QString &label)
{
    for (QCheckBox *box : view.findChildren<QCheckBox *>()) {
        if (box->text() == label)
            return box;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The Settings section shows the ledger's settings and stores them on Apply",
          "[ui][settings]")
{
    SaldoTest::prepareGui();
    const QString path = SaldoTest::makeEmptyLedger(QStringLiteral("settings.saldo"));
    MainWindow window;
    window.show();
    SaldoTest::openAndWait(window, path);
    window.setCurrentSection(Section::Settings);
    SettingsView &view = *window.settingsView();

    const QStringList tabs = tabTitles(*view.tabs());
    CHECK(tabs.contains(QStringLiteral("Statements")));
    CHECK(tabs.last() == QStringLiteral("Language"));
    for (QWidget *child : view.findChildren<QWidget *>()) {
        if (qobject_cast<QCheckBox *>(child))
            CHECK_FALSE(child->toolTip().isEmpty());
    }

    const QString key = QStringLiteral("import.ignore_pos");
    QCheckBox *ignorePos = checkBox(view, QStringLiteral("Ignore POS payments"));
    REQUIRE(ignorePos != nullptr);
    const bool before = ignorePos->isChecked();
    CHECK_FALSE(view.applyButton()->isEnabled());

    ignorePos->click();
    CHECK(view.hasUnappliedChanges());
    CHECK(view.applyButton()->isEnabled());

    SECTION("Revert puts back the stored value")
    {
        view.revert();
        CHECK_FALSE(view.hasUnappliedChanges());
        CHECK(checkBox(view, QStringLiteral("Ignore POS payments"))->isChecked() == before);
    }
    SECTION("Apply stores it in the ledger")
    {
        QTest::mouseClick(view.applyButton(), Qt::LeftButton);
        CHECK_FALSE(view.hasUnappliedChanges());
        auto ledger = Ledger::open(path);
        REQUIRE(ledger);
        CHECK(*SettingsRepository(**ledger).boolValue(key) == !before);
    }
}

TEST_CASE("The Settings section without a ledger says how to get one", "[ui][settings]")
{
    SaldoTest::prepareGui();
    SettingsView view;
    CHECK(tabTitles(*view.tabs())
          == QStringList { QStringLiteral("Ledger"), QStringLiteral("Language") });
    CHECK_FALSE(view.hasUnappliedChanges());
}
