// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtreadhelper.h"
#include "catchqt.h"

#include <QXmlStreamReader>
#include <iostream>

using namespace Saldo;

TEST_CASE("dump", "[.dump]")
{
    const QString path = QString::fromLocal8Bit(qgetenv("DUMP"));
    const SaldoTest::CamtRead read = SaldoTest::readCamtFile(path);
    std::cout << "format " << formatName(read.result.format).data()
              << " error: " << read.errorText().toStdString() << "\n";
    for (const QString &w : read.result.warnings)
        std::cout << "warning " << w.toStdString() << "\n";
    for (const Statement &s : read.statements) {
        std::cout << "STMT id=" << s.id.toStdString()
                  << " iban=" << s.accountIban.toString().toStdString()
                  << " acct=" << s.accountNumber.toStdString()
                  << " ccy=" << s.currency.code().toStdString()
                  << " seq=" << s.sequence.toStdString()
                  << " date=" << s.date.toString(Qt::ISODate).toStdString()
                  << " period=" << s.periodStart.toString(Qt::ISODate).toStdString() << ".."
                  << s.periodEnd.toString(Qt::ISODate).toStdString() << " open="
                  << (s.openingBalance ? s.openingBalance->toString().toStdString() : "-")
                  << " close="
                  << (s.closingBalance ? s.closingBalance->toString().toStdString() : "-")
                  << " check=" << balanceCheckName(s.balanceCheck()).data()
                  << " lines=" << s.lines.size() << "\n";
        for (const StatementLine &l : s.lines) {
            std::cout << "  L" << l.sourceLine << " "
                      << l.bookingDate.toString(Qt::ISODate).toStdString() << " v"
                      << l.valueDate.toString(Qt::ISODate).toStdString() << " "
                      << l.amount.toString().toStdString() << " "
                      << l.amount.currency().code().toStdString() << " name=["
                      << l.counterpartyName.toStdString()
                      << "] iban=" << l.counterpartyIban.toString().toStdString()
                      << " acct=" << l.counterpartyAccount.toStdString()
                      << " bic=" << l.counterpartyBic.toStdString()
                      << " vs=" << l.variableSymbol.toString().toStdString()
                      << " ks=" << l.constantSymbol.toString().toStdString()
                      << " ss=" << l.specificSymbol.toString().toStdString()
                      << " rf=" << l.creditorReference.toString().toStdString()
                      << " kid=" << l.kid.toString().toStdString() << " ref=["
                      << l.reference.toStdString() << "] bref=" << l.bankReference.toStdString()
                      << " code=" << l.transactionCode.toStdString() << " kind=" << int(l.kind)
                      << " card=" << l.card << " desc=[" << l.description.toStdString() << "]\n";
        }
    }
}

#include <QElapsedTimer>
TEST_CASE("rawxml", "[.rawxml]")
{
    QFile file(QString::fromLocal8Bit(qgetenv("DUMP")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QElapsedTimer t;
    t.start();
    QXmlStreamReader r(&file);
    r.setNamespaceProcessing(qEnvironmentVariableIsSet("NSPROC"));
    qint64 n = 0;
    while (!r.atEnd()) {
        r.readNext();
        ++n;
    }
    std::cout << n << " tokens " << t.elapsed() << " ms " << r.errorString().toStdString() << "\n";
}

TEST_CASE("rawxml2", "[.rawxml2]")
{
    QFile file(QString::fromLocal8Bit(qgetenv("DUMP")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QElapsedTimer t;
    t.start();
    QXmlStreamReader r;
    qint64 n = 0;
    while (true) {
        r.readNext();
        if (r.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty())
                break;
            r.addData(chunk);
            continue;
        }
        if (r.atEnd())
            break;
        ++n;
    }
    std::cout << n << " tokens " << t.elapsed() << " ms " << r.errorString().toStdString() << "\n";
}
