// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole way as a script goes it: a genbank.py set loaded with saldo-cli, every statement
// format imported with --json, and the result scored by score_pairing.py (at least 99.5 % of the
// rows right, not one row paired to a wrong document), with and without --ignore-pos.
#include "catchqt.h"

#include "importcli.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <iostream>

using namespace ImportCli;

namespace {

QString runPython(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("python3")), arguments);
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

QString generateSet(const QString &dir)
{
    int code = -1;
    const QString output = runPython(
        { SaldoTest::sharedDir() + QStringLiteral("/tools/genbank.py"),
          QStringLiteral("--invoices"), QStringLiteral("4000"), QStringLiteral("--lines"),
          QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("11"),
          QStringLiteral("--formats"), QStringLiteral("camt053,mt940,gpc,csv"),
          QStringLiteral("--out"), dir, QStringLiteral("--quiet") },
        &code);
    INFO(output.toStdString());
    REQUIRE(code == 0);
    return dir;
}

// init, every own account of accounts.csv, the invoices; returns the statement's account.
QString loadLedger(const CliLedger &cli, const QString &set)
{
    REQUIRE(cli.run({ QStringLiteral("init") }).code == 0);
    QFile accounts(set + QStringLiteral("/accounts.csv"));
    REQUIRE(accounts.open(QIODevice::ReadOnly));
    QStringList ibans;
    accounts.readLine(); // header
    while (!accounts.atEnd()) {
        const QStringList fields
            = QString::fromUtf8(accounts.readLine()).trimmed().split(QLatin1Char(','));
        REQUIRE(fields.size() == 3);
        ibans.append(fields[0]);
        REQUIRE(cli.run({ QStringLiteral("account"), QStringLiteral("add"),
                          QStringLiteral("--iban"), fields[0], QStringLiteral("--name"), fields[1],
                          QStringLiteral("--currency"), fields[2] })
                    .code
                == 0);
    }
    const Output invoices = cli.run({ QStringLiteral("invoices"), QStringLiteral("import"),
                                      set + QStringLiteral("/invoices.csv") });
    INFO(invoices.err.toStdString());
    REQUIRE(invoices.code == 0);
    QFile summary(set + QStringLiteral("/summary.json"));
    REQUIRE(summary.open(QIODevice::ReadOnly));
    const int n = QJsonDocument::fromJson(summary.readAll())
                      .object()
                      .value(u"args")
                      .toObject()
                      .value(u"statement_account")
                      .toInt(1);
    return ibans.value(n - 1);
}

struct Score
{
    double accuracy = 0;
    int wronglyPaired = -1;
};

// The last line of score_pairing.py: "accuracy 99.83 % (599 of 600 rows right), wrongly
// paired rows 0: pass".
Score parseScore(const QString &output)
{
    static const QRegularExpression last(
        QStringLiteral(R"(accuracy ([0-9.]+) % .*wrongly paired rows (\d+))"));
    const QRegularExpressionMatch match = last.match(output);
    Score score;
    if (match.hasMatch()) {
        score.accuracy = match.captured(1).toDouble();
        score.wronglyPaired = match.captured(2).toInt();
    }
    return score;
}

void importAndScore(const CliLedger &cli, const QString &set, const QString &account,
                    const QString &file, bool ignorePos)
{
    const bool gpc = file.endsWith(QStringLiteral(".gpc"));
    QStringList arguments { QStringLiteral("statement"),
                            QStringLiteral("import"),
                            set + QLatin1Char('/') + file,
                            QStringLiteral("--account"),
                            account,
                            QStringLiteral("--json") };
    QStringList scoreArguments { SaldoTest::sharedDir() + QStringLiteral("/tools/score_pairing.py"),
                                 set };
    if (gpc)
        arguments << QStringLiteral("--format") << QStringLiteral("gpc");
    if (ignorePos)
        arguments << QStringLiteral("--ignore-pos");
    const Output imported = cli.run(arguments);
    INFO(file.toStdString() << (ignorePos ? " --ignore-pos" : "") << ": "
                            << imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QString result = cli.dir() + QStringLiteral("/result.json");
    QFile out(result);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(imported.out.toUtf8());
    out.close();

    scoreArguments << result;
    if (gpc)
        scoreArguments << QStringLiteral("--format") << QStringLiteral("gpc");
    if (ignorePos)
        scoreArguments << QStringLiteral("--ignore-pos");
    int code = -1;
    const QString output = runPython(scoreArguments, &code);
    std::cout << file.toStdString() << (ignorePos ? " --ignore-pos" : "") << ": "
              << output.trimmed().section(QLatin1Char('\n'), -1).toStdString() << '\n';
    INFO(output.toStdString());
    const Score score = parseScore(output);
    CHECK(score.wronglyPaired == 0);
    CHECK(score.accuracy >= 99.5);
    CHECK(code == 0);

    // Cancel the draft, so the next format's lines are not duplicates of this one's.
    const QString id = QString::number(imported.json().value(u"import_id").toInteger());
    REQUIRE(cli.run({ QStringLiteral("import"), QStringLiteral("cancel"), id }).code == 0);
}

} // namespace

TEST_CASE("A genbank set imported with saldo-cli scores as its truth says",
          "[cli][import][genbank]")
{
    SALDO_REQUIRE_SHARED();
    CliLedger cli;
    const QString set = generateSet(cli.dir() + QStringLiteral("/set"));
    const QString account = loadLedger(cli, set);
    REQUIRE(!account.isEmpty());
    for (const bool ignorePos : { false, true }) {
        for (const char *file :
             { "statement.camt053.xml", "statement.mt940", "statement.gpc", "statement.csv" })
            importAndScore(cli, set, account, QLatin1StringView(file), ignorePos);
    }
}
