// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportRepository::storeDraft: the rows it writes read back as they were, and a draft whose
// rows refer to an invoice or counterparty that is gone stores nothing.
#include "catchqt.h"

#include "fixtureledger.h"

#include "ledger/importrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Saldo;
using namespace ImportFixture;

namespace {

const QString kBasic = mt940(QStringLiteral("S1"), QStringLiteral("00001/001"),
                             QStringLiteral("1000,00"), QStringLiteral("1345,00"), basicLines());

// The import stored from the fixture's statement, read back from the ledger.
StoredImport storedBasic(FixtureLedger &fixture)
{
    const Result<StatementImportResult> result = fixture.import(QStringLiteral("s1.sta"), kBasic);
    REQUIRE(result.ok());
    Result<StoredImport> import = ImportRepository(*fixture.ledger).load(result->importId);
    REQUIRE(import.ok());
    return std::move(import).value();
}

void checkSameRow(const ImportRow &a, const ImportRow &b)
{
    CHECK(a.line == b.line);
    CHECK(a.data.sourceLine == b.data.sourceLine);
    CHECK(a.data.bookingDate == b.data.bookingDate);
    CHECK(a.data.valueDate == b.data.valueDate);
    CHECK(a.data.amount == b.data.amount);
    CHECK(a.data.counterpartyName == b.data.counterpartyName);
    CHECK(a.data.counterpartyIban == b.data.counterpartyIban);
    CHECK(a.data.variableSymbol == b.data.variableSymbol);
    CHECK(a.data.description == b.data.description);
    CHECK(a.data.kind == b.data.kind);
    CHECK(a.data.card == b.data.card);
    CHECK(a.statementId == b.statementId);
    CHECK(a.statementDate == b.statementDate);
    CHECK(a.fingerprint == b.fingerprint);
    CHECK(a.type == b.type);
    CHECK(a.colour == b.colour);
    CHECK(a.counterpartyId == b.counterpartyId);
    CHECK(a.allocated == b.allocated);
    CHECK(a.unallocated == b.unallocated);
    CHECK(a.rule == b.rule);
    CHECK(a.evidence == b.evidence);
    CHECK(a.suggestions == b.suggestions);
    CHECK(a.duplicate == b.duplicate);
    REQUIRE(a.allocations.size() == b.allocations.size());
    for (qsizetype i = 0; i < a.allocations.size(); ++i) {
        CHECK(a.allocations[i].invoiceId == b.allocations[i].invoiceId);
        CHECK(a.allocations[i].amount == b.allocations[i].amount);
        CHECK(a.allocations[i].manual == b.allocations[i].manual);
    }
}

} // namespace

TEST_CASE("A stored draft reads back with every row as it was written", "[importing]")
{
    FixtureLedger fixture;
    StoredImport original = storedBasic(fixture);
    REQUIRE(!original.rows.isEmpty());
    StoredImport copy = original;
    copy.id = 0;
    const Result<qint64> id = ImportRepository(*fixture.ledger).storeDraft(copy);
    REQUIRE(id.ok());
    CHECK(*id != original.id);
    const Result<StoredImport> stored = ImportRepository(*fixture.ledger).load(*id);
    REQUIRE(stored.ok());
    CHECK(stored->fileName == original.fileName);
    CHECK(stored->fileHash == original.fileHash);
    CHECK(stored->statements.size() == original.statements.size());
    REQUIRE(stored->rows.size() == original.rows.size());
    for (qsizetype i = 0; i < original.rows.size(); ++i)
        checkSameRow(stored->rows[i], original.rows[i]);
}

