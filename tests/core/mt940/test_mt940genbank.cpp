// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// genbank.py statements against their truth.jsonl, line by line.
#include "catchqt.h"
#include "mt940testsupport.h"

#include "formats/mt940/mt940reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Saldo;

namespace {

QList<QJsonObject> readTruth(const QString &path)
{
    QList<QJsonObject> truth;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return truth;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            truth.append(QJsonDocument::fromJson(line).object());
    }
    return truth;
}

/// Compares every line; returns the differences (at most `limit` described, all counted).
QStringList compareWithTruth(const QList<StatementLine> &lines, const QList<QJsonObject> &truth,
                             int *count)
{
    QStringList differences;
    *count = 0;
    const auto differ = [&](qsizetype i, const char *field, const QString &ours,
                            const QString &expected) {
        ++*count;
        if (differences.size() < 25) {
            differences.append(QStringLiteral("line %1 (file line %2) %3: ours [%4] truth [%5]")
                                   .arg(i + 1)
                                   .arg(lines[i].sourceLine)
                                   .arg(QLatin1StringView(field), ours, expected));
        }
    };
    for (qsizetype i = 0; i < std::min(lines.size(), truth.size()); ++i) {
        const StatementLine &l = lines[i];
        const QJsonObject &t = truth[i];
        const auto check = [&](const char *field, const QString &ours, const QString &key) {
            const QString expected = t.value(key).toString();
            if (ours != expected)
                differ(i, field, ours, expected);
        };
        check("amount", l.amount.toString(), QStringLiteral("amount"));
        check("currency", l.amount.currency().code(), QStringLiteral("currency"));
        check("booking date", l.bookingDate.toString(Qt::ISODate), QStringLiteral("date"));
        check("counter IBAN", l.counterpartyIban.toString(), QStringLiteral("counter_iban"));
        check("counterparty name", l.counterpartyName, QStringLiteral("counterparty_in_statement"));
        check("VS", l.variableSymbol.toString(), QStringLiteral("vs"));
        check("reference", l.reference, QStringLiteral("reference"));
        check("bank reference", l.bankReference, QStringLiteral("bank_reference"));
        if (l.card != t.value(QStringLiteral("card")).toBool())
            differ(i, "card", l.card ? QStringLiteral("true") : QStringLiteral("false"),
                   t.value(QStringLiteral("card")).toBool() ? QStringLiteral("true")
                                                            : QStringLiteral("false"));
    }
    return differences;
}

void checkSet(const QString &dir)
{
    const Mt940Test::Outcome outcome
        = Mt940Test::readFile(dir + QStringLiteral("/statement.mt940"));
    INFO(outcome.errorText().toStdString());
    REQUIRE(outcome.result.ok());
    const QList<QJsonObject> truth = readTruth(dir + QStringLiteral("/truth.jsonl"));
    const QList<StatementLine> lines = outcome.lines();
    REQUIRE(!truth.isEmpty());
    CHECK(lines.size() == truth.size());
    for (const Statement &s : outcome.statements) {
        INFO(s.id.toStdString());
        CHECK(s.balanceCheck() == BalanceCheck::Ok);
        CHECK(!s.accountIban.isNull());
    }
    int count = 0;
    const QStringList differences = compareWithTruth(lines, truth, &count);
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    CHECK(count == 0);
}

} // namespace

TEST_CASE("genbank sample set agrees with truth.jsonl", "[mt940][genbank]")
{
    SALDO_REQUIRE_SHARED();
    checkSet(SaldoTest::sharedDir() + QStringLiteral("/samples/small"));
}

TEST_CASE("a generated genbank set with another seed agrees with truth.jsonl", "[mt940][genbank]")
{
    SALDO_REQUIRE_SHARED();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("skipped: python3 is needed to run genbank.py");
        return;
    }
    // Half the transfers in free text, to exercise the free-text reading as much as the
    // structured one; a CZK account for another currency and bank.
    const QString out = SaldoTest::tempDir() + QStringLiteral("/genbank-mt940");
    const auto generate = [&](const QStringList &extra) {
        QProcess process;
        process.start(python,
                      QStringList { SaldoTest::sharedDir() + QStringLiteral("/tools/genbank.py"),
                                    QStringLiteral("--invoices"), QStringLiteral("30000"),
                                    QStringLiteral("--lines"), QStringLiteral("3000"),
                                    QStringLiteral("--formats"), QStringLiteral("mt940"),
                                    QStringLiteral("--quiet"), QStringLiteral("--out"), out }
                          + extra);
        REQUIRE(process.waitForFinished(120000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
    };
    SECTION("seed 11, half free text")
    {
        generate({ QStringLiteral("--seed"), QStringLiteral("11"),
                   QStringLiteral("--mt940-free-text"), QStringLiteral("0.5") });
        checkSet(out);
    }
    SECTION("seed 23, CZK account")
    {
        generate({ QStringLiteral("--seed"), QStringLiteral("23"),
                   QStringLiteral("--statement-account"), QStringLiteral("3") });
        checkSet(out);
    }
}

// Not run by default: `MT940_GENBANK_DIR=dir test_mt940 "[.genbank-dir]"` checks a set made by
// hand (e.g. the 200,000-line benchmark set) and prints how fast it was read.
TEST_CASE("a genbank set given by MT940_GENBANK_DIR agrees with truth.jsonl", "[.genbank-dir]")
{
    const QString dir = qEnvironmentVariable("MT940_GENBANK_DIR");
    if (dir.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    qsizetype lines = 0;
    QFile file(dir + QStringLiteral("/statement.mt940"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ReadOptions options;
    options.fileName = file.fileName();
    const ReadResult result = Mt940Reader().read(file, options, [&](Statement &&s) {
        lines += s.lines.size();
        return true;
    });
    const qint64 ms = timer.elapsed();
    REQUIRE(result.ok());
    WARN(QStringLiteral("%1 statement lines in %2 ms: %3 lines/s")
             .arg(lines)
             .arg(ms)
             .arg(ms > 0 ? lines * 1000 / ms : 0)
             .toStdString());
    checkSet(dir);
}
