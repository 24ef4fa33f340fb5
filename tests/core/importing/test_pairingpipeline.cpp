// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// PairingPipeline: pairing in parts while the file is still read and the rows already final are
// stored gives the rows the whole-import pairing gives, and a stop leaves the rows whole.
#include "catchqt.h"

#include "importing/importrowbuilder.h"
#include "importing/pairingpipeline.h"
#include "pairing/pairlines.h"

#include <algorithm>
#include <thread>

using namespace Saldo;

namespace {

const Currency eur = Currency::fromCode(u"EUR").value();

Iban iban(const char *text)
{
    return Iban::parse(QString::fromLatin1(text)).value();
}

const Iban kOwn = iban("SK6411000000002944332211");
const Iban kCustomer = iban("SK8702000000001111222233");

// One own account, one customer with a learned IBAN, three open invoices of 100, 200, 300.00.
PairingIndex index()
{
    OwnAccount account;
    account.iban = kOwn;
    account.name = QStringLiteral("Bežný účet");
    account.currency = eur;
    Counterparty customer;
    customer.id = 7;
    customer.name = QStringLiteral("Poľana Pekáreň s.r.o.");
    customer.ibans.append({ kCustomer, IbanOrigin::Learned, {} });
    QList<Invoice> invoices;
    for (int i = 1; i <= 3; ++i) {
        Invoice invoice;
        invoice.id = i;
        invoice.number = QStringLiteral("FV2025-00000%1").arg(i);
        invoice.variableSymbol
            = VariableSymbol::parse(QStringLiteral("202500000%1").arg(i)).value();
        invoice.counterpartyId = 7;
        invoice.total = Money(10000 * i, eur);
        invoice.paid = Money(0, eur);
        invoices.append(invoice);
    }
    return PairingIndex({ account }, { customer }, invoices);
}

// Payments of `count` lines to the three invoices in turn, amounts such that later lines find
// the invoices partly or wholly settled by earlier ones (in other parts); every fifth row is a
// duplicate of an earlier import (its fingerprint "fp<i>" is stored), marked unless
// `markDuplicates` is false.
QList<ImportRow> rows(int count, bool markDuplicates = true)
{
    QList<ImportRow> rows;
    for (int i = 0; i < count; ++i) {
        ImportRow row;
        row.line = i + 1;
        row.data.bookingDate = QDate(2025, 3, 1 + i % 28);
        row.data.amount = Money(700 + 100 * (i % 7), eur);
        row.data.counterpartyIban = kCustomer;
        row.data.variableSymbol
            = VariableSymbol::parse(QStringLiteral("202500000%1").arg(1 + i % 3)).value();
        row.fingerprint = QStringLiteral("fp%1").arg(i);
        if (i % 5 == 4 && markDuplicates)
            markDuplicate(row, 1, i + 1);
        rows.append(row);
    }
    return rows;
}

// What StatementImport did before the pipeline: the whole import paired, then applied.
QList<ImportRow> pairedWhole(QList<ImportRow> rows)
{
    QList<StatementLine> lines;
    QList<qsizetype> rowOfLine;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].duplicate) {
            lines.append(rows[i].data);
            rowOfLine.append(i);
        }
    }
    const QList<LinePairing> pairings = pairLines(lines, index(), PairingOptions(), kOwn);
    for (qsizetype i = 0; i < pairings.size(); ++i)
        applyPairing(rows[rowOfLine[i]], pairings[i]);
    return rows;
}

void checkSame(const ImportRow &a, const ImportRow &b)
{
    CHECK(a.line == b.line);
    CHECK(a.data.amount == b.data.amount);
    CHECK(a.data.variableSymbol == b.data.variableSymbol);
    CHECK(a.duplicate == b.duplicate);
    CHECK(a.type == b.type);
    CHECK(a.colour == b.colour);
    CHECK(a.counterpartyId == b.counterpartyId);
    CHECK(a.allocated == b.allocated);
    CHECK(a.unallocated == b.unallocated);
    CHECK(a.rule == b.rule);
    CHECK(a.evidence == b.evidence);
    CHECK(a.suggestions == b.suggestions);
    REQUIRE(a.allocations.size() == b.allocations.size());
    for (qsizetype i = 0; i < a.allocations.size(); ++i) {
        CHECK(a.allocations[i].invoiceId == b.allocations[i].invoiceId);
        CHECK(a.allocations[i].amount == b.allocations[i].amount);
    }
}

