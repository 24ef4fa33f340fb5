// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The public MT940 samples in ../shared/corpus/mt940, read in place, against the values their
// projects expect (mt940-rs JSON, WoLpH YAML, tryton's README, OCA's transcribed assertions).
#include "catchqt.h"
#include "corpusexpectations.h"
#include "mt940testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Saldo;

namespace {

QString corpusDir()
{
    return SaldoTest::sharedDir() + QStringLiteral("/corpus/mt940/");
}

/// Every statement file of the MT940 corpus (expected-output, licence and README files aside).
QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(corpusDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".yml"))
            || name.endsWith(QLatin1String(".rst")) || name.startsWith(QLatin1String("LICENSE"))
            || name.startsWith(QLatin1String("COPYRIGHT")))
            continue;
        files.append(path);
    }
    files.sort();
    return files;
}

QString cents(const Money &money)
{
    return money.toString();
}

QString centsText(std::optional<qint64> value)
{
    if (!value)
        return QStringLiteral("(invalid)");
    return QString::number(*value / 100) + QLatin1Char('.')
        + QString::number(qAbs(*value % 100)).rightJustified(2, QLatin1Char('0'));
}

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'));
}

/// `money` as cents (2 minor digits in every file of these samples).
qint64 minor(const Money &money)
{
    return money.minorUnits();
}

} // namespace

TEST_CASE("every MT940 corpus file reads without a crash", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QStringList files = corpusFiles();
    REQUIRE(files.size() >= 90);
    QStringList failed;
    for (const QString &path : files) {
        const Mt940Test::Outcome outcome = Mt940Test::readFile(path);
        INFO(path.toStdString());
        if (outcome.result.error) {
            failed.append(QFileInfo(path).fileName());
            // A clear message: the file, and what was expected.
            CHECK(outcome.errorText().startsWith(QFileInfo(path).fileName()));
            CHECK(outcome.result.error->message.size() > 10);
            continue;
        }
        for (const Statement &s : outcome.statements) {
            for (const StatementLine &l : s.lines) {
                CHECK(l.valueDate.isValid());
                CHECK(l.bookingDate.isValid());
                CHECK(l.sourceLine > 0);
            }
        }
    }
    // Only the file that holds no MT940 at all ("1" … "10") is refused.
    CHECK(failed == QStringList { QStringLiteral("invalid_statement.sta") });
}