TEST_CASE("A draft referring to an invoice or counterparty that is gone stores nothing",
          "[importing]")
{
    FixtureLedger fixture;
    const StoredImport original = storedBasic(fixture);
    const qint64 imports = fixture.count(QStringLiteral("statement_imports"));
    const qint64 lines = fixture.count(QStringLiteral("statement_lines"));
    const qint64 allocations = fixture.count(QStringLiteral("allocations"));

    const auto refused = [&](StoredImport import) {
        import.id = 0;
        const Result<qint64> id = ImportRepository(*fixture.ledger).storeDraft(import);
        REQUIRE(!id.ok());
        CHECK(id.error().contains(QStringLiteral("nothing was stored")));
        CHECK(fixture.count(QStringLiteral("statement_imports")) == imports);
        CHECK(fixture.count(QStringLiteral("statement_lines")) == lines);
        CHECK(fixture.count(QStringLiteral("allocations")) == allocations);
    };

    SECTION("an invoice")
    {
        StoredImport import = original;
        bool changed = false;
        for (ImportRow &row : import.rows) {
            if (!row.allocations.isEmpty()) {
                row.allocations.last().invoiceId = 999999;
                changed = true;
                break;
            }
        }
        REQUIRE(changed);
        refused(import);
    }
    SECTION("a counterparty")
    {
        StoredImport import = original;
        import.rows.last().counterpartyId = 999999;
        refused(import);
    }
    SECTION("the account")
    {
        StoredImport import = original;
        import.accountId = 999999;
        refused(import);
    }
    SECTION("one invoice among hundreds")
    {
        // 600 more invoices; a row paying each of them, one of which is gone by the time.
        QSqlQuery query(fixture.ledger->database());
        REQUIRE(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
            "INSERT INTO invoices (kind, number, counterparty_id, currency, total) "
            "SELECT 'issued', 'BULK-' || i, (SELECT min(id) FROM counterparties), 'EUR', 100 "
            "FROM n")));
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM invoices WHERE number LIKE 'BULK-%' "
                                          "ORDER BY id")));
        QList<qint64> bulk;
        while (query.next())
            bulk.append(query.value(0).toLongLong());
        REQUIRE(bulk.size() == 600);
        StoredImport import = original;
        ImportRow &payer = import.rows.first();
        REQUIRE(!payer.allocations.isEmpty());
        const ImportAllocation model = payer.allocations.first();
        for (const qint64 id : bulk) {
            ImportAllocation allocation = model;
            allocation.invoiceId = id;
            payer.allocations.append(allocation);
        }
        const auto store = [&](const StoredImport &draft) {
            StoredImport copy = draft;
            copy.id = 0;
            return ImportRepository(*fixture.ledger).storeDraft(copy);
        };
        // One gone: nothing stored.
        const qint64 allocations = fixture.count(QStringLiteral("allocations"));
        REQUIRE(query.exec(QStringLiteral("DELETE FROM invoices WHERE id = %1").arg(bulk.at(400))));
        const Result<qint64> refusedId = store(import);
        REQUIRE(!refusedId.ok());
        CHECK(refusedId.error().contains(QStringLiteral("nothing was stored")));
        CHECK(fixture.count(QStringLiteral("allocations")) == allocations);
        // Without that payment: stored.
        payer.allocations.removeIf(
            [&](const ImportAllocation &a) { return a.invoiceId == bulk.at(400); });
        REQUIRE(store(import).ok());
        qint64 written = 0;
        for (const ImportRow &row : std::as_const(import.rows))
            written += row.allocations.size();
        CHECK(written >= 600);
        CHECK(fixture.count(QStringLiteral("allocations")) == allocations + written);
    }
}

// storeDraft() leaves the WAL's copy into the main file to a thread of its own
// (Ledger::checkpointInBackground): the ledger stays usable meanwhile, and once it is closed
// the main file alone holds the draft, as when the copy was part of the COMMIT.
TEST_CASE("A stored draft is in the main file once the ledger is closed", "[importing]")
{
    FixtureLedger fixture;
    StoredImport original = storedBasic(fixture);
    StoredImport copy = original;
    copy.id = 0;
    const Result<qint64> second = ImportRepository(*fixture.ledger).storeDraft(copy);
    REQUIRE(second.ok());
    CHECK(fixture.count(QStringLiteral("statement_lines")) == 2 * original.rows.size());
    const QString path = fixture.ledger->path();
    fixture.ledger.reset();
    CHECK(!QFileInfo::exists(path + QStringLiteral("-wal")));

    // A copy of the main file without its WAL is the whole ledger.
    const QString alone = fixture.dir + QStringLiteral("/alone.saldo");
    REQUIRE(QFile::copy(path, alone));
    Result<std::unique_ptr<Ledger>> reopened = Ledger::open(alone);
    REQUIRE(reopened.ok());
    const Result<StoredImport> stored = ImportRepository(**reopened).load(*second);
    REQUIRE(stored.ok());
    REQUIRE(stored->rows.size() == original.rows.size());
    for (qsizetype i = 0; i < original.rows.size(); ++i)
        checkSameRow(stored->rows[i], original.rows[i]);
}
