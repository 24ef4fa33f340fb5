// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/auditlog.h"
#include "ledger/counterpartyrepository.h"
#include "ledger/sqlutil.h"
#include "ledgertestsupport.h"

using namespace Saldo;
using namespace LedgerTest;

namespace {

const QString kSk1 = QStringLiteral("SK2411000000002612345678");
const QString kSk2 = QStringLiteral("SK6609000000005012345678");
const QString kCz = QStringLiteral("CZ6508000000192000145399");
const QString kNo = QStringLiteral("NO9386011117947");

QStringList ibanTexts(const Counterparty &counterparty)
{
    QStringList texts;
    for (const CounterpartyIban &iban : counterparty.ibans)
        texts.append(iban.iban.toString());
    return texts;
}

} // namespace

TEST_CASE("A counterparty keeps several entered and learned IBANs", "[ledger][counterparties]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    CounterpartyRepository counterparties(*ledger);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id
        = addCounterparty(*ledger, QStringLiteral("Poľana Pekáreň s.r.o."), { kSk1, kSk2 });

    const QDateTime learnedAt(QDate(2026, 1, 20), QTime(9, 30), Qt::UTC);
    REQUIRE(counterparties.addIban(id, { iban(kCz), IbanOrigin::Learned, learnedAt }));

    const Result<std::optional<Counterparty>> stored = counterparties.byId(id);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const Counterparty &c = stored->value();
    CHECK(c.name == QStringLiteral("Poľana Pekáreň s.r.o."));
    CHECK(c.normalizedName == QStringLiteral("polana pekaren"));
    CHECK(ibanTexts(c) == QStringList { kSk1, kSk2, kCz });
    CHECK(c.ibans.at(0).origin == IbanOrigin::Entered);
    CHECK(c.ibans.at(1).origin == IbanOrigin::Entered);
    CHECK(c.ibans.at(2).origin == IbanOrigin::Learned);
    // Entered without a time: stamped when stored.
    CHECK(c.ibans.at(0).since >= before);
    CHECK(c.ibans.at(2).since == learnedAt);

    for (const QString &text : { kSk1, kSk2, kCz }) {
        const Result<std::optional<qint64>> owner = counterparties.ownerOfIban(iban(text));
        REQUIRE(owner);
        CHECK(owner->value_or(0) == id);
    }
    CHECK_FALSE(counterparties.ownerOfIban(iban(kNo))->has_value());
}

TEST_CASE("An IBAN belongs to one counterparty only", "[ledger][counterparties]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    CounterpartyRepository counterparties(*ledger);
    const qint64 first = addCounterparty(*ledger, QStringLiteral("Tatra Stav s.r.o."), { kSk1 });
    const qint64 second = addCounterparty(*ledger, QStringLiteral("Fjord Fisk AS"), { kNo });

    // The same IBAN again for its owner is not an error and adds nothing.
    REQUIRE(counterparties.addIban(first, { iban(kSk1), IbanOrigin::Learned, {} }));
    CHECK(counterparties.byId(first)->value().ibans.size() == 1);
    CHECK(counterparties.byId(first)->value().ibans.at(0).origin == IbanOrigin::Entered);

    const Status taken = counterparties.addIban(second, { iban(kSk1), IbanOrigin::Learned, {} });
    REQUIRE_FALSE(taken);
    CHECK(taken.error().contains(QStringLiteral("Tatra Stav s.r.o.")));

    Counterparty third;
    third.name = QStringLiteral("Copy Cat s.r.o.");
    third.ibans
        = { { iban(kCz), IbanOrigin::Entered, {} }, { iban(kNo), IbanOrigin::Entered, {} } };
    const Result<qint64> refused = counterparties.add(third);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("Fjord Fisk AS")));
    // Nothing of the refused counterparty was stored, not even its first, free IBAN.
    CHECK(counterparties.all()->size() == 2);
    CHECK_FALSE(counterparties.ownerOfIban(iban(kCz))->has_value());

    Counterparty unnamed;
    unnamed.name = QStringLiteral("  ");
    CHECK_FALSE(counterparties.add(unnamed));
}

