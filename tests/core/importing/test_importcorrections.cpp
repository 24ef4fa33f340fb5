// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Setting a row's state as a whole (the edit dialog, undo and redo) and correcting the rows of
// a confirmed import: taking a written payment back, annulling, writing again.
#include "catchqt.h"

#include "fixtureledger.h"

#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/importrepository.h"
#include "ledger/settingsrepository.h"

using namespace Saldo;
using namespace ImportFixture;

namespace {

const QString kBasic = mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                             QStringLiteral("1000,00"), QStringLiteral("1345,00"), basicLines());

// The basic statement confirmed: line 1 pays FV1 150.00 (paired), line 2 FV2 200.00 (by hand).
qint64 confirmedBasic(FixtureLedger &fixture)
{
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(result.ok());
    ImportRepository imports(*fixture.ledger);
    REQUIRE(imports.allocate(result->importId, 2, QStringLiteral("FV2")).ok());
    REQUIRE(imports.confirm(result->importId, PaymentDateSource::Line).ok());
    REQUIRE(rowOf(fixture, result->importId, 1).written);
    REQUIRE(fixture.invoice(QStringLiteral("FV1")).paid == eur(15000));
    return result->importId;
}

ImportAllocation allocation(FixtureLedger &fixture, const QString &number, qint64 cents)
{
    return { fixture.invoice(number).id, number, eur(cents), true };
}

} // namespace

TEST_CASE("Setting a row's state as a whole edits it in one step and undoes an edit", "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(result.ok());
    const qint64 id = result->importId;
    ImportRepository imports(*fixture.ledger);
    const ImportRow red = rowOf(fixture, id, 2);
    REQUIRE(red.colour == RowColour::Red);

    // Counterparty and a split over two invoices at once: green, IBAN learned.
    const qint64 beta = fixture.invoice(QStringLiteral("FV2")).counterpartyId;
    RowState edited { DocumentType::InvoicePayment,
                      beta,
                      { allocation(fixture, QStringLiteral("FV2"), 12000),
                        allocation(fixture, QStringLiteral("FV3"), 8000) },
                      QStringLiteral("allocated by hand"),
                      false };
    const Result<RowChangeOutcome> changed = imports.changeRow(id, 2, edited);
    INFO(changed.error().toStdString());
    REQUIRE(changed.ok());
    CHECK(changed->learnedIban);
    CHECK_FALSE(changed->unwritten);
    ImportRow row = rowOf(fixture, id, 2);
    CHECK(row.colour == RowColour::Green);
    CHECK(row.documents() == QStringList { QStringLiteral("FV2"), QStringLiteral("FV3") });
    CounterpartyRepository counterparties(*fixture.ledger);
    const Iban stranger = *Iban::parse(kStrangerIban);
    CHECK(counterparties.ownerOfIban(stranger)->value_or(0) == beta);

    // Refused as a whole: more than FV3's open amount. Nothing of it is kept.
    RowState tooMuch = edited;
    tooMuch.allocations[1].amount = eur(8001);
    tooMuch.allocations[0].amount = eur(11999);
    CHECK(!imports.changeRow(id, 2, tooMuch).ok());
    CHECK(rowOf(fixture, id, 2).allocated == eur(20000));
    // More than the line's amount is refused too.
    RowState overLine = edited;
    overLine.allocations[0].amount = eur(20000);
    CHECK(!imports.changeRow(id, 2, overLine).ok());

    // Undo: the state before, forgetting the IBAN the edit learned.
    RowChangeOptions undo;
    undo.action = QStringLiteral("undo");
    undo.forgetLearnedIban = true;
    REQUIRE(imports.changeRow(id, 2, RowState::of(red), undo).ok());
    row = rowOf(fixture, id, 2);
    CHECK(row.colour == RowColour::Red);
    CHECK(row.allocations.isEmpty());
    CHECK(row.counterpartyId == 0);
    CHECK(!counterparties.ownerOfIban(stranger)->has_value());

    // A deleted row comes back the same way.
    const RowState beforeDelete = RowState::of(rowOf(fixture, id, 1));
    REQUIRE(imports.deleteLine(id, 1).ok());
    REQUIRE(imports.changeRow(id, 1, beforeDelete).ok());
    row = rowOf(fixture, id, 1);
    CHECK(!row.deleted);
    CHECK(row.colour == RowColour::Green);
    CHECK(row.documents() == QStringList { QStringLiteral("FV1") });
}

