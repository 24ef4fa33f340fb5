// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden cases of our own, one folder each under tests/data/pairing/<case>/: the ledger
// (accounts.csv, invoices.csv), the statement (statement.csv) and the expected pairing of every
// line (expected.json: type, colour, documents, allocated, rule, counterparty, and where given
// the allocations, the suggestions and words the evidence must contain). One table drives them.
#include "catchqt.h"

#include "samplereader.h"

#include "pairing/pairlines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Saldo;
using namespace PairingTest;

namespace {

struct GoldenCase
{
    const char *folder;
    const char *what; // the rules it pins down (expected.json says it at length)
};

const GoldenCase goldenCases[] = {
    { "basic", "IBAN + references, amounts, own transfer, fees, deposit, card, unknown" },
    { "names", "name variants, whole names only, shared names" },
    { "description", "references and names in the text alone" },
    { "creditnotes", "credit notes, other currency, unposted, wrong direction" },
    { "nearmiss", "suggestions: VS typos, amounts, sums; ambiguous VS" },
    { "batch", "two lines settling one invoice" },
    { "options", "card as fee, unposted searched, kinds searched, amount alone" },
};

PairingOptions optionsFrom(const QJsonObject &o)
{
    PairingOptions options;
    options.matchIssued = o.value(u"matchIssued").toBool(options.matchIssued);
    options.matchReceived = o.value(u"matchReceived").toBool(options.matchReceived);
    options.searchUnposted = o.value(u"searchUnposted").toBool(options.searchUnposted);
    options.countCardAsFee = o.value(u"countCardAsFee").toBool(options.countCardAsFee);
    options.applyAmountWithoutReference
        = o.value(u"applyAmountWithoutReference").toBool(options.applyAmountWithoutReference);
    options.applySumWithReference
        = o.value(u"applySumWithReference").toBool(options.applySumWithReference);
    options.applySumWithoutReference
        = o.value(u"applySumWithoutReference").toBool(options.applySumWithoutReference);
    return options;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

QStringList suggestionKeys(const LinePairing &p)
{
    QStringList keys;
    for (const Suggestion &s : p.suggestions) {
        QStringList numbers;
        for (const SuggestedInvoice &i : s.invoices)
            numbers.append(i.number);
        keys.append(suggestionReasonName(s.reason) + QLatin1Char(':') + numbers.join(u'+'));
    }
    return keys;
}

void checkRow(const QJsonObject &want, const LinePairing &got)
{
    CHECK(QString(documentTypeName(got.type)) == want.value(u"type").toString());
    CHECK(QString(rowColourName(got.colour)) == want.value(u"colour").toString());
    CHECK(got.documents() == strings(want.value(u"documents")));
    CHECK(got.allocated.toString() == want.value(u"allocated").toString());
    CHECK(got.rule == want.value(u"rule").toString());
    CHECK(got.counterpartyName == want.value(u"counterparty").toString());
    if (want.contains(u"allocations")) {
        QStringList gotAllocations, wantAllocations;
        for (const Allocation &a : got.allocations)
            gotAllocations.append(
                QStringList { a.number, a.amount.toString(), a.openBefore.toString() }.join(u' '));
        for (const QJsonValue &a : want.value(u"allocations").toArray())
            wantAllocations.append(strings(a).join(u' '));
        CHECK(gotAllocations == wantAllocations);
    }
    if (want.contains(u"suggestions"))
        CHECK(suggestionKeys(got) == strings(want.value(u"suggestions")));
    const QString evidence = got.evidenceText();
    for (const QString &words : strings(want.value(u"evidence"))) {
        INFO("evidence: " << evidence.toStdString());
        CHECK(evidence.contains(words));
    }
}

} // namespace

TEST_CASE("Golden pairing cases", "[golden]")
{
    for (const GoldenCase &c : goldenCases) {
        DYNAMIC_SECTION(c.folder << ": " << c.what)
        {
            const QString dir
                = SaldoTest::dataDir() + QStringLiteral("/pairing/") + QLatin1StringView(c.folder);
            const Sample sample = readSample(dir);
            INFO(sample.error.toStdString());
            REQUIRE(sample.error.isEmpty());
            QFile file(dir + QStringLiteral("/expected.json"));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
            const QJsonArray rows = expected.value(u"rows").toArray();
            REQUIRE(rows.size() == sample.lines.size());

            const PairingIndex index(sample.accounts, sample.counterparties, sample.invoices);
            const Iban account = Iban::parse(expected.value(u"import_account").toString()).value();
            const QList<LinePairing> pairings = pairLines(
                sample.lines, index, optionsFrom(expected.value(u"options").toObject()), account);
            REQUIRE(pairings.size() == rows.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                INFO(c.folder << " line " << i + 1 << ": rule " << pairings[i].rule.toStdString()
                              << "; " << pairings[i].evidenceText().toStdString());
                checkRow(rows[i].toObject(), pairings[i]);
            }
        }
    }
}
