// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940testsupport.h"

#include "formats/mt940/mt940reader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace Saldo;

namespace Mt940Test {

QList<StatementLine> Outcome::lines() const
{
    QList<StatementLine> all;
    for (const Statement &s : statements)
        all.append(s.lines);
    return all;
}

QString Outcome::errorText() const
{
    return result.error ? result.error->toString() : QString();
}

static Outcome readDevice(QIODevice &device, const QString &name)
{
    Outcome outcome;
    ReadOptions options;
    options.fileName = name;
    outcome.result = Mt940Reader().read(device, options, [&](Statement &&s) {
        outcome.statements.append(std::move(s));
        return true;
    });
    return outcome;
}

Outcome readBytes(const QByteArray &bytes, const QString &name)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, name);
}

Outcome readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Outcome outcome;
        outcome.result.error = ReadError { path, 0, -1, {}, file.errorString() };
        return outcome;
    }
    return readDevice(file, QFileInfo(path).fileName());
}

static QString kindName(LineKind kind)
{
    switch (kind) {
    case LineKind::Unknown:
        return QStringLiteral("-");
    case LineKind::Card:
        return QStringLiteral("card");
    case LineKind::CashWithdrawal:
        return QStringLiteral("atm");
    case LineKind::CashDeposit:
        return QStringLiteral("deposit");
    case LineKind::Fee:
        return QStringLiteral("fee");
    case LineKind::Interest:
        return QStringLiteral("interest");
    }
    return {};
}

QString describe(const Statement &s)
{
    QString text
        = QStringLiteral(
              "statement id=%1 iban=%2 number=%3 cur=%4 seq=%5 date=%6 open=%7 close=%8 check=%9\n")
              .arg(s.id, s.accountIban.toString(), s.accountNumber, s.currency.code(), s.sequence,
                   s.date.toString(Qt::ISODate),
                   s.openingBalance ? s.openingBalance->toString() : QStringLiteral("-"),
                   s.closingBalance ? s.closingBalance->toString() : QStringLiteral("-"),
                   QString(balanceCheckName(s.balanceCheck())));
    for (const StatementLine &l : s.lines) {
        text += QStringLiteral("  @%1 %2/%3 %4 code=%5 kind=%6 name=[%7] iban=%8 acct=[%9]")
                    .arg(l.sourceLine)
                    .arg(l.bookingDate.toString(Qt::ISODate), l.valueDate.toString(Qt::ISODate),
                         l.amount.toString(), l.transactionCode, kindName(l.kind),
                         l.counterpartyName, l.counterpartyIban.toString(), l.counterpartyAccount);
        text
            += QStringLiteral(
                   " bic=%1 vs=%2 ks=%3 ss=%4 rf=%5 ref=[%6] bankref=[%7]\n      desc=[%8]\n")
                   .arg(l.counterpartyBic, l.variableSymbol.toString(), l.constantSymbol.toString(),
                        l.specificSymbol.toString(), l.creditorReference.toString(), l.reference,
                        l.bankReference, l.description);
    }
    return text;
}

} // namespace Mt940Test
