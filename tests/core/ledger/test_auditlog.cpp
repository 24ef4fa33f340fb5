// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "ledger/auditlog.h"
#include "ledger/transactionguard.h"
#include "ledgertestsupport.h"

using namespace Saldo;
using namespace LedgerTest;

TEST_CASE("Audit entries keep who, when, what and the values before and after", "[ledger][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    AuditLog log(*ledger);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    ledger->setUser(QStringLiteral("ondřej"));
    REQUIRE(log.record(QStringLiteral("invoice"), 7, QStringLiteral("payment"),
                       { { QStringLiteral("paid"), QStringLiteral("0.00") } },
                       { { QStringLiteral("paid"), QStringLiteral("12.50") } }));
    ledger->setUser(QStringLiteral("ivan"));
    REQUIRE(log.record(QStringLiteral("invoice"), 8, QStringLiteral("delete"),
                       { { QStringLiteral("number"), QStringLiteral("FV8") } }, {}));
    REQUIRE(log.record(QStringLiteral("setting"), 0, QStringLiteral("update"), {},
                       { { QStringLiteral("k"), QStringLiteral("v") } }));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    const Result<QList<AuditEntry>> seven = log.entriesFor(QStringLiteral("invoice"), 7);
    REQUIRE(seven);
    REQUIRE(seven->size() == 1);
    const AuditEntry &entry = seven->at(0);
    CHECK(entry.id > 0);
    CHECK(entry.user == QStringLiteral("ondřej"));
    CHECK(entry.entity == QStringLiteral("invoice"));
    CHECK(entry.entityId == 7);
    CHECK(entry.action == QStringLiteral("payment"));
    CHECK(entry.at.timeSpec() == Qt::UTC);
    CHECK(entry.at >= before);
    CHECK(entry.at <= after);
    CHECK(entry.before.value(QStringLiteral("paid")).toString() == QStringLiteral("0.00"));
    CHECK(entry.after.value(QStringLiteral("paid")).toString() == QStringLiteral("12.50"));

    const AuditEntry deletion = log.entriesFor(QStringLiteral("invoice"), 8)->constFirst();
    CHECK(deletion.user == QStringLiteral("ivan"));
    CHECK(deletion.after.isEmpty());
    // An empty side is stored as NULL, not as "{}".
    CHECK(scalar(*ledger, QStringLiteral("SELECT after IS NULL FROM audit_log WHERE entity_id = 8"))
              .toInt()
          == 1);
    CHECK(scalar(*ledger,
                 QStringLiteral("SELECT entity_id IS NULL FROM audit_log WHERE entity = 'setting'"))
              .toInt()
          == 1);

    const Result<QList<AuditEntry>> latest = log.latest(2);
    REQUIRE(latest);
    REQUIRE(latest->size() == 2);
    CHECK(latest->at(0).entityId == 8);
    CHECK(latest->at(1).entity == QStringLiteral("setting"));
    CHECK(log.latest(100)->size() == 3);
}

TEST_CASE("An audit entry disappears with the change it describes", "[ledger][audit]")
{
    const std::unique_ptr<Ledger> ledger = freshLedger();
    {
        TransactionGuard guard(*ledger);
        REQUIRE(guard.status());
        REQUIRE(AuditLog(*ledger).record(QStringLiteral("invoice"), 1, QStringLiteral("create"), {},
                                         { { QStringLiteral("n"), 1 } }));
    }
    CHECK(AuditLog(*ledger).latest(10)->isEmpty());
}