void checkAllSame(const QList<ImportRow> &actual, const QList<ImportRow> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        checkSame(actual[i], expected[i]);
}

// Appends `rows` to `stream` in bursts of `burst`, publishing after each, then closes it.
void feed(ImportRowStream &stream, const QList<ImportRow> &rows, qsizetype burst)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        REQUIRE(stream.append(ImportRow(rows[i])));
        if ((i + 1) % burst == 0)
            stream.publish();
    }
    stream.close();
}

// Waits for every row as a storer would: `ready` calls until the pipeline has finished.
void drain(PairingPipeline &pipeline, ImportRowStream &stream)
{
    qsizetype taken = 0;
    while (true) {
        const qsizetype final = pipeline.waitForRows(taken + 1, {});
        if (final <= taken)
            break;
        taken = final;
    }
    CHECK(pipeline.finished());
    CHECK(taken == stream.size());
}

} // namespace

TEST_CASE("Pairing in parts while storing gives the rows of pairing the whole import",
          "[importing]")
{
    const QList<ImportRow> expected = pairedWhole(rows(200));
    // Settled across parts: some line found its invoice settled by an earlier one.
    CHECK(std::any_of(expected.cbegin(), expected.cend(), [](const ImportRow &row) {
        return row.evidence.contains(u"of this import");
    }));
    for (const qsizetype partLines : { 1, 7, 64, 1000 }) {
        CAPTURE(partLines);
        ImportRowStream stream;
        feed(stream, rows(200), 200);
        {
            PairingPipeline pipeline(stream, {}, index(), PairingOptions(), kOwn, partLines);
            drain(pipeline, stream);
            CHECK(pipeline.lineCount() == 160);
            CHECK(pipeline.pairedLines() == 160);
        }
        checkAllSame(stream.takeRows(), expected);
    }
}

TEST_CASE("Pairing rows while they are still read gives the rows of pairing the whole import",
          "[importing]")
{
    const QList<ImportRow> expected = pairedWhole(rows(3000));
    for (const qsizetype burst : { 1, 100, 4096 }) {
        CAPTURE(burst);
        ImportRowStream stream;
        {
            PairingPipeline pipeline(stream, {}, index(), PairingOptions(), kOwn, 64);
            std::thread reader([&] { feed(stream, rows(3000), burst); });
            drain(pipeline, stream);
            reader.join();
        }
        checkAllSame(stream.takeRows(), expected);
    }
}

TEST_CASE("The pipeline marks rows stored before as duplicates and does not pair them",
          "[importing]")
{
    // The same rows, none marked: the pipeline finds every fifth by its fingerprint.
    const QList<ImportRow> unmarked = rows(200, false);
    QHash<QString, StoredLineRef> stored;
    for (int i = 4; i < 200; i += 5)
        stored.insert(QStringLiteral("fp%1").arg(i), { 1, i + 1 });
    const QList<ImportRow> expected = pairedWhole(rows(200));
    ImportRowStream stream;
    feed(stream, unmarked, 50);
    {
        PairingPipeline pipeline(stream, stored, index(), PairingOptions(), kOwn, 16);
        drain(pipeline, stream);
        CHECK(pipeline.lineCount() == 160);
    }
    const QList<ImportRow> actual = stream.takeRows();
    checkAllSame(actual, expected);
    CHECK(actual[4].duplicate);
    CHECK(actual[4].rule == u"duplicate of import 1 line 5");
}

TEST_CASE("A pairing pipeline stopped while waiting leaves every row with its line", "[importing]")
{
    const QList<ImportRow> original = rows(5000);
    ImportRowStream stream;
    feed(stream, original, 5000);
    {
        PairingPipeline pipeline(stream, {}, index(), PairingOptions(), kOwn, 1);
        const qsizetype final = pipeline.waitForRows(stream.size(), [] { return false; });
        // Unless the whole pairing was done within the first wait, the stop shows.
        CHECK((final < stream.size() || pipeline.finished()));
    }
    const QList<ImportRow> actual = stream.takeRows();
    REQUIRE(actual.size() == original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        CHECK(actual[i].data.amount == original[i].data.amount);
        CHECK(actual[i].data.variableSymbol == original[i].data.variableSymbol);
        CHECK(actual[i].data.counterpartyIban == original[i].data.counterpartyIban);
    }
}
