// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiledger.h"

#include "catchqt.h"
#include "language.h"
#include "ledger/accountrepository.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/invoicerepository.h"
#include "ledger/ledger.h"
#include "mainwindow.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

namespace SaldoTest {

using namespace Saldo;

namespace {

Currency currency(const char *code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}

Money eur(qint64 cents)
{
    return Money(cents, currency("EUR"));
}

void addAccount(Ledger &ledger, const char *iban, const char *name, const char *code)
{
    OwnAccount account;
    account.iban = *Iban::parse(QString::fromLatin1(iban));
    account.name = QString::fromUtf8(name);
    account.currency = currency(code);
    const auto added = AccountRepository(ledger).add(account);
    INFO(added.error().toStdString());
    REQUIRE(added);
}

qint64 addCounterparty(Ledger &ledger, const char *name)
{
    Counterparty counterparty;
    counterparty.name = QString::fromUtf8(name);
    const auto id = CounterpartyRepository(ledger).add(counterparty);
    INFO(id.error().toStdString());
    REQUIRE(id);
    return *id;
}

void addInvoice(Ledger &ledger, InvoiceKind kind, const char *number, qint64 counterpartyId,
                qint64 totalCents, qint64 paidCents, int dueInDays)
{
    const QDate today = QDate::currentDate();
    Invoice invoice;
    invoice.kind = kind;
    invoice.number = QString::fromLatin1(number);
    invoice.variableSymbol = *VariableSymbol::parse(invoice.number.right(4));
    invoice.counterpartyId = counterpartyId;
    invoice.issueDate = today.addDays(dueInDays - 30);
    invoice.dueDate = today.addDays(dueInDays);
    invoice.total = eur(totalCents);
    invoice.paid = eur(paidCents);
    if (paidCents == totalCents)
        invoice.paidDate = today.addDays(-1);
    const auto id = InvoiceRepository(ledger).add(invoice);
    INFO(id.error().toStdString());
    REQUIRE(id);
}

std::unique_ptr<Ledger> createLedger(const QString &name)
{
    const QString path = QDir(tempDir()).filePath(name);
    QFile::remove(path);
    auto ledger = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
    INFO(ledger.error().toStdString());
    REQUIRE(ledger);
    return std::move(ledger).value();
}

} // namespace

void prepareGui()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaldoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui"));
    QSettings().clear();
    static const bool english = [] {
        Language::install(QStringLiteral("en")); // the plural forms: "3 bank accounts"
        return true;
    }();
    Q_UNUSED(english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString makeSampleLedger(const QString &name)
{
    auto ledger = createLedger(name);
    addAccount(*ledger, "SK1711000000003529923124", "Current account EUR", "EUR");
    addAccount(*ledger, "SK0409000000002719248655", "Savings EUR", "EUR");
    addAccount(*ledger, "CZ8420100000001681068717", "Current account CZK", "CZK");

    const qint64 polana = addCounterparty(*ledger, "Poľana Pekáreň s.r.o.");
    const qint64 tabor = addCounterparty(*ledger, "Tábor Software s.r.o.");
    const qint64 forde = addCounterparty(*ledger, "Førde Energi ASA");
    using namespace SampleInvoice;
    addInvoice(*ledger, InvoiceKind::Issued, unpaid, polana, 125000, 0, 14);
    addInvoice(*ledger, InvoiceKind::Issued, partial, tabor, 100000, 40000, 10);
    addInvoice(*ledger, InvoiceKind::Issued, paid, polana, 30000, 30000, -20);
    addInvoice(*ledger, InvoiceKind::Received, overdue, forde, 364339, 0, -5);
    return ledger->path();
}

QString makeEmptyLedger(const QString &name)
{
    return createLedger(name)->path();
}

void openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::ledgerLoaded);
    const Status opened = window.openLedger(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    // A guard against a load that never ends, not a speed limit.
    REQUIRE((loaded.count() > 0 || loaded.wait(120000)));
    REQUIRE(loaded.first().first().toString() == QString());
    REQUIRE_FALSE(window.isLoading());
}

} // namespace SaldoTest
