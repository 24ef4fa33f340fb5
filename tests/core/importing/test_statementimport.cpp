// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline on a hand-made ledger: read, pair, store a draft; duplicates; POS lines;
// progress and cancel.
#include "catchqt.h"

#include "fixtureledger.h"

#include "ledger/importrepository.h"
#include "ledger/importschema.h"
#include "util/filehash.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Saldo;
using namespace ImportFixture;

namespace {

const QString kBasic = mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                             QStringLiteral("1000,00"), QStringLiteral("1345,00"), basicLines());

} // namespace

TEST_CASE("An import reads, pairs and stores a draft", "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    CHECK(result->importId > 0);
    CHECK(result->format == StatementFormat::Mt940);
    CHECK(result->warnings.isEmpty());
    const QList<ImportRow> &rows = result->rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].line == 1);
    CHECK(rows[0].type == DocumentType::InvoicePayment);
    CHECK(rows[0].colour == RowColour::Green);
    CHECK(rows[0].documents() == QStringList { QStringLiteral("FV1") });
    CHECK(rows[0].rule == QStringLiteral("iban+vs"));
    CHECK(rows[0].counterpartyName == QStringLiteral("Alfa s.r.o."));
    CHECK(!rows[0].evidence.isEmpty());
    CHECK(rows[1].colour == RowColour::Red);
    CHECK(rows[2].type == DocumentType::BankFee);
    CHECK(rows[2].colour == RowColour::Green);
    CHECK(rows[2].allocated.toString() == QStringLiteral("5.00"));

    // Stored as it was returned, nothing paid yet.
    const Result<StoredImport> stored = ImportRepository(*fixture.ledger).load(result->importId);
    REQUIRE(stored.ok());
    CHECK(stored->state == ImportState::Draft);
    CHECK(stored->format == QStringLiteral("mt940"));
    REQUIRE(stored->statements.size() == 1);
    CHECK(stored->statements[0].sequence == QStringLiteral("00001/001"));
    CHECK(stored->statements[0].openingBalance->toString() == QStringLiteral("1000.00"));
    REQUIRE(stored->rows.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        CHECK(stored->rows[i].line == rows[i].line);
        CHECK(stored->rows[i].type == rows[i].type);
        CHECK(stored->rows[i].colour == rows[i].colour);
        CHECK(stored->rows[i].documents() == rows[i].documents());
        CHECK(stored->rows[i].allocated == rows[i].allocated);
        CHECK(stored->rows[i].unallocated == rows[i].unallocated);
        CHECK(stored->rows[i].evidence == rows[i].evidence);
        CHECK(stored->rows[i].fingerprint == rows[i].fingerprint);
        CHECK(stored->rows[i].data.amount == rows[i].data.amount);
        CHECK(stored->rows[i].data.counterpartyIban == rows[i].data.counterpartyIban);
    }
    CHECK(fixture.invoice(QStringLiteral("FV1")).paid.isZero());
}

TEST_CASE("Lines already stored come back as duplicates that pay nothing", "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> first = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(first.ok());
    // The same movements in a second file with one new line.
    QList<Line> lines = basicLines();
    lines.append({ QStringLiteral("80,00"), kAlfaIban, QStringLiteral("ALFA S.R.O."),
                   QStringLiteral("2026000003"), QStringLiteral("Platba") });
    const Result<StatementImportResult> second
        = fixture.import(QStringLiteral("s1-again.sta"),
                         mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                               QStringLiteral("1000,00"), QStringLiteral("1425,00"), lines));
    REQUIRE(second.ok());
    REQUIRE(second->rows.size() == 4);
    for (int i = 0; i < 3; ++i) {
        INFO("line " << i + 1);
        CHECK(second->rows[i].duplicate);
        CHECK(second->rows[i].colour == RowColour::Grey);
        CHECK(second->rows[i].allocations.isEmpty());
        CHECK(second->rows[i].allocated.isZero());
        CHECK(second->rows[i].rule.contains(QStringLiteral("line %1").arg(i + 1)));
    }
    CHECK(!second->rows[3].duplicate);
    CHECK(second->rows[3].documents() == QStringList { QStringLiteral("FV3") });
}

