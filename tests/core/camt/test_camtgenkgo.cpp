// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// genkgo/camt's test files (../shared/corpus/camt/genkgo__camt) against the JSON dumps of its
// PHP objects beside them.
//
// What the dumps allow: the dumper writes each object class once and "__RECURSIVITY__" for
// later ones, so only ONE entry is written in full (Message.getEntries[0], with its statement
// in getRecord) and the statement count is the length of Message.getRecords. Compared:
//  - statement count; the full entry's statement (found by its Id): id, account, the first
//    "opening" and "closing" balance (genkgo's names for OPBD/PRCD and CLBD), line count;
//  - the entry: amount in minor units with currency, credit/debit sign, booking date (date
//    part; genkgo prints DtTm in UTC, which is the same day in all these files);
//  - when the entry has ONE TxDtls (with several, Saldo keeps the entry as one line when the
//    TxDtls amounts do not add up to it, and the dump shows only the first TxDtls anyway):
//    end-to-end id, unstructured remittance text, counterparty name (the creditor of a
//    debit, the debtor of a credit, the ultimate party when there is no direct one).
// Skipped: camt053.v2.wrong.xml has no JSON (a negative case, tested in test_camtcorpus).
#include "camtreadhelper.h"
#include "catchqt.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Saldo;

namespace {

QJsonValue at(QJsonValue value, std::initializer_list<const char *> path)
{
    for (const char *key : path) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(QLatin1StringView(key));
    }
    return value;
}

QString datePart(const QJsonValue &dateObject)
{
    return at(dateObject, { "0" }).toString().left(10);
}

/// The name genkgo shows for the counterparty of a line with `credit` direction.
QString expectedCounterparty(const QJsonArray &parties, bool credit)
{
    const QLatin1StringView direct(credit ? "\\Debtor" : "\\Creditor");
    const QLatin1StringView ultimate(credit ? "\\UltimateDebtor" : "\\UltimateCreditor");
    QString fallback;
    for (const QJsonValue &party : parties) {
        const QJsonValue type = at(party, { "getRelatedPartyType" });
        const QString typeClass = at(type, { "__CLASS__" }).toString();
        const QString name = at(type, { "getName" }).toString();
        if (typeClass.endsWith(direct) && !name.isEmpty())
            return name;
        if (typeClass.endsWith(ultimate))
            fallback = name;
    }
    return fallback;
}

void compareBalance(const QJsonArray &balances, const char *type,
                    const std::optional<Money> &balance)
{
    for (const QJsonValue &value : balances) {
        if (at(value, { "getType" }).toString() != QLatin1StringView(type))
            continue;
        INFO(type << " balance");
        REQUIRE(balance.has_value());
        CHECK(QString::number(balance->minorUnits())
              == at(value, { "getAmount", "getAmount" }).toString());
        CHECK(balance->currency().code()
              == at(value, { "getAmount", "getCurrency", "getCode" }).toString());
        return;
    }
}

void compareEntry(const QJsonValue &entry, const StatementLine &line)
{
    CHECK(QString::number(line.amount.minorUnits())
          == at(entry, { "getAmount", "getAmount" }).toString());
    CHECK(line.amount.currency().code()
          == at(entry, { "getAmount", "getCurrency", "getCode" }).toString());
    const bool credit = at(entry, { "getCreditDebitIndicator" }).toString() == u"CRDT";
    CHECK((credit ? !line.amount.isNegative() : !line.amount.isPositive()));
    CHECK(line.bookingDate.toString(Qt::ISODate) == datePart(at(entry, { "getBookingDate" })));

    if (at(entry, { "getTransactionDetails" }).toArray().size() != 1)
        return;
    const QJsonValue detail = at(entry, { "getTransactionDetail" });
    const QString endToEnd = at(detail, { "getReference", "getEndToEndId" }).toString();
    if (!endToEnd.isEmpty() && endToEnd != u"NOTPROVIDED")
        CHECK(line.reference == endToEnd);
    const QString text
        = at(detail, { "getRemittanceInformation", "getUnstructuredBlock", "getMessage" })
              .toString();
    if (!text.isEmpty())
        CHECK(line.description.contains(text.simplified()));
    const QString name
        = expectedCounterparty(at(detail, { "getRelatedParties" }).toArray(), credit);
    if (!name.isEmpty())
        CHECK(line.counterpartyName == name);
}

} // namespace

TEST_CASE("camt: genkgo files agree with genkgo's JSON dumps", "[camt][corpus]")
{
    SALDO_REQUIRE_SHARED();
    const QDir dir(SaldoTest::sharedDir() + QStringLiteral("/corpus/camt/genkgo__camt/test/data"));
    const QStringList jsons = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    REQUIRE(jsons.size() == 25);
    int entriesCompared = 0;
    for (const QString &jsonName : jsons) {
        QString xmlName = jsonName;
        xmlName.replace(QStringLiteral(".json"), QStringLiteral(".xml"));
        INFO(xmlName.toStdString());
        QFile jsonFile(dir.filePath(jsonName));
        REQUIRE(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject message = QJsonDocument::fromJson(jsonFile.readAll()).object();

        const SaldoTest::CamtRead read = SaldoTest::readCamtFile(dir.filePath(xmlName));
        INFO(read.errorText().toStdString());
        REQUIRE(read.result.ok());
        CHECK(read.statements.size() == message.value(u"getRecords").toArray().size());
        const QString expectedFormat = xmlName.left(7); // "camt052", "camt053", "camt054"
        if (expectedFormat != u"camt53.")
            CHECK(formatName(read.result.format) == expectedFormat);

        const QJsonArray entries = message.value(u"getEntries").toArray();
        if (entries.isEmpty()) {
            CHECK(read.lines().isEmpty());
            continue;
        }
        const QJsonValue entry = entries.first();
        const QJsonValue record = at(entry, { "getRecord" });
        const QString id = at(record, { "getId" }).toString();
        const auto statement
            = std::find_if(read.statements.begin(), read.statements.end(),
                           [&](const Statement &candidate) { return candidate.id == id; });
        REQUIRE(statement != read.statements.end());
        const QString account = at(record, { "getAccount", "getIdentification" }).toString();
        CHECK(
            (statement->accountIban.toString() == account || statement->accountNumber == account));
        const QJsonArray balances = at(record, { "getBalances" }).toArray();
        compareBalance(balances, "opening", statement->openingBalance);
        compareBalance(balances, "closing", statement->closingBalance);
        CHECK(statement->lines.size() == at(record, { "getEntries" }).toArray().size());
        REQUIRE(!statement->lines.isEmpty());
        compareEntry(entry, statement->lines.first());
        ++entriesCompared;
    }
    CHECK(entriesCompared == 24);
}
