// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OCA/bank-statement-import's camt test files against its golden-*.pydata (a Python repr of
// (currency, account, [statements])). The literal is not parsed in full: a targeted scan takes
// the scalar fields compared here, which are
//  - per file: currency and account number;
//  - per statement: name (= Stmt/Id), balance_start and balance_end_real (= OPBD and CLBD);
//  - per transaction, in file order: amount, date (= booking date), partner_name (= Saldo's
//    counterparty name) and account_number (= the counterparty IBAN or account as written).
// Not compared: narration, payment_ref and ref (Odoo's own compositions of several fields).
// test-camt053-no-ntry: OCA leaves a statement without entries out, its golden file is empty;
// Saldo hands the statement over with its balances and no lines (asserted instead).
#include "camtreadhelper.h"
#include "catchqt.h"
#include "formats/camt/camtxml.h"

#include <QRegularExpression>

using namespace Saldo;

namespace {

struct GoldenTransaction
{
    QString amount, date, partner, account;
};

struct GoldenStatement
{
    QString name, balanceStart, balanceEnd;
    QList<GoldenTransaction> transactions;
};

struct Golden
{
    QString currency, account;
    QList<GoldenStatement> statements;
};

QString capture(const QString &text, const QString &key, const QString &valuePattern)
{
    const QRegularExpression pattern(u'\'' + key + QStringLiteral("': ") + valuePattern);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString number(const QString &text, const QString &key)
{
    return capture(text, key, QStringLiteral("(-?[0-9.]+)"));
}

QString string(const QString &text, const QString &key)
{
    return capture(text, key, QStringLiteral("'([^']*)'"));
}

Golden readGolden(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    Golden golden;
    const QRegularExpressionMatch head
        = QRegularExpression(QStringLiteral("^\\('([A-Z]{3})',\\s*'([^']*)'")).match(text);
    if (head.hasMatch()) {
        golden.currency = head.captured(1);
        golden.account = head.captured(2);
    }
    QStringList statements = text.split(QStringLiteral("{'balance_end_real'"));
    statements.removeFirst();
    for (const QString &chunk : statements) {
        const QString fields = QStringLiteral("'balance_end_real'") + chunk;
        GoldenStatement statement;
        statement.name = string(fields, QStringLiteral("name"));
        statement.balanceStart = number(fields, QStringLiteral("balance_start"));
        statement.balanceEnd = number(fields, QStringLiteral("balance_end_real"));
        QStringList transactions = chunk.split(QStringLiteral("{'account_number'"));
        transactions.removeFirst();
        for (const QString &entry : transactions) {
            const QString body = QStringLiteral("'account_number'") + entry;
            statement.transactions.append({ number(body, QStringLiteral("amount")),
                                            string(body, QStringLiteral("date")),
                                            string(body, QStringLiteral("partner_name")),
                                            string(body, QStringLiteral("account_number")) });
        }
        golden.statements.append(statement);
    }
    return golden;
}

qint64 minorUnits(const QString &pythonFloat, const Currency &currency)
{
    const std::optional<qint64> minor = parseXmlDecimal(pythonFloat, currency.minorDigits());
    REQUIRE(minor.has_value());
    return *minor;
}

QString testFiles()
{
    return SaldoTest::sharedDir()
        + QStringLiteral("/corpus/camt/OCA__bank-statement-import/"
                         "account_statement_import_camt/test_files/");
}

} // namespace

TEST_CASE("camt: OCA files agree with the golden .pydata", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString name = GENERATE(QStringLiteral("camt053"), QStringLiteral("camt053-txdtls"),
                                  QStringLiteral("camt054"));
    INFO(name.toStdString());
    const Golden golden
        = readGolden(testFiles() + QStringLiteral("golden-") + name + QStringLiteral(".pydata"));
    const SaldoTest::CamtRead read
        = SaldoTest::readCamtFile(testFiles() + QStringLiteral("test-") + name);
    INFO(read.errorText().toStdString());
    REQUIRE(read.result.ok());
    REQUIRE(read.statements.size() == golden.statements.size());
    for (qsizetype s = 0; s < golden.statements.size(); ++s) {
        const Statement &statement = read.statements[s];
        const GoldenStatement &expected = golden.statements[s];
        CHECK(statement.currency.code() == golden.currency);
        CHECK((statement.accountIban.toString() == golden.account
               || statement.accountNumber == golden.account));
        CHECK(statement.id == expected.name);
        const Currency currency = statement.currency;
        // camt054 has no balances; OCA writes 0.0 for them.
        CHECK(statement.openingBalance.value_or(Money(0, currency)).minorUnits()
              == minorUnits(expected.balanceStart, currency));
        CHECK(statement.closingBalance.value_or(Money(0, currency)).minorUnits()
              == minorUnits(expected.balanceEnd, currency));
        REQUIRE(statement.lines.size() == expected.transactions.size());
        for (qsizetype t = 0; t < expected.transactions.size(); ++t) {
            const StatementLine &line = statement.lines[t];
            const GoldenTransaction &transaction = expected.transactions[t];
            INFO("transaction " << t + 1);
            CHECK(line.amount.minorUnits() == minorUnits(transaction.amount, currency));
            CHECK(line.bookingDate.toString(Qt::ISODate) == transaction.date);
            CHECK(line.counterpartyName == transaction.partner);
            CHECK((line.counterpartyIban.toString() == transaction.account
                   || line.counterpartyAccount == transaction.account));
        }
    }
}

TEST_CASE("camt: OCA statement without entries keeps its balances", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const Golden golden = readGolden(testFiles() + QStringLiteral("golden-camt053-no-ntry.pydata"));
    CHECK(golden.statements.isEmpty()); // OCA drops it
    const SaldoTest::CamtRead read
        = SaldoTest::readCamtFile(testFiles() + QStringLiteral("test-camt053-no-ntry"));
    REQUIRE(read.result.ok());
    REQUIRE(read.statements.size() == 1);
    const Statement &statement = read.statements.first();
    CHECK(statement.lines.isEmpty());
    CHECK(statement.currency.code() == u"CHF");
    CHECK(statement.openingBalance == Money(152076, statement.currency));
    CHECK(statement.closingBalance == Money(152076, statement.currency));
    CHECK(statement.balanceCheck() == BalanceCheck::Ok);
}

TEST_CASE("camt: a zipped camt gives a clear error", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const SaldoTest::CamtRead read
        = SaldoTest::readCamtFile(testFiles() + QStringLiteral("test-camt053.zip"));
    REQUIRE(read.result.error.has_value());
    CHECK(read.result.error->message.contains(QStringLiteral("unzip first")));
    CHECK(read.statements.isEmpty());
}
