// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The camt.053 written by ../shared/tools/genbank.py against its truth.jsonl, line by line: the
// shipped small sample (seed 7, EUR) and a set generated here with seed 11 for the CZK account.
#include "camtreadhelper.h"
#include "catchqt.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Saldo;

namespace {

QList<QJsonObject> readTruth(const QString &path)
{
    QList<QJsonObject> rows;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            rows.append(QJsonDocument::fromJson(line).object());
    }
    return rows;
}

void compareWithTruth(const QString &dir)
{
    const SaldoTest::CamtRead read
        = SaldoTest::readCamtFile(dir + QStringLiteral("/statement.camt053.xml"));
    INFO(read.errorText().toStdString());
    REQUIRE(read.result.ok());
    CHECK(read.result.format == StatementFormat::Camt053);
    const QList<StatementLine> lines = read.lines();
    const QList<QJsonObject> truth = readTruth(dir + QStringLiteral("/truth.jsonl"));
    REQUIRE(lines.size() == truth.size());
    for (const Statement &statement : read.statements)
        CHECK(statement.balanceCheck() == BalanceCheck::Ok);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const StatementLine &line = lines[i];
        const QJsonObject &row = truth[i];
        INFO("line " << i + 1 << " (file line " << line.sourceLine << ")");
        CHECK(line.amount.toString() == row.value(u"amount").toString());
        CHECK(line.amount.currency().code() == row.value(u"currency").toString());
        CHECK(line.bookingDate.toString(Qt::ISODate) == row.value(u"date").toString());
        CHECK(line.counterpartyIban.toString() == row.value(u"counter_iban").toString());
        CHECK(line.counterpartyName == row.value(u"counterparty_in_statement").toString());
        CHECK(line.variableSymbol.toString() == row.value(u"vs").toString());
        CHECK(line.reference == row.value(u"reference").toString());
        CHECK(line.bankReference == row.value(u"bank_reference").toString());
        CHECK(line.card == row.value(u"card").toBool());
        const QString scenario = row.value(u"scenario").toString();
        if (scenario == u"bank_fee")
            CHECK(line.kind == LineKind::Fee);
        else if (scenario == u"deposit")
            CHECK(line.kind == LineKind::CashDeposit);
        else if (scenario == u"pos")
            CHECK((line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal));
        else
            CHECK(line.kind == LineKind::Unknown);
    }
}

/// Runs genbank.py into a fresh folder; empty when python3 is missing.
QString generate(const QStringList &arguments, const QString &name)
{
    const QString out = SaldoTest::tempDir() + u'/' + name;
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList { SaldoTest::sharedDir() + QStringLiteral("/tools/genbank.py") }
                     + arguments
                     + QStringList { QStringLiteral("--out"), out, QStringLiteral("--quiet") });
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        return {};
    return out;
}

} // namespace

TEST_CASE("camt: genbank small sample agrees with truth.jsonl", "[camt][genbank]")
{
    SALDO_REQUIRE_SHARED();
    compareWithTruth(SaldoTest::sharedDir() + QStringLiteral("/samples/small"));
}

TEST_CASE("camt: genbank CZK set of seed 11 agrees with truth.jsonl", "[camt][genbank]")
{
    SALDO_REQUIRE_SHARED();
    const QString dir
        = generate({ QStringLiteral("--invoices"), QStringLiteral("4000"),
                     QStringLiteral("--lines"), QStringLiteral("400"), QStringLiteral("--seed"),
                     QStringLiteral("11"), QStringLiteral("--statement-account"),
                     QStringLiteral("3"), QStringLiteral("--formats"), QStringLiteral("camt053") },
                   QStringLiteral("seed11"));
    if (dir.isEmpty()) {
        WARN("skipped: python3 could not run genbank.py");
        return;
    }
    compareWithTruth(dir);
}

// Not run by default: `test_camt "[.speed]"` with SALDO_CAMT_SPEED_FILE=big.xml prints lines/s.
TEST_CASE("camt: reading speed", "[.speed]")
{
    const QString path = QString::fromLocal8Bit(qgetenv("SALDO_CAMT_SPEED_FILE"));
    REQUIRE(!path.isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    QElapsedTimer timer;
    timer.start();
    ReadOptions options;
    options.fileName = path;
    const ReadResult result = CamtReader().read(file, options, [&](Statement &&statement) {
        lines += statement.lines.size();
        return true;
    });
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    REQUIRE(result.ok());
    WARN(lines << " lines in " << ms << " ms: " << lines * 1000 / ms << " lines/s");
}
