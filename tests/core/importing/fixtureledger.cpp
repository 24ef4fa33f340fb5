// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureledger.h"

#include "catchqt.h"

#include "ledger/accountrepository.h"
#include "ledger/importrepository.h"
#include "ledger/invoiceimporter.h"
#include "ledger/invoiceimportplan.h"
#include "ledger/invoicerepository.h"

#include <QDir>
#include <QSqlQuery>

using namespace Saldo;

namespace ImportFixture {

FixtureLedger::FixtureLedger()
{
    static int serial = 0;
    dir = SaldoTest::tempDir() + QStringLiteral("/ledger%1").arg(++serial);
    REQUIRE(QDir().mkpath(dir));
    Result<std::unique_ptr<Ledger>> opened
        = Ledger::open(dir + QStringLiteral("/ledger.saldo"), Ledger::OpenMode::CreateOrUpgrade);
    REQUIRE(opened.ok());
    ledger = std::move(opened).value();
    ledger->setUser(QStringLiteral("tester"));
    for (const QString &iban : { kAccount, kSavings }) {
        OwnAccount account;
        account.iban = *Iban::parse(iban);
        account.name = iban == kAccount ? QStringLiteral("Main") : QStringLiteral("Savings");
        account.currency = *Currency::fromCode(u"EUR");
        REQUIRE(AccountRepository(*ledger).add(account).ok());
    }
    const QString csv = dir + QStringLiteral("/invoices.csv");
    REQUIRE(writeFile(csv, invoicesCsv()));
    const Result<InvoiceImportPlan> plan = InvoiceImportPlan::fromFile(csv, csv);
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());
    REQUIRE(InvoiceImporter(*ledger).run(*plan).ok());
}

Result<StatementImportResult> FixtureLedger::import(const QString &fileName, const QString &text,
                                                    bool ignorePos)
{
    const QString path = dir + QLatin1Char('/') + fileName;
    REQUIRE(writeFile(path, text));
    StatementImportOptions options;
    options.account = *Iban::parse(kAccount);
    options.ignorePos = ignorePos;
    return StatementImport::run(*ledger, path, options);
}

Invoice FixtureLedger::invoice(const QString &number)
{
    const Result<std::optional<Invoice>> found
        = InvoiceRepository(*ledger).byNumber(InvoiceKind::Issued, number);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return found->value();
}

qint64 FixtureLedger::count(const QString &table)
{
    QSqlQuery query(ledger->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

Saldo::ImportRow rowOf(FixtureLedger &fixture, qint64 importId, int line)
{
    const Saldo::Result<Saldo::StoredImport> import
        = Saldo::ImportRepository(*fixture.ledger).load(importId);
    REQUIRE(import.ok());
    for (const Saldo::ImportRow &row : import->rows) {
        if (row.line == line)
            return row;
    }
    FAIL("no line " << line);
    return {};
}

Saldo::Money eur(qint64 cents)
{
    return Saldo::Money(cents, *Saldo::Currency::fromCode(u"EUR"));
}

} // namespace ImportFixture
