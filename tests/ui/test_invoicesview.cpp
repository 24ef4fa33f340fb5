// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "mainwindow.h"
#include "models/invoicetablemodel.h"
#include "uiledger.h"
#include "views/invoicesview.h"
#include "widgets/datatableview.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QTest>

using namespace Saldo;
using Column = InvoiceTableModel::Column;

namespace {

/// What the Invoices table shows in one row.
struct Row
{
    QString status;
    QString open;
    Qt::Alignment openAlignment;
    bool hasIcon = false;
    bool coloured = false;
};

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

std::optional<Row> rowOf(const QAbstractItemModel &model, const char *number)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, Column::NumberColumn) != QLatin1String(number))
            continue;
        const QModelIndex status = model.index(row, Column::StatusColumn);
        const QModelIndex open = model.index(row, Column::OpenColumn);
        return Row { status.data().toString(), open.data().toString(),
                     Qt::Alignment(open.data(Qt::TextAlignmentRole).toInt()),
                     !status.data(Qt::DecorationRole).value<QIcon>().isNull(),
                     status.data(Qt::ForegroundRole).isValid() };
    }
    return std::nullopt;
}

QStringList numbersShown(const QAbstractItemModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(cell(model, row, Column::NumberColumn));
    return numbers;
}

QString amount(const char *text)
{
    return QString::fromUtf8(text) + QChar(QChar::Nbsp) + QStringLiteral("EUR");
}

} // namespace

TEST_CASE("The Invoices view shows each invoice's open amount and status", "[ui][invoices]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("invoices.saldo")));
    window.setCurrentSection(Section::Invoices);
    const QAbstractItemModel &shown = *window.invoicesView()->table()->model();
    REQUIRE(shown.rowCount() == 4);

    using namespace SaldoTest::SampleInvoice;
    const auto unpaidRow = rowOf(shown, unpaid);
    const auto partialRow = rowOf(shown, partial);
    const auto paidRow = rowOf(shown, paid);
    const auto overdueRow = rowOf(shown, overdue);
    REQUIRE(unpaidRow);
    REQUIRE(partialRow);
    REQUIRE(paidRow);
    REQUIRE(overdueRow);

    CHECK(unpaidRow->status == QStringLiteral("Unpaid"));
    CHECK(unpaidRow->open == amount("1,250.00"));
    CHECK(partialRow->status == QStringLiteral("Partly paid"));
    CHECK(partialRow->open == amount("600.00"));
    CHECK(paidRow->status == QStringLiteral("Paid"));
    CHECK(paidRow->open == amount("0.00"));
    CHECK(overdueRow->status == QStringLiteral("Overdue"));
    CHECK(overdueRow->open == amount("3,643.39"));

    // Colour is never the only signal: every state has an icon and a word; overdue and paid
    // are coloured too.
    for (const auto &row : { unpaidRow, partialRow, paidRow, overdueRow }) {
        CHECK(row->hasIcon);
        CHECK(row->openAlignment.testFlag(Qt::AlignRight));
    }
    CHECK(overdueRow->coloured);
    CHECK(paidRow->coloured);

    QTest::qWait(20); // the summary follows the rows on the next turn of the event loop
    CHECK(window.invoicesView()->summaryText().contains(QStringLiteral("1 overdue")));
}

TEST_CASE("The Invoices view filters by status, kind and search text", "[ui][invoices]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    window.show();
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("filters.saldo")));
    window.setCurrentSection(Section::Invoices);
    InvoicesView &view = *window.invoicesView();
    const QAbstractItemModel &shown = *view.table()->model();
    using Status = InvoiceFilterModel::Status;
    using Kind = InvoiceFilterModel::Kind;
    using namespace SaldoTest::SampleInvoice;

    QTest::mouseClick(view.statusButton(Status::Open), Qt::LeftButton);
    CHECK(shown.rowCount() == 3);
    CHECK_FALSE(numbersShown(shown).contains(QLatin1String(paid)));

    QTest::mouseClick(view.statusButton(Status::Overdue), Qt::LeftButton);
    CHECK(numbersShown(shown) == QStringList { QLatin1String(overdue) });

    QTest::mouseClick(view.statusButton(Status::Paid), Qt::LeftButton);
    CHECK(numbersShown(shown) == QStringList { QLatin1String(paid) });

    QTest::mouseClick(view.statusButton(Status::Open), Qt::LeftButton);
    QTest::mouseClick(view.kindButton(Kind::Issued), Qt::LeftButton);
    CHECK(shown.rowCount() == 2);
    QTest::mouseClick(view.kindButton(Kind::Received), Qt::LeftButton);
    CHECK(numbersShown(shown) == QStringList { QLatin1String(overdue) });

    QTest::mouseClick(view.statusButton(Status::All), Qt::LeftButton);
    QTest::mouseClick(view.kindButton(Kind::All), Qt::LeftButton);
    CHECK(shown.rowCount() == 4);

    SECTION("search ignores case and diacritics")
    {
        QTest::keyClicks(view.searchField(), QStringLiteral("polana"));
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        CHECK(shown.rowCount() == 2);
    }
    SECTION("search finds an amount")
    {
        QTest::keyClicks(view.searchField(), QStringLiteral("600"));
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        CHECK(numbersShown(shown) == QStringList { QLatin1String(partial) });
    }
    SECTION("a filter with no match says so")
    {
        QTest::keyClicks(view.searchField(), QStringLiteral("nobody"));
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        CHECK(shown.rowCount() == 0);
        QTest::qWait(20); // the summary follows the filter on the next turn of the event loop
        CHECK(view.summaryText().contains(QStringLiteral("No invoice matches")));
    }
}

TEST_CASE("The Invoices view sorts by a clicked column", "[ui][invoices]")
{
    SaldoTest::prepareGui();
    MainWindow window;
    window.show();
    SaldoTest::openAndWait(window, SaldoTest::makeSampleLedger(QStringLiteral("sort.saldo")));
    window.setCurrentSection(Section::Invoices);
    DataTableView &table = *window.invoicesView()->table();
    const QAbstractItemModel &shown = *table.model();
    using namespace SaldoTest::SampleInvoice;

    table.sortByColumn(Column::OpenColumn, Qt::AscendingOrder);
    CHECK(numbersShown(shown)
          == QStringList { QLatin1String(paid), QLatin1String(partial), QLatin1String(unpaid),
                           QLatin1String(overdue) });
    table.sortByColumn(Column::OpenColumn, Qt::DescendingOrder);
    CHECK(numbersShown(shown).first() == QLatin1String(overdue));

    // The status column sorts by urgency: overdue first.
    table.sortByColumn(Column::StatusColumn, Qt::AscendingOrder);
    CHECK(numbersShown(shown).first() == QLatin1String(overdue));
    CHECK(numbersShown(shown).last() == QLatin1String(paid));
}