TEST_CASE("Counterparties are found by exact and by normalised name", "[ledger][counterparties]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    CounterpartyRepository counterparties(*ledger);
    const qint64 polana
        = addCounterparty(*ledger, QStringLiteral("Poľana Pekáreň s.r.o."), { kSk1 });
    const qint64 fjord = addCounterparty(*ledger, QStringLiteral("Fjord Fisk AS"));
    const qint64 polanaAgain = addCounterparty(*ledger, QStringLiteral("POLANA PEKAREN SRO"));

    CHECK(counterparties.idByName(QStringLiteral("Fjord Fisk AS"))->value_or(0) == fjord);
    CHECK_FALSE(counterparties.idByName(QStringLiteral("fjord fisk as"))->has_value());

    const Result<QList<Counterparty>> similar = counterparties.byNormalizedName(u"Polana pekáreň");
    REQUIRE(similar);
    REQUIRE(similar->size() == 2);
    CHECK(similar->at(0).id == polana);
    CHECK(similar->at(1).id == polanaAgain);

    const Result<QList<Counterparty>> all = counterparties.all();
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == polana);
    CHECK(ibanTexts(all->at(0)) == QStringList { kSk1 });
    CHECK(all->at(1).ibans.isEmpty());
    CHECK_FALSE(counterparties.byId(polanaAgain + 1)->has_value());
}

TEST_CASE("Counterparties and their new IBANs are written to the audit log",
          "[ledger][counterparties][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    ledger->setUser(QStringLiteral("peter"));
    const qint64 id = addCounterparty(*ledger, QStringLiteral("Tatra Stav s.r.o."), { kSk1 });
    REQUIRE(CounterpartyRepository(*ledger).addIban(id, { iban(kSk2), IbanOrigin::Learned, {} }));

    AuditLog log(*ledger);
    const Result<QList<AuditEntry>> created = log.entriesFor(QStringLiteral("counterparty"), id);
    REQUIRE(created);
    REQUIRE(created->size() == 1);
    CHECK(created->at(0).after.value(QStringLiteral("name")).toString()
          == QStringLiteral("Tatra Stav s.r.o."));
    const Result<QList<AuditEntry>> learned
        = log.entriesFor(QStringLiteral("counterparty_iban"), id);
    REQUIRE(learned);
    REQUIRE(learned->size() == 1);
    CHECK(learned->at(0).user == QStringLiteral("peter"));
    CHECK(learned->at(0).after.value(QStringLiteral("iban")).toString() == kSk2);
    CHECK(learned->at(0).after.value(QStringLiteral("origin")).toString()
          == QStringLiteral("learned"));
}

TEST_CASE("Stored timestamps read back as Qt's ISO parser reads them", "[ledger][counterparties]")
{
    const QDateTime learnedAt(QDate(2026, 1, 20), QTime(9, 30, 5, 42), Qt::UTC);
    const QByteArray stored = SqlUtil::timestampText(learnedAt).toUtf8();
    CHECK(stored == "2026-01-20T09:30:05.042Z");
    CHECK(SqlUtil::parseTimestamp(QByteArrayView(stored)) == learnedAt);
    CHECK(SqlUtil::parseTimestamp(QByteArrayView(stored)).timeSpec() == Qt::UTC);
    // Other forms (written by hand or by an older build) go through QDateTime's own parser.
    for (const char *text : { "2026-01-20T09:30:05Z", "2026-01-20T09:30:05.042+01:00",
                              "2026-02-30T09:30:05.042Z", "2026-01-20T25:30:05.042Z", "", "x" }) {
        const QDateTime fast = SqlUtil::parseTimestamp(QByteArrayView(text));
        const QDateTime qt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        CAPTURE(text);
        CHECK(fast.isValid() == qt.isValid());
        if (qt.isValid())
            CHECK(fast == qt);
    }
}