TEST_CASE("mt940-rs samples agree with their JSON", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString base = corpusDir() + QStringLiteral("svenstaro__mt940-rs/tests/data/mt940/full/");
    // Three JSON files describe statement files kept under WoLpH's copy (byte-identical).
    const QString wolph = corpusDir() + QStringLiteral("WoLpH__mt940/mt940_tests/");
    const QHash<QString, QString> elsewhere = {
        { QStringLiteral("jejik/ing"), wolph + QStringLiteral("jejik/ing.sta") },
        { QStringLiteral("mBank/mt940"), wolph + QStringLiteral("mBank/mt940.sta") },
        { QStringLiteral("betterplace/sepa_snippet"),
          wolph + QStringLiteral("betterplace/sepa_snippet.sta") },
    };
    QDirIterator it(base, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    int compared = 0;
    while (it.hasNext()) {
        const QString json = it.next();
        const QString key = json.mid(base.size()).chopped(5);
        const QString sta = elsewhere.value(key, json.chopped(5) + QStringLiteral(".sta"));
        INFO(sta.toStdString());
        QFile file(json);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(file.readAll()).array();
        const Mt940Test::Outcome outcome = Mt940Test::readFile(sta);
        INFO(outcome.errorText().toStdString());
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.statements.size() == expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            const Statement &s = outcome.statements[i];
            INFO("statement " << i + 1);
            CHECK(s.id == e.value(QStringLiteral("transaction_ref_no")).toString());
            const auto balance = [](const QJsonValue &v) -> std::optional<qint64> {
                const QJsonObject b = v.toObject();
                const auto amount
                    = Mt940Test::centsOf(b.value(QStringLiteral("amount")).toString());
                if (!amount)
                    return std::nullopt;
                return b.value(QStringLiteral("debit_credit_indicator")).toString()
                        == QLatin1String("Debit")
                    ? -*amount
                    : *amount;
            };
            REQUIRE(s.openingBalance.has_value());
            REQUIRE(s.closingBalance.has_value());
            CHECK(centsText(minor(*s.openingBalance))
                  == centsText(balance(e.value(QStringLiteral("opening_balance")))));
            CHECK(centsText(minor(*s.closingBalance))
                  == centsText(balance(e.value(QStringLiteral("closing_balance")))));
            const QJsonArray lines = e.value(QStringLiteral("statement_lines")).toArray();
            REQUIRE(s.lines.size() == lines.size());
            for (qsizetype k = 0; k < lines.size(); ++k) {
                const QJsonObject el = lines[k].toObject();
                const StatementLine &l = s.lines[k];
                INFO("line " << k + 1 << " at file line " << l.sourceLine);
                auto amount = Mt940Test::centsOf(el.value(QStringLiteral("amount")).toString());
                REQUIRE(amount);
                if (el.value(QStringLiteral("ext_debit_credit_indicator")).toString()
                    == QLatin1String("Debit"))
                    amount = -*amount;
                CHECK(centsText(minor(l.amount)) == centsText(amount));
                const QDate value = QDate::fromString(
                    el.value(QStringLiteral("value_date")).toString(), Qt::ISODate);
                const QJsonValue entry = el.value(QStringLiteral("entry_date"));
                CHECK(l.valueDate == value);
                CHECK(l.bookingDate
                      == (entry.isString() ? QDate::fromString(entry.toString(), Qt::ISODate)
                                           : value));
                CHECK(l.bankReference == el.value(QStringLiteral("bank_ref")).toString());
                // The customer reference is the line's reference unless :86: names an EREF.
                QString customer = el.value(QStringLiteral("customer_ref")).toString();
                if (customer == QLatin1String("NONREF"))
                    customer.clear();
                const QJsonValue info = el.value(QStringLiteral("information_to_account_owner"));
                const QString infoText = info.isObject()
                    ? info.toObject().value(QStringLiteral("purpose")).toString()
                    : info.toString();
                if (!infoText.contains(QLatin1String("EREF+")))
                    CHECK(l.reference == customer);
                const QJsonValue type = el.value(QStringLiteral("transaction_type_ident_code"));
                const QString code = type.isObject()
                    ? type.toObject().value(QStringLiteral("NonStandard")).toString()
                    : type.toString();
                CHECK(l.transactionCode.mid(1) == code);
            }
            ++compared;
        }
    }
    CHECK(compared >= 40);
}

