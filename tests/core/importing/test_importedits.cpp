// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a draft import by hand, confirming it into the invoices, canceling it.
#include "catchqt.h"

#include "fixtureledger.h"

#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/importrepository.h"

using namespace Saldo;
using namespace ImportFixture;

namespace {

const QString kBasic = mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                             QStringLiteral("1000,00"), QStringLiteral("1345,00"), basicLines());

} // namespace

TEST_CASE("A red row allocated by hand turns green, and confirming pays the invoices",
          "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(result.ok());
    const qint64 id = result->importId;
    ImportRepository imports(*fixture.ledger);

    // Refused while line 2 is red; nothing changes.
    const Result<ConfirmSummary> refused = imports.confirm(id, PaymentDateSource::Line);
    REQUIRE(!refused.ok());
    CHECK(refused.error().contains(QStringLiteral("line 2")));
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid.isZero());

    // Part of it first: black (a counterparty, the rest unallocated), then the rest: green.
    REQUIRE(imports.allocate(id, 2, QStringLiteral("FV2"), eur(5000)).ok());
    ImportRow row = rowOf(fixture, id, 2);
    CHECK(row.colour == RowColour::Black);
    CHECK(row.unallocated == eur(15000));
    CHECK(row.counterpartyName == QStringLiteral("Beta a.s."));
    REQUIRE(imports.allocate(id, 2, QStringLiteral("FV2")).ok());
    row = rowOf(fixture, id, 2);
    CHECK(row.colour == RowColour::Green);
    CHECK(row.type == DocumentType::InvoicePayment);
    CHECK(row.documents() == QStringList { QStringLiteral("FV2"), QStringLiteral("FV2") });
    CHECK(row.allocated == eur(20000));

    // More than the row has left, or than the invoice has open, is refused.
    CHECK(!imports.allocate(id, 2, QStringLiteral("FV3"), eur(100)).ok());
    CHECK(!imports.allocate(id, 1, QStringLiteral("FV1"), eur(100)).ok());
    CHECK(!imports.allocate(id, 9, QStringLiteral("FV1")).ok());
    CHECK(!imports.allocate(id, 2, QStringLiteral("NOPE")).ok());

    const Result<ConfirmSummary> confirmed = imports.confirm(id, PaymentDateSource::Line);
    INFO(confirmed.error().toStdString());
    REQUIRE(confirmed.ok());
    CHECK(confirmed->invoicesUpdated == 2);
    const Invoice fv1 = fixture.invoice(QStringLiteral("FV1"));
    CHECK(fv1.paid == eur(15000));
    CHECK(fv1.paidDate == QDate(2026, 1, 5));
    CHECK(fixture.invoice(QStringLiteral("FV2")).paid == eur(20000));
    CHECK(fixture.invoice(QStringLiteral("FV3")).paid.isZero());

    const Result<QList<AuditEntry>> audit
        = AuditLog(*fixture.ledger).entriesFor(QStringLiteral("invoice"), fv1.id);
    REQUIRE(audit.ok());
    REQUIRE(!audit->isEmpty());
    CHECK(audit->last().user == QStringLiteral("tester"));
    CHECK(audit->last().after.value(u"paid").toString() == QStringLiteral("150.00"));

    // A confirmed import is neither confirmed again nor canceled (its rows are corrected one
    // by one: test_importcorrections.cpp).
    CHECK(!imports.confirm(id, PaymentDateSource::Line).ok());
    CHECK(!imports.cancel(id).ok());

    // Importing the same file again pays nothing twice.
    const Result<StatementImportResult> again
        = fixture.import(QStringLiteral("s1-again.sta"), kBasic);
    REQUIRE(again.ok());
    for (const ImportRow &duplicate : again->rows)
        CHECK(duplicate.duplicate);
    CHECK(!imports.allocate(again->importId, 2, QStringLiteral("FV3")).ok());
    REQUIRE(imports.confirm(again->importId, PaymentDateSource::Line).ok());
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid == eur(15000));
    CHECK(fixture.invoice(QStringLiteral("FV2")).paid == eur(20000));
}

TEST_CASE("Setting a row's counterparty learns its IBAN for the next import", "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(result.ok());
    ImportRepository imports(*fixture.ledger);
    CHECK(!imports.setCounterparty(result->importId, 2, QStringLiteral("Nobody")).ok());
    REQUIRE(imports.setCounterparty(result->importId, 2, QStringLiteral("beta AS")).ok());
    const ImportRow row = rowOf(fixture, result->importId, 2);
    CHECK(row.colour == RowColour::Black);
    CHECK(row.counterpartyName == QStringLiteral("Beta a.s."));

    CounterpartyRepository counterparties(*fixture.ledger);
    const Result<std::optional<qint64>> owner
        = counterparties.ownerOfIban(*Iban::parse(kStrangerIban));
    REQUIRE(owner.ok());
    REQUIRE(owner->has_value());
    const Result<std::optional<Counterparty>> beta = counterparties.byId(owner->value());
    REQUIRE(beta.ok());
    CHECK(beta->value().name == QStringLiteral("Beta a.s."));
    REQUIRE(beta->value().ibans.size() == 1);
    CHECK(beta->value().ibans[0].origin == IbanOrigin::Learned);

    // The next statement's payment from that IBAN with Beta's VS pairs by IBAN.
    const Result<StatementImportResult> next = fixture.import(
        QStringLiteral("s2.sta"),
        mt940(QStringLiteral("S2"), QStringLiteral("00002/001"), QStringLiteral("1345,00"),
              QStringLiteral("1545,00"),
              { { QStringLiteral("200,00"), kStrangerIban, QStringLiteral("Jan Novak"),
                  QStringLiteral("2026000002"), QStringLiteral("Za fakturu") } }));
    REQUIRE(next.ok());
    REQUIRE(next->rows.size() == 1);
    CHECK(next->rows[0].colour == RowColour::Green);
    CHECK(next->rows[0].rule == QStringLiteral("iban+vs"));
}

TEST_CASE("Type changes, deleted lines and canceled drafts", "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(result.ok());
    const qint64 id = result->importId;
    ImportRepository imports(*fixture.ledger);

    REQUIRE(imports.setType(id, 1, DocumentType::NoDocument).ok());
    ImportRow row = rowOf(fixture, id, 1);
    CHECK(row.allocations.isEmpty());
    CHECK(row.colour == RowColour::Green);
    CHECK(row.allocated == eur(15000));
    REQUIRE(imports.setType(id, 1, DocumentType::OwnTransfer).ok());
    CHECK(rowOf(fixture, id, 1).colour == RowColour::Grey);

    REQUIRE(imports.deleteLine(id, 2).ok());
    CHECK(rowOf(fixture, id, 2).deleted);
    CHECK(!imports.allocate(id, 2, QStringLiteral("FV2")).ok());
    // With the red row deleted the draft could be confirmed; it is canceled instead.
    REQUIRE(imports.cancel(id).ok());
    CHECK(!imports.load(id).ok());
    CHECK(fixture.count(QStringLiteral("statement_lines")) == 0);
    CHECK(fixture.count(QStringLiteral("allocations")) == 0);
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid.isZero());
}