TEST_CASE("Ignoring POS lines drops card lines and keeps the numbering", "[importing]")
{
    FixtureLedger fixture;
    QList<Line> lines = basicLines();
    lines.insert(1, cardLine());
    const QString text = mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                               QStringLiteral("1000,00"), QStringLiteral("1314,40"), lines);
    const Result<StatementImportResult> kept = fixture.import(QStringLiteral("pos.sta"), text);
    REQUIRE(kept.ok());
    REQUIRE(kept->rows.size() == 4);
    CHECK(kept->rows[1].colour == RowColour::Red);
    REQUIRE(ImportRepository(*fixture.ledger).cancel(kept->importId).ok());

    const Result<StatementImportResult> dropped
        = fixture.import(QStringLiteral("pos.sta"), text, true);
    REQUIRE(dropped.ok());
    REQUIRE(dropped->rows.size() == 3);
    CHECK(dropped->rows[0].line == 1);
    CHECK(dropped->rows[1].line == 3);
    CHECK(dropped->rows[2].line == 4);
}

TEST_CASE("An import reports progress and stores nothing when canceled", "[importing]")
{
    FixtureLedger fixture;
    const QString path = fixture.dir + QStringLiteral("/s1.sta");
    REQUIRE(writeFile(path, kBasic));
    StatementImportOptions options;
    options.account = *Iban::parse(kAccount);

    QList<ImportStage> stages;
    std::atomic_bool cancel = false;
    const ImportProgress progress = [&](ImportStage stage, qint64, qint64) {
        if (stages.isEmpty() || stages.last() != stage)
            stages.append(stage);
        if (stage == ImportStage::Pairing)
            cancel = true;
    };
    const Result<StatementImportResult> canceled
        = StatementImport::run(*fixture.ledger, path, options, progress, &cancel);
    CHECK(!canceled.ok());
    CHECK(canceled.error().contains(QStringLiteral("canceled")));
    CHECK(fixture.count(QStringLiteral("statement_imports")) == 0);
    CHECK(fixture.count(QStringLiteral("statement_lines")) == 0);
    CHECK(stages.contains(ImportStage::Reading));
    CHECK(stages.contains(ImportStage::Pairing));

    stages.clear();
    cancel = false;
    const Result<StatementImportResult> done = StatementImport::run(
        *fixture.ledger, path, options,
        [&](ImportStage stage, qint64, qint64) {
            if (stages.isEmpty() || stages.last() != stage)
                stages.append(stage);
        },
        &cancel);
    REQUIRE(done.ok());
    CHECK(stages
          == QList<ImportStage> { ImportStage::Reading, ImportStage::LoadingLedger,
                                  ImportStage::Pairing, ImportStage::Storing });
}

TEST_CASE("An import into an account that is not the ledger's is refused", "[importing]")
{
    FixtureLedger fixture;
    const QString path = fixture.dir + QStringLiteral("/s1.sta");
    REQUIRE(writeFile(path, kBasic));
    StatementImportOptions options;
    options.account = *Iban::parse(kStrangerIban);
    const Result<StatementImportResult> result
        = StatementImport::run(*fixture.ledger, path, options);
    CHECK(!result.ok());
    CHECK(result.error().contains(kStrangerIban));
    CHECK(fixture.count(QStringLiteral("statement_imports")) == 0);
}

