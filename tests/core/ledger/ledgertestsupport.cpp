// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgertestsupport.h"

#include "catchqt.h"
#include "ledger/counterpartyrepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace Saldo;

namespace LedgerTest {

QString freshLedgerPath()
{
    static int counter = 0;
    return QDir(SaldoTest::tempDir()).filePath(QStringLiteral("ledger-%1.saldo").arg(++counter));
}

std::unique_ptr<Ledger> freshLedger()
{
    Result<std::unique_ptr<Ledger>> opened
        = Ledger::open(freshLedgerPath(), Ledger::OpenMode::CreateOrUpgrade);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    return std::move(opened).value();
}

Iban iban(const QString &text)
{
    const Result<Iban> parsed = Iban::parse(text);
    INFO(text.toStdString() << ": " << parsed.error().toStdString());
    REQUIRE(parsed);
    return *parsed;
}

Money money(const QString &text, const QString &currency)
{
    const Result<Currency> code = Currency::fromCode(currency);
    REQUIRE(code);
    const Result<Money> parsed = Money::parse(text, *code);
    INFO(text.toStdString() << ": " << parsed.error().toStdString());
    REQUIRE(parsed);
    return *parsed;
}

VariableSymbol variableSymbol(const QString &text)
{
    const Result<VariableSymbol> parsed = VariableSymbol::parse(text);
    INFO(text.toStdString() << ": " << parsed.error().toStdString());
    REQUIRE(parsed);
    return *parsed;
}

qint64 addCounterparty(Ledger &ledger, const QString &name, const QStringList &ibans)
{
    Counterparty counterparty;
    counterparty.name = name;
    for (const QString &text : ibans)
        counterparty.ibans.append({ iban(text), IbanOrigin::Entered, {} });
    const Result<qint64> id = CounterpartyRepository(ledger).add(counterparty);
    INFO(id.error().toStdString());
    REQUIRE(id);
    return *id;
}

Invoice invoice(qint64 counterpartyId, const QString &number, const QString &total,
                const QString &paid)
{
    Invoice result;
    result.kind = InvoiceKind::Issued;
    result.number = number;
    result.counterpartyId = counterpartyId;
    result.issueDate = QDate(2026, 1, 2);
    result.dueDate = QDate(2026, 1, 16);
    result.total = money(total);
    result.paid = money(paid);
    return result;
}

QVariant scalar(const Ledger &ledger, const QString &sql)
{
    QSqlQuery query(ledger.database());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace LedgerTest
