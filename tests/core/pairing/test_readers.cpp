// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole way from a bank file: the shared small sample's statement in every format, read by
// the real readers (readStatementFile, format detected), paired, and scored against the truth.
// A binary of its own, so that a reader being reworked does not hide the engine's own tests.
#include "catchqt.h"

#include "samplereader.h"
#include "truthscore.h"

#include "formats/common/statementreader.h"
#include "pairing/pairlines.h"

#include <QJsonObject>

#include <iostream>

using namespace Saldo;
using namespace PairingTest;

TEST_CASE("Bank files of the small sample, read by the readers, pair as the truth says",
          "[readers]")
{
    SALDO_REQUIRE_SHARED();
    const QString dir = SaldoTest::sharedDir() + QStringLiteral("/samples/small");
    const Sample ledger = readSample(dir);
    REQUIRE(ledger.error.isEmpty());
    const PairingIndex index(ledger.accounts, ledger.counterparties, ledger.invoices);
    const QList<QJsonObject> allTruth = readJsonLines(dir + QStringLiteral("/truth.jsonl"));

    const char *file
        = GENERATE("statement.camt053.xml", "statement.mt940", "statement.gpc", "statement.csv");
    QList<StatementLine> lines;
    Iban account;
    const ReadResult result = readStatementFile(dir + QLatin1Char('/') + QLatin1StringView(file),
                                                StatementFormat::Auto, [&](Statement &&statement) {
                                                    if (account.isNull())
                                                        account = statement.accountIban;
                                                    lines += statement.lines;
                                                    return true;
                                                });
    INFO(file << ": " << (result.error ? result.error->toString().toStdString() : std::string()));
    REQUIRE(result.ok());
    REQUIRE(lines.size() == allTruth.size());
    if (account.isNull()) // a format that names the account only by number
        account = ledger.accounts.first().iban;

    QList<LinePairing> pairings = pairLines(lines, index, PairingOptions(), account);
    // GPC cannot carry foreign IBANs or long names: score it on the lines it can carry.
    QList<QJsonObject> truth;
    QList<LinePairing> scored;
    const bool gpc = QLatin1StringView(file).endsWith(QLatin1StringView(".gpc"));
    for (qsizetype i = 0; i < allTruth.size(); ++i) {
        if (gpc && !allTruth[i].value(u"gpc_exact").toBool(true))
            continue;
        truth.append(allTruth[i]);
        scored.append(pairings[i]);
    }
    const TruthScore score = scoreAgainstTruth(truth, scored);
    std::cout << file << ":\n" << score.table().toStdString();
    for (const QString &failure : score.failures)
        std::cout << "  " << failure.toStdString() << '\n';
    CHECK(score.wronglyPaired == 0);
    CHECK(score.accuracy() >= 99.5);
}