TEST_CASE("A statement file's hash is its SHA-256, whatever its size", "[importing]")
{
    const auto hashOf = [](const QByteArray &bytes) {
        QBuffer buffer;
        buffer.setData(bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return sha256Hex(buffer);
    };
    CHECK(hashOf(QByteArray())
          == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hashOf("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // Over several of the reader's chunks, against Qt's own digest.
    QByteArray big(3 * 1024 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7919 % 251);
    CHECK(hashOf(big) == QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    // Qt's digest, used where libcrypto cannot be loaded, is the same.
    QBuffer buffer;
    buffer.setData(big);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CHECK(sha256HexWithQt(buffer) == hashOf(big));
}

TEST_CASE("A canceled import's id is not given to the next import", "[importing]")
{
    FixtureLedger fixture;
    const Result<StatementImportResult> first = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(first.ok());
    REQUIRE(ImportRepository(*fixture.ledger).cancel(first->importId).ok());
    const Result<StatementImportResult> second = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(second.ok());
    // SQLite alone would give the second import the first one's id (the highest id + 1).
    CHECK(second->importId == first->importId + 1);
    const Result<StatementImportResult> third = fixture.import(QStringLiteral("s2.sta"), kBasic);
    REQUIRE(third.ok());
    CHECK(third->importId == second->importId + 1);

    // An older ledger starts numbering above every import id its audit log has seen.
    QSqlQuery query(fixture.ledger->database());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM statement_import_ids")));
    REQUIRE(query.exec(QStringLiteral(
        "INSERT INTO audit_log (at, user_name, entity, entity_id, action) "
        "VALUES ('2026-01-01T00:00:00.000Z', 'x', 'statement_import', 41, 'cancel')")));
    REQUIRE(query.exec(importIdSequenceMigration().statements.at(1)));
    const Result<StatementImportResult> fourth = fixture.import(QStringLiteral("s3.sta"), kBasic);
    REQUIRE(fourth.ok());
    CHECK(fourth->importId == 42);
}

namespace {

// A camt.053 of `count` entries whose statement date comes after them (CreDtTm out of the
// schema's order): the rows stored while it is read carry the period's end until then.
QString camtDatedAtItsEnd(int count)
{
    QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
                         "<BkToCstmrStmt><Stmt><Id>LATE</Id>\n"
                         "<FrToDt><FrDtTm>2026-01-01T00:00:00</FrDtTm>"
                         "<ToDtTm>2026-01-31T23:59:59</ToDtTm></FrToDt>\n"
                         "<Acct><Id><IBAN>%1</IBAN></Id><Ccy>EUR</Ccy></Acct>\n")
              .arg(kAccount);
    for (int i = 0; i < count; ++i)
        xml += QStringLiteral("<Ntry><Amt Ccy=\"EUR\">%1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                              "<BookgDt><Dt>2026-01-05</Dt></BookgDt></Ntry>\n")
                   .arg(i + 1);
    return xml
        + QStringLiteral("<CreDtTm>2026-02-02T08:00:00</CreDtTm></Stmt></BkToCstmrStmt>"
                         "</Document>\n");
}

} // namespace

TEST_CASE("Rows stored before their statement's end take the date the end gives", "[importing]")
{
    FixtureLedger fixture;
    const int count = 20000; // more than a part of the camt reader and of the pairing
    const Result<StatementImportResult> result
        = fixture.import(QStringLiteral("late.xml"), camtDatedAtItsEnd(count));
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    REQUIRE(result->rows.size() == count);
    CHECK(result->rows.first().statementDate == QDate(2026, 2, 2));
    CHECK(result->rows.last().statementDate == QDate(2026, 2, 2));
    QSqlQuery query(fixture.ledger->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), min(statement_date), max(statement_date), "
                                      "min(statement_id) FROM statement_lines")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == count);
    CHECK(query.value(1).toString() == u"2026-02-02");
    CHECK(query.value(2).toString() == u"2026-02-02");
    CHECK(query.value(3).toString() == u"LATE");
}

TEST_CASE("A file that breaks after rows were stored stores nothing and names the place",
          "[importing]")
{
    FixtureLedger fixture;
    QString xml = camtDatedAtItsEnd(20000);
    // Entry 15,000 (line 6 + 14,999 of the file) has an amount that is no number.
    const qsizetype at = xml.indexOf(QStringLiteral("<Amt Ccy=\"EUR\">15000.00</Amt>"));
    REQUIRE(at > 0);
    xml.replace(at, 29, QStringLiteral("<Amt Ccy=\"EUR\">15O00.00</Amt>"));
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("broken.xml"), xml);
    REQUIRE(!result.ok());
    INFO(result.error().toStdString());
    CHECK(result.error().contains(QStringLiteral("broken.xml:15005")));
    CHECK(result.error().contains(QStringLiteral("Amt")));
    CHECK(fixture.count(QStringLiteral("statement_imports")) == 0);
    CHECK(fixture.count(QStringLiteral("statement_lines")) == 0);
    CHECK(fixture.count(QStringLiteral("allocations")) == 0);
}