TEST_CASE("Correcting a written row takes its payment back until it is written again",
          "[importing]")
{
    FixtureLedger fixture;
    const qint64 id = confirmedBasic(fixture);
    ImportRepository imports(*fixture.ledger);

    // Line 1 paid FV1; the bookkeeper finds it paid FV3 (80.00) and 70.00 of FV1.
    RowState corrected = RowState::of(rowOf(fixture, id, 1));
    corrected.allocations = { allocation(fixture, QStringLiteral("FV3"), 8000),
                              allocation(fixture, QStringLiteral("FV1"), 7000) };
    const Result<RowChangeOutcome> changed = imports.changeRow(id, 1, corrected);
    INFO(changed.error().toStdString());
    REQUIRE(changed.ok());
    CHECK(changed->unwritten);
    ImportRow row = rowOf(fixture, id, 1);
    CHECK(!row.written);
    CHECK(row.colour == RowColour::Green);
    const Invoice fv1 = fixture.invoice(QStringLiteral("FV1"));
    CHECK(fv1.paid.isZero());
    CHECK(!fv1.paidDate.isValid());
    CHECK(fixture.invoice(QStringLiteral("FV3")).paid.isZero());

    REQUIRE(imports.writeLine(id, 1, PaymentDateSource::Line).ok());
    CHECK(rowOf(fixture, id, 1).written);
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid == eur(7000));
    CHECK(fixture.invoice(QStringLiteral("FV3")).paid == eur(8000));
    CHECK(fixture.invoice(QStringLiteral("FV3")).paidDate == QDate(2026, 1, 5));
    CHECK(!imports.writeLine(id, 1, PaymentDateSource::Line).ok());

    // A counterparty-only change keeps the payment written.
    RowState sameMoney = RowState::of(rowOf(fixture, id, 1));
    sameMoney.rule = QStringLiteral("checked by hand");
    REQUIRE(imports.changeRow(id, 1, sameMoney).ok());
    CHECK(rowOf(fixture, id, 1).written);
    CHECK(fixture.invoice(QStringLiteral("FV3")).paid == eur(8000));

    // Deleting a written row takes its payment back.
    REQUIRE(imports.deleteLine(id, 2).ok());
    CHECK(fixture.invoice(QStringLiteral("FV2")).paid.isZero());

    const Result<QList<AuditEntry>> audit
        = AuditLog(*fixture.ledger).entriesFor(QStringLiteral("statement_line"), row.lineId);
    REQUIRE(audit.ok());
    QStringList actions;
    for (const AuditEntry &entry : *audit)
        actions.append(entry.action);
    CHECK(
        actions
        == QStringList { QStringLiteral("edit"), QStringLiteral("write"), QStringLiteral("edit") });
    CHECK(audit->first().before.value(u"written").toBool());
    // The view names the line by its import and line number.
    CHECK(audit->first().after.value(u"import").toInteger() == id);
    CHECK(audit->first().after.value(u"line").toInt() == row.line);
    CHECK(!audit->first().after.value(u"written").toBool());
}

TEST_CASE("Without propagated corrections a written payment stays; annulling takes it back",
          "[importing]")
{
    FixtureLedger fixture;
    const qint64 id = confirmedBasic(fixture);
    REQUIRE(SettingsRepository(*fixture.ledger)
                .setValue(QStringLiteral("pairing.propagate_corrections"), QStringLiteral("false"))
                .ok());
    ImportRepository imports(*fixture.ledger);

    RowState corrected = RowState::of(rowOf(fixture, id, 1));
    corrected.allocations = { allocation(fixture, QStringLiteral("FV3"), 8000) };
    const Result<RowChangeOutcome> refused = imports.changeRow(id, 1, corrected);
    REQUIRE(!refused.ok());
    CHECK(refused.error().contains(QStringLiteral("FV1")));
    CHECK(!imports.setType(id, 1, DocumentType::NoDocument).ok());
    CHECK(rowOf(fixture, id, 1).written);
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid == eur(15000));

    // Annulled: the payment goes back, the line stays in the statement.
    REQUIRE(imports.annulLine(id, 1).ok());
    ImportRow row = rowOf(fixture, id, 1);
    CHECK(row.annulled);
    CHECK(!row.written);
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid.isZero());
    CHECK(!imports.annulLine(id, 1).ok());
    // The same bank line in a later file is still a duplicate.
    const Result<StatementImportResult> again
        = fixture.import(QStringLiteral("s1-again.sta"), kBasic);
    REQUIRE(again.ok());
    CHECK(again->rows[0].duplicate);
    REQUIRE(imports.cancel(again->importId).ok());

    // Entered again.
    REQUIRE(imports.writeLine(id, 1, PaymentDateSource::Line).ok());
    row = rowOf(fixture, id, 1);
    CHECK(!row.annulled);
    CHECK(row.written);
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid == eur(15000));

    // Drafts are not annulled (they are edited or deleted) nor written line by line.
    const Result<StatementImportResult> draft = fixture.import(
        QStringLiteral("s2.sta"),
        mt940(QStringLiteral("S2"), QStringLiteral("00002/001"), QStringLiteral("1345,00"),
              QStringLiteral("1425,00"),
              { { QStringLiteral("80,00"), kAlfaIban, QStringLiteral("ALFA S.R.O."),
                  QStringLiteral("2026000003"), QStringLiteral("Platba") } }));
    REQUIRE(draft.ok());
    CHECK(!imports.annulLine(draft->importId, 1).ok());
    CHECK(!imports.writeLine(draft->importId, 1, PaymentDateSource::Line).ok());
}
