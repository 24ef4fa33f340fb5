// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledgertestsupport.h"

using namespace Saldo;
using namespace LedgerTest;

namespace {

QStringList numbers(const InvoiceRepository &invoices, const InvoiceFilter &filter)
{
    QStringList result;
    REQUIRE(invoices.forEach(filter, [&](const Invoice &invoice) {
        result.append(invoice.number);
        return true;
    }));
    return result;
}

qint64 add(InvoiceRepository &invoices, const Invoice &invoice)
{
    const Result<qint64> id = invoices.add(invoice);
    INFO(invoice.number.toStdString() << ": " << id.error().toStdString());
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("An invoice is stored with every field", "[ledger][invoices]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    InvoiceRepository invoices(*ledger);
    const qint64 customer = addCounterparty(*ledger, QStringLiteral("Dunav Trans EOOD"));
    Invoice invoice = LedgerTest::invoice(customer, QStringLiteral("FV2026-0001"),
                                          QStringLiteral("1234.50"), QStringLiteral("200.00"));
    invoice.kind = InvoiceKind::Received;
    invoice.variableSymbol = variableSymbol(QStringLiteral("0020260001"));
    invoice.posted = false;
    invoice.paidDate = QDate(2026, 1, 10);
    invoice.total = money(QStringLiteral("1234.50"), QStringLiteral("BGN"));
    invoice.paid = money(QStringLiteral("200"), QStringLiteral("BGN"));
    const qint64 id = add(invoices, invoice);

    const Result<std::optional<Invoice>> stored = invoices.byId(id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const Invoice &read = stored->value();
    CHECK(read.id == id);
    CHECK(read.kind == InvoiceKind::Received);
    CHECK(read.number == QStringLiteral("FV2026-0001"));
    CHECK(read.variableSymbol.toString() == QStringLiteral("20260001"));
    CHECK(read.counterpartyId == customer);
    CHECK(read.counterpartyName == QStringLiteral("Dunav Trans EOOD"));
    CHECK(read.issueDate == QDate(2026, 1, 2));
    CHECK(read.dueDate == QDate(2026, 1, 16));
    CHECK(read.total == money(QStringLiteral("1234.50"), QStringLiteral("BGN")));
    CHECK(read.paid == money(QStringLiteral("200.00"), QStringLiteral("BGN")));
    CHECK(read.open() == money(QStringLiteral("1034.50"), QStringLiteral("BGN")));
    CHECK_FALSE(read.posted);
    CHECK(read.paidDate == QDate(2026, 1, 10));

    CHECK(invoices.byNumber(InvoiceKind::Received, QStringLiteral("FV2026-0001"))
              ->value_or(Invoice())
              .id
          == id);
    CHECK_FALSE(invoices.byNumber(InvoiceKind::Issued, QStringLiteral("FV2026-0001"))->has_value());
    const Result<QList<Invoice>> byVs
        = invoices.byVariableSymbol(variableSymbol(QStringLiteral("20260001")));
    REQUIRE(byVs);
    REQUIRE(byVs->size() == 1);
    CHECK(byVs->at(0).id == id);
    CHECK(invoices.count().value() == 1);
}

TEST_CASE("Invoices without dates keep them empty", "[ledger][invoices]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    InvoiceRepository invoices(*ledger);
    Invoice invoice = LedgerTest::invoice(addCounterparty(*ledger, QStringLiteral("A")),
                                          QStringLiteral("1"), QStringLiteral("1.00"));
    invoice.dueDate = QDate();
    const Invoice read = invoices.byId(add(invoices, invoice))->value();
    CHECK_FALSE(read.dueDate.isValid());
    CHECK_FALSE(read.paidDate.isValid());
    CHECK(read.variableSymbol.isEmpty());
    CHECK_FALSE(read.isOverdue(QDate(2030, 1, 1)));
}

TEST_CASE("Open amount, status and overdue follow total and paid", "[ledger][invoices]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    InvoiceRepository invoices(*ledger);
    const qint64 customer = addCounterparty(*ledger, QStringLiteral("Kolín Strojírny a.s."));
    struct Case
    {
        const char *number;
        const char *total;
        const char *paid;
        const char *open;
        PaymentStatus status;
        bool overdue; // on 2026-01-31; every due date is 2026-01-16
    };
    const Case cases[] = {
        { "U", "100.00", "0.00", "100.00", PaymentStatus::Unpaid, true },
        { "P", "100.00", "40.01", "59.99", PaymentStatus::Partial, true },
        { "F", "100.00", "100.00", "0.00", PaymentStatus::Paid, false },
        { "O", "100.00", "120.50", "-20.50", PaymentStatus::Overpaid, false },
        { "C", "-50.00", "0.00", "-50.00", PaymentStatus::Unpaid, true }, // a credit note
        { "CP", "-50.00", "-50.00", "0.00", PaymentStatus::Paid, false },
    };
    for (const Case &c : cases)
        add(invoices,
            invoice(customer, QLatin1String(c.number), QLatin1String(c.total),
                    QLatin1String(c.paid)));

    for (const Case &c : cases) {
        INFO(c.number);
        const Invoice read
            = invoices.byNumber(InvoiceKind::Issued, QLatin1String(c.number))->value();
        CHECK(read.open() == money(QLatin1String(c.open)));
        CHECK(read.status() == c.status);
        CHECK(read.isOverdue(QDate(2026, 1, 31)) == c.overdue);
        // Not overdue on its due date itself.
        CHECK_FALSE(read.isOverdue(QDate(2026, 1, 16)));
    }
    CHECK(paymentStatusName(PaymentStatus::Overpaid) == QLatin1String("overpaid"));
}

TEST_CASE("Invoice lists filter by open, kind and counterparty", "[ledger][invoices]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    InvoiceRepository invoices(*ledger);
    const qint64 customer = addCounterparty(*ledger, QStringLiteral("Customer"));
    const qint64 supplier = addCounterparty(*ledger, QStringLiteral("Supplier"));
    add(invoices, invoice(customer, QStringLiteral("I1"), QStringLiteral("10.00")));
    add(invoices,
        invoice(customer, QStringLiteral("I2"), QStringLiteral("10.00"), QStringLiteral("10.00")));
    add(invoices,
        invoice(customer, QStringLiteral("I3"), QStringLiteral("10.00"), QStringLiteral("11.00")));
    Invoice received
        = invoice(supplier, QStringLiteral("R1"), QStringLiteral("99.00"), QStringLiteral("1.00"));
    received.kind = InvoiceKind::Received;
    add(invoices, received);

    CHECK(numbers(invoices, {})
          == QStringList { QStringLiteral("I1"), QStringLiteral("I2"), QStringLiteral("I3"),
                           QStringLiteral("R1") });
    InvoiceFilter open;
    open.openOnly = true;
    // Overpaid is open too: money has to go back.
    CHECK(numbers(invoices, open)
          == QStringList { QStringLiteral("I1"), QStringLiteral("I3"), QStringLiteral("R1") });
    InvoiceFilter receivedOnly;
    receivedOnly.kind = InvoiceKind::Received;
    CHECK(numbers(invoices, receivedOnly) == QStringList { QStringLiteral("R1") });
    InvoiceFilter ofCustomer;
    ofCustomer.counterpartyId = customer;
    ofCustomer.openOnly = true;
    CHECK(numbers(invoices, ofCustomer)
          == QStringList { QStringLiteral("I1"), QStringLiteral("I3") });

    int visited = 0;
    REQUIRE(invoices.forEach({}, [&](const Invoice &invoice) {
        ++visited;
        CHECK_FALSE(invoice.counterpartyName.isEmpty());
        return visited < 2;
    }));
    CHECK(visited == 2);
}

TEST_CASE("Faulty invoices are refused", "[ledger][invoices]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    InvoiceRepository invoices(*ledger);
    const qint64 customer = addCounterparty(*ledger, QStringLiteral("Customer"));
    add(invoices, invoice(customer, QStringLiteral("FV1"), QStringLiteral("10.00")));

    const Result<qint64> twice
        = invoices.add(invoice(customer, QStringLiteral("FV1"), QStringLiteral("20.00")));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("FV1")));
    // The same number for the other kind is a different invoice.
    Invoice received = invoice(customer, QStringLiteral("FV1"), QStringLiteral("20.00"));
    received.kind = InvoiceKind::Received;
    add(invoices, received);

    CHECK_FALSE(invoices.add(invoice(customer, QStringLiteral("  "), QStringLiteral("1.00"))));
    CHECK_FALSE(
        invoices.add(invoice(customer + 1000, QStringLiteral("FV2"), QStringLiteral("1.00"))));
    Invoice mixed = invoice(customer, QStringLiteral("FV3"), QStringLiteral("1.00"));
    mixed.paid = money(QStringLiteral("1.00"), QStringLiteral("CZK"));
    CHECK(invoices.add(mixed).error().contains(QStringLiteral("currency")));

    CHECK(invoices.count().value() == 2);
}

TEST_CASE("A payment is recorded with the values before and after in the audit log",
          "[ledger][invoices][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    ledger->setUser(QStringLiteral("mária"));
    InvoiceRepository invoices(*ledger);
    const qint64 id
        = add(invoices,
              invoice(addCounterparty(*ledger, QStringLiteral("C")), QStringLiteral("FV7"),
                      QStringLiteral("150.00"), QStringLiteral("50.00")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    REQUIRE(invoices.setPayment(id, money(QStringLiteral("150.00")), QDate(2026, 1, 21)));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    const Invoice paid = invoices.byId(id)->value();
    CHECK(paid.paid == money(QStringLiteral("150.00")));
    CHECK(paid.paidDate == QDate(2026, 1, 21));
    CHECK(paid.status() == PaymentStatus::Paid);

    const Result<QList<AuditEntry>> entries
        = AuditLog(*ledger).entriesFor(QStringLiteral("invoice"), id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).action == QStringLiteral("create"));
    const AuditEntry &payment = entries->at(1);
    CHECK(payment.action == QStringLiteral("payment"));
    CHECK(payment.user == QStringLiteral("mária"));
    CHECK(payment.at >= before);
    CHECK(payment.at <= after);
    CHECK(payment.before.value(QStringLiteral("paid")).toString() == QStringLiteral("50.00"));
    CHECK(payment.before.value(QStringLiteral("paid_date")).toString().isEmpty());
    CHECK(payment.after.value(QStringLiteral("paid")).toString() == QStringLiteral("150.00"));
    CHECK(payment.after.value(QStringLiteral("paid_date")).toString()
          == QStringLiteral("2026-01-21"));
    CHECK(payment.after.value(QStringLiteral("total")).toString() == QStringLiteral("150.00"));
    CHECK(payment.after.value(QStringLiteral("number")).toString() == QStringLiteral("FV7"));
}

TEST_CASE("A payment in another currency or for a missing invoice is refused", "[ledger][invoices]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    InvoiceRepository invoices(*ledger);
    const qint64 id = add(invoices,
                          invoice(addCounterparty(*ledger, QStringLiteral("C")),
                                  QStringLiteral("FV8"), QStringLiteral("10.00")));
    CHECK_FALSE(invoices.setPayment(id, money(QStringLiteral("10.00"), QStringLiteral("CZK")),
                                    QDate(2026, 1, 3)));
    CHECK_FALSE(invoices.setPayment(id + 1, money(QStringLiteral("10.00")), QDate(2026, 1, 3)));
    CHECK(invoices.byId(id)->value().paid.isZero());
    CHECK(AuditLog(*ledger).entriesFor(QStringLiteral("invoice"), id)->size() == 1);
}
