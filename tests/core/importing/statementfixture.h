// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tiny ledger and MT940 statements written by hand, shared by the importing tests (core and
// CLI): the account, two customers and their invoices, and statements built line by line.

#include <QFile>
#include <QString>
#include <QStringList>

namespace ImportFixture {

inline const QString kAccount = QStringLiteral("SK1711000000003529923124");
inline const QString kSavings = QStringLiteral("SK0409000000002719248655");
inline const QString kAlfaIban = QStringLiteral("SK9831000009408386463521");
inline const QString kStrangerIban = QStringLiteral("SK2965000000002972808302");

/// invoices import CSV: FV1 (Alfa, 150.00, VS 2026000001), FV2 (Beta, 200.00, VS 2026000002),
/// FV3 (Alfa, 80.00, VS 2026000003).
inline QString invoicesCsv()
{
    return QStringLiteral(
        "kind,number,variable_symbol,counterparty,counterparty_iban,issue_date,due_date,"
        "currency,total,paid,posted\n"
        "issued,FV1,2026000001,Alfa "
        "s.r.o.,SK9831000009408386463521,2026-01-01,2026-01-15,EUR,150.00,0.00,1\n"
        "issued,FV2,2026000002,Beta a.s.,,2026-01-01,2026-01-15,EUR,200.00,0.00,1\n"
        "issued,FV3,2026000003,Alfa "
        "s.r.o.,SK9831000009408386463521,2026-01-02,2026-01-16,EUR,80.00,0.00,1\n");
}

struct Line
{
    QString amount; ///< signed, "150,00" or "-5,00"
    QString iban; ///< counter IBAN, may be empty
    QString name;
    QString vs;
    QString text;
    QString code = QStringLiteral("NTRF"); ///< "NMSC" with a card text makes a card line
};

/// The three lines of the basic statement: Alfa pays FV1 (green), a stranger pays 200.00
/// without a reference (red), the bank's fee (green).
inline QList<Line> basicLines()
{
    return {
        { QStringLiteral("150,00"), kAlfaIban, QStringLiteral("ALFA S.R.O."),
          QStringLiteral("2026000001"), QStringLiteral("Platba") },
        { QStringLiteral("200,00"), kStrangerIban, QStringLiteral("Jan Novak"), QString(),
          QStringLiteral("Splatka") },
        { QStringLiteral("-5,00"), QString(), QString(), QString(),
          QStringLiteral("Poplatok za vypis"), QStringLiteral("NCHG") },
    };
}

/// A card purchase (dropped by --ignore-pos).
inline Line cardLine()
{
    return { QStringLiteral("-30,60"),
             QString(),
             QString(),
             QString(),
             QStringLiteral("Platba kartou POS 2328 DM DROGERIE"),
             QStringLiteral("NMSC") };
}

inline QString cents(const QString &amount)
{
    return amount.startsWith(QLatin1Char('-')) ? amount.mid(1) : amount;
}

/// One MT940 message: statement `id`, sequence `sequence` (e.g. "00001/001"), balances as
/// "1000,00", booking date 2026-01-05.
inline QString mt940(const QString &id, const QString &sequence, const QString &opening,
                     const QString &closing, const QList<Line> &lines)
{
    QString text = QStringLiteral(":20:%1\n:25:%2\n:28C:%3\n:60F:C260104EUR%4\n")
                       .arg(id, kAccount, sequence, opening);
    int n = 0;
    for (const Line &line : lines) {
        ++n;
        const bool debit = line.amount.startsWith(QLatin1Char('-'));
        text += QStringLiteral(":61:2601050105%1%2%3NONREF//%4\n")
                    .arg(debit ? QStringLiteral("D") : QStringLiteral("C"), cents(line.amount),
                         line.code, QStringLiteral("26010500%1").arg(n, 5, 10, QLatin1Char('0')));
        if (line.iban.isEmpty()) {
            text += QStringLiteral(":86:%1\n").arg(line.text);
            continue;
        }
        const QString eref
            = line.vs.isEmpty() ? QString() : QStringLiteral("?20EREF+/VS%1/SS/KS").arg(line.vs);
        text += QStringLiteral(":86:166?00Prijata platba SEPA%1?21SVWZ+%2?30LUBASKBX?31%3?32%4\n")
                    .arg(eref, line.text, line.iban, line.name);
    }
    text += QStringLiteral(":62F:C260105EUR%1\n-\n").arg(closing);
    return text;
}

inline bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

} // namespace ImportFixture