TEST_CASE("WoLpH samples agree with their YAML", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    QDirIterator it(corpusDir() + QStringLiteral("WoLpH__mt940"), { QStringLiteral("*.yml") },
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0, transactions = 0;
    while (it.hasNext()) {
        const QString yml = it.next();
        const QString sta = yml.chopped(4) + QStringLiteral(".sta");
        if (!QFile::exists(sta))
            continue;
        INFO(sta.toStdString());
        const QList<Mt940Test::YamlTransaction> expected = Mt940Test::readWolphTransactions(yml);
        const Mt940Test::Outcome outcome = Mt940Test::readFile(sta);
        if (sta.endsWith(QLatin1String("invalid_statement.sta"))) {
            CHECK(expected.isEmpty());
            CHECK(outcome.result.error.has_value());
            continue;
        }
        INFO(outcome.errorText().toStdString());
        REQUIRE(outcome.result.ok());
        const QList<StatementLine> lines = outcome.lines();
        REQUIRE(lines.size() == expected.size());
        const QStringList source = fileLines(sta);
        for (qsizetype k = 0; k < lines.size(); ++k) {
            INFO("transaction " << k + 1 << " at file line " << lines[k].sourceLine);
            // WoLpH keeps the sign of a credit for "RC" (reversal of a credit); SWIFT makes it a
            // debit, and only so do the statements balance.
            auto amount = Mt940Test::centsOf(expected[k].amount);
            static const QRegularExpression reversal(
                QStringLiteral(R"(^:61:\d{6}(\d{4})?R([CD]))"));
            const auto mark = reversal.match(source.value(lines[k].sourceLine - 1));
            if (amount && mark.hasMatch())
                amount = mark.captured(2) == QLatin1String("C") ? -qAbs(*amount) : qAbs(*amount);
            CHECK(centsText(minor(lines[k].amount)) == centsText(amount));
            CHECK(lines[k].valueDate == expected[k].date);
            if (expected[k].entryDate)
                CHECK(lines[k].bookingDate == *expected[k].entryDate);
            ++transactions;
        }
        ++files;
    }
    CHECK(files >= 45);
    CHECK(transactions >= 200);
}

TEST_CASE("tryton sample agrees with its README", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const Mt940Test::Outcome outcome
        = Mt940Test::readFile(corpusDir() + QStringLiteral("tryton__mt940/mt940/MT940.txt"));
    REQUIRE(outcome.result.ok());
    REQUIRE(outcome.statements.size() == 2);
    const Statement &s = outcome.statements.first();
    CHECK(s.id == QStringLiteral("ABN AMRO BANK NV"));
    CHECK(s.accountNumber == QStringLiteral("123456789"));
    CHECK(s.sequence == QStringLiteral("13501/1"));
    CHECK(s.periodStart == QDate(2012, 5, 11));
    CHECK(cents(*s.openingBalance) == QStringLiteral("5138.61"));
    CHECK(s.currency.code() == QStringLiteral("EUR"));
    CHECK(s.date == QDate(2012, 5, 14));
    CHECK(cents(*s.closingBalance) == QStringLiteral("5638.62"));
    CHECK(s.balanceCheck() == BalanceCheck::Ok);
    REQUIRE(s.lines.size() == 3);
    const StatementLine &l = s.lines.first();
    CHECK(l.valueDate == QDate(2012, 5, 12));
    CHECK(l.bookingDate == QDate(2012, 5, 14));
    CHECK(cents(l.amount) == QStringLiteral("500.01"));
    CHECK(l.transactionCode == QStringLiteral("N654"));
    CHECK(l.reference.isEmpty()); // NONREF
    CHECK(l.counterpartyName == QStringLiteral("QASD JGRED"));
    CHECK(l.counterpartyAccount == QStringLiteral("FR12345678901234")); // not a valid IBAN
    CHECK(l.counterpartyBic == QStringLiteral("GEFRADAM"));
    CHECK(l.description == QStringLiteral("Dit zijn de omschrijvingsregels"));
    // RC: the reversal of a credit takes money out.
    CHECK(cents(s.lines[1].amount) == QStringLiteral("-15.67"));
    CHECK(s.lines[1].transactionCode == QStringLiteral("IDXX"));
    CHECK(s.lines[1].reference == QStringLiteral("REF"));
    CHECK(s.lines[2].bankReference == QStringLiteral("REFERENCE"));
    CHECK(s.lines[2].valueDate == QDate(2017, 12, 14));

    // ":86:/SUM/…" after the closing balance is about the statement.
    CHECK(s.information.startsWith(QStringLiteral("/SUM/")));

    SECTION("a file without balances")
    {
        const Mt940Test::Outcome optional = Mt940Test::readFile(
            corpusDir() + QStringLiteral("tryton__mt940/mt940/MT940-optional.txt"));
        REQUIRE(optional.result.ok());
        REQUIRE(optional.statements.size() == 1);
        CHECK(!optional.statements.first().openingBalance);
        CHECK(optional.statements.first().balanceCheck() == BalanceCheck::Unknown);
        CHECK(optional.statements.first().lines.size() == 3);
    }
}

TEST_CASE("Romanian banks' samples agree with OCA's assertions", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString dir = corpusDir() + QStringLiteral("OCA__l10n-romania/");
    QFile file(dir + QStringLiteral("expected-from-tests.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList structured
        = { QStringLiteral("brd"), QStringLiteral("ing"), QStringLiteral("rffsn") };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject bank = it.value().toObject();
        QDirIterator files(dir, { bank.value(QStringLiteral("file")).toString() }, QDir::Files,
                           QDirIterator::Subdirectories);
        REQUIRE(files.hasNext());
        const QString path = files.next();
        INFO(path.toStdString());
        const Mt940Test::Outcome outcome = Mt940Test::readFile(path);
        REQUIRE(outcome.result.ok());
        const QList<StatementLine> lines = outcome.lines();
        REQUIRE(!lines.isEmpty());
        const QJsonObject first
            = bank.value(QStringLiteral("first_line_expected")).toArray().first().toObject();
        // The first line whose amount matches (Alpha's first statement has another first line).
        const auto amount = Mt940Test::centsOf(
            QString::number(first.value(QStringLiteral("amount")).toDouble(), 'f', 2));
        const QDate date = QDate::fromString(
            bank.value(QStringLiteral("line_date")).toArray().first().toString(), Qt::ISODate);
        const auto line = std::find_if(lines.begin(), lines.end(), [&](const StatementLine &l) {
            return l.amount.minorUnits() == amount && l.bookingDate == date;
        });
        REQUIRE(line != lines.end());
        if (structured.contains(it.key())) {
            CHECK(line->counterpartyName == first.value(QStringLiteral("partner_name")).toString());
            CHECK(line->counterpartyIban.toString()
                  == first.value(QStringLiteral("account_number")).toString());
        }
    }
}

TEST_CASE("mt940-rs special cases give an error or the right result", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QString dir
        = corpusDir() + QStringLiteral("svenstaro__mt940-rs/tests/data/mt940/special-cases/");

    SECTION("a :61: without references")
    {
        const auto outcome = Mt940Test::readFile(dir + QStringLiteral("incomplete_tag_61.sta"));
        REQUIRE(outcome.result.ok());
        REQUIRE(outcome.lines().size() == 1);
        CHECK(cents(outcome.lines().first().amount) == QStringLiteral("-233.15"));
        // Not a valid IBAN (check digits), so kept as the account as written.
        CHECK(outcome.lines().first().counterpartyIban.isNull());
        CHECK(outcome.lines().first().counterpartyAccount
              == QStringLiteral("DE99700500000000012345"));
    }
    SECTION("a timestamp wrapped so that its next line looks like a tag")
    {
        for (const char *name : { "unexpected_tag.sta", "unknown_tag.sta" }) {
            const auto outcome = Mt940Test::readFile(dir + QLatin1String(name));
            INFO(name);
            REQUIRE(outcome.result.ok());
            REQUIRE(outcome.statements.size() == 1);
            CHECK(outcome.statements.first().balanceCheck() == BalanceCheck::Ok);
            REQUIRE(outcome.lines().size() == 1);
            CHECK(cents(outcome.lines().first().amount) == QStringLiteral("-6.00"));
            CHECK(
                outcome.lines().first().description.endsWith(QLatin1String("2017-01-01T13:12:11")));
        }
    }
    SECTION("CP852 text, not UTF-8")
    {
        const auto outcome = Mt940Test::readFile(dir + QStringLiteral("invalid_utf8.sta"));
        REQUIRE(outcome.result.ok());
        const QList<StatementLine> lines = outcome.lines();
        REQUIRE(lines.size() == 7);
        CHECK(cents(lines.first().amount) == QStringLiteral("2066637.00"));
        CHECK(outcome.statements.first().accountNumber
              == QStringLiteral("UBRTHUHB/123456789150ABCDEF002"));
        CHECK(outcome.statements.first().currency.code() == QStringLiteral("HUF"));
        // "napi összevont utalvány" (daily combined transfer) decoded from CP852
        CHECK(lines.first().description.contains(QStringLiteral("összevont")));
    }
}

TEST_CASE(":NS: blocks of Sberbank Hungary and Raiffeisen Romania", "[mt940][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const Mt940Test::Outcome sberbank = Mt940Test::readFile(
        corpusDir() + QStringLiteral("WoLpH__mt940/mt940_tests/sberbank/171011_01234945.sta"));
    REQUIRE(sberbank.result.ok());
    REQUIRE(sberbank.statements.size() == 1);
    const Statement &s = sberbank.statements.first();
    CHECK(s.information == QStringLiteral("JOHN DOE John Doe")); // :NS: 22 and 23
    REQUIRE(s.lines.size() == 3);
    CHECK(s.lines[0].counterpartyName == QStringLiteral("ERGO Versicherung AG Fioktelep"));
    CHECK(s.lines[0].counterpartyAccount == QStringLiteral("0000004279070017"));
    CHECK(s.lines[0].description.contains(QStringLiteral("Illet")));
    CHECK(s.lines[1].counterpartyName == QStringLiteral("ERGO Eletbiztosito Zrt."));
    CHECK(s.balanceCheck() == BalanceCheck::Ok);

    const Mt940Test::Outcome raiffeisen = Mt940Test::readFile(
        corpusDir()
        + QStringLiteral("OCA__l10n-romania/l10n_ro_account_bank_statement_import_mt940_rffsn/"
                         "test_files/test_rffsn_940.txt"));
    REQUIRE(raiffeisen.result.ok());
    CHECK(raiffeisen.statements.first().information
          == QStringLiteral("ORDERING PARTY SA Cont curent Pachet Bronze RON"));
}
