// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/invoicerepository.h"
#include "ledger/transactionguard.h"
#include "ledgertestsupport.h"

#include <QFileInfo>

using namespace Saldo;
using namespace LedgerTest;

namespace {

int count(const Ledger &ledger, const char *table)
{
    return scalar(ledger, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

} // namespace

TEST_CASE("A failing multi-row write leaves the ledger unchanged", "[ledger][transaction]")
{
    const QString path = freshLedgerPath();
    Result<std::unique_ptr<Ledger>> opened = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
    REQUIRE(opened);
    Ledger &ledger = **opened;
    const qint64 customer = addCounterparty(ledger, QStringLiteral("Customer"));
    InvoiceRepository(ledger).add(
        invoice(customer, QStringLiteral("FV1"), QStringLiteral("10.00")));
    REQUIRE(ledger.checkpoint());
    const QByteArray before = fileBytes(path);

    {
        TransactionGuard guard(ledger);
        REQUIRE(guard.status());
        CounterpartyRepository counterparties(ledger);
        InvoiceRepository invoices(ledger);
        const Result<qint64> supplier
            = counterparties.insert({ 0, QStringLiteral("Supplier"), {}, {}, {} });
        REQUIRE(supplier);
        REQUIRE(counterparties.insertIban(
            *supplier, { iban(QStringLiteral("NO9386011117947")), IbanOrigin::Entered, {} }));
        REQUIRE(
            invoices.insert(invoice(*supplier, QStringLiteral("FV2"), QStringLiteral("20.00"))));
        REQUIRE(
            invoices.insert(invoice(*supplier, QStringLiteral("FV3"), QStringLiteral("30.00"))));
        // The fourth row breaks the unique number: the whole write must go.
        const Result<qint64> duplicate
            = invoices.insert(invoice(*supplier, QStringLiteral("FV1"), QStringLiteral("40.00")));
        REQUIRE_FALSE(duplicate);
        CHECK(duplicate.error().contains(QStringLiteral("FV1")));
        CHECK(count(ledger, "invoices") == 3); // visible inside the transaction only
    }

    CHECK(count(ledger, "counterparties") == 1);
    CHECK(count(ledger, "counterparty_ibans") == 0);
    CHECK(count(ledger, "invoices") == 1);
    REQUIRE(ledger.checkpoint());
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A committed guard keeps every row", "[ledger][transaction]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    TransactionGuard guard(*ledger);
    REQUIRE(guard.status());
    CounterpartyRepository counterparties(*ledger);
    for (int i = 0; i < 5; ++i)
        REQUIRE(counterparties.insert({ 0, QStringLiteral("C%1").arg(i), {}, {}, {} }));
    REQUIRE(guard.commit());
    CHECK(count(*ledger, "counterparties") == 5);
    CHECK_FALSE(guard.commit());
}

TEST_CASE("Nested guards are savepoints inside the outer transaction", "[ledger][transaction]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    CounterpartyRepository counterparties(*ledger);

    SECTION("an inner rollback keeps the outer rows")
    {
        TransactionGuard outer(*ledger);
        REQUIRE(counterparties.insert({ 0, QStringLiteral("outer"), {}, {}, {} }));
        {
            TransactionGuard inner(*ledger);
            REQUIRE(inner.status());
            REQUIRE(counterparties.insert({ 0, QStringLiteral("inner"), {}, {}, {} }));
        }
        REQUIRE(outer.commit());
        CHECK(count(*ledger, "counterparties") == 1);
        CHECK(counterparties.idByName(QStringLiteral("outer"))->has_value());
    }
    SECTION("an inner commit is undone by the outer rollback")
    {
        {
            TransactionGuard outer(*ledger);
            REQUIRE(counterparties.insert({ 0, QStringLiteral("outer"), {}, {}, {} }));
            // A repository's own transaction becomes a savepoint of the caller's.
            REQUIRE(counterparties.add({ 0, QStringLiteral("inner"), {}, {}, {} }));
        }
        CHECK(count(*ledger, "counterparties") == 0);
        CHECK(count(*ledger, "audit_log") == 0);
    }
}

TEST_CASE("A second connection sees nothing of an open transaction", "[ledger][transaction]")
{
    const QString path = freshLedgerPath();
    Result<std::unique_ptr<Ledger>> writer = Ledger::open(path, Ledger::OpenMode::CreateOrUpgrade);
    REQUIRE(writer);
    Result<std::unique_ptr<Ledger>> reader = Ledger::open(path, Ledger::OpenMode::Existing);
    REQUIRE(reader);
    {
        TransactionGuard guard(**writer);
        REQUIRE(
            CounterpartyRepository(**writer).insert({ 0, QStringLiteral("pending"), {}, {}, {} }));
        CHECK(count(**reader, "counterparties") == 0);
        REQUIRE(guard.commit());
    }
    CHECK(count(**reader, "counterparties") == 1);
}
