// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplereader.h"

#include "formats/common/referenceparser.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTextStream>

using namespace Saldo;

namespace PairingTest {

namespace {

QStringList readLines(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString where(const QString &path, qsizetype line)
{
    return QStringLiteral("%1:%2").arg(path).arg(line + 1);
}

void readAccounts(const QString &path, Sample &s)
{
    const QStringList lines = readLines(path, s.error);
    for (qsizetype i = 1; i < lines.size() && s.error.isEmpty(); ++i) {
        const QStringList f = splitCsv(lines[i], QLatin1Char(','));
        const auto iban = Iban::parse(f.value(0));
        const auto currency = Currency::fromCode(f.value(2));
        if (!iban || !currency) {
            s.error = where(path, i) + QStringLiteral(": bad account");
            return;
        }
        s.accounts.append({ i, *iban, f.value(1), *currency, true, {} });
    }
}

struct InvoiceReader
{
    Sample &s;
    QHash<QString, int> counterpartyByName;

    int counterparty(const QString &name, const QString &ibans)
    {
        auto it = counterpartyByName.find(name);
        if (it == counterpartyByName.end()) {
            Counterparty cp;
            cp.id = s.counterparties.size() + 1;
            cp.name = name;
            s.counterparties.append(cp);
            it = counterpartyByName.insert(name, int(s.counterparties.size() - 1));
        }
        Counterparty &cp = s.counterparties[it.value()];
        for (const QString &text : ibans.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto iban = Iban::parse(text);
            bool known = false;
            for (const CounterpartyIban &k : std::as_const(cp.ibans))
                known = known || (iban && k.iban == *iban);
            if (iban && !known)
                cp.ibans.append({ *iban, IbanOrigin::Entered, {} });
        }
        return it.value();
    }

    bool read(const QStringList &f, Invoice &inv)
    {
        const auto kind = invoiceKindFromName(f.value(0));
        const auto currency = Currency::fromCode(f.value(7));
        if (!kind || !currency)
            return false;
        const auto total = Money::parse(f.value(8), *currency);
        const auto paid = Money::parse(f.value(9), *currency);
        if (!total || !paid)
            return false;
        inv.kind = *kind;
        inv.number = f.value(1);
        if (!f.value(2).isEmpty()) {
            const auto vs = VariableSymbol::parse(f.value(2));
            if (!vs)
                return false;
            inv.variableSymbol = *vs;
        }
        const int cp = counterparty(f.value(3), f.value(4));
        inv.counterpartyId = s.counterparties[cp].id;
        inv.counterpartyName = s.counterparties[cp].name;
        inv.issueDate = QDate::fromString(f.value(5), Qt::ISODate);
        inv.dueDate = QDate::fromString(f.value(6), Qt::ISODate);
        inv.total = *total;
        inv.paid = *paid;
        inv.posted = f.value(10) == u"1";
        return true;
    }
};

void readInvoices(const QString &path, Sample &s)
{
    const QStringList lines = readLines(path, s.error);
    InvoiceReader reader { s, {} };
    s.invoices.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size() && s.error.isEmpty(); ++i) {
        Invoice inv;
        inv.id = i;
        if (!reader.read(splitCsv(lines[i], QLatin1Char(',')), inv)) {
            s.error = where(path, i) + QStringLiteral(": bad invoice");
            return;
        }
        s.invoices.append(inv);
    }
}

bool readStatementLine(const QStringList &f, StatementLine &line)
{
    // Date;Value date;Amount;Currency;Counter IBAN;Counterparty;VS;KS;SS;Reference;Description;Bank
    // reference
    const auto currency = Currency::fromCode(f.value(3));
    if (!currency)
        return false;
    const auto amount = Money::parse(f.value(2), *currency);
    if (!amount)
        return false;
    line.bookingDate = QDate::fromString(f.value(0), QStringLiteral("dd.MM.yyyy"));
    line.valueDate = QDate::fromString(f.value(1), QStringLiteral("dd.MM.yyyy"));
    line.amount = *amount;
    if (!f.value(4).isEmpty()) {
        const auto iban = Iban::parse(f.value(4));
        if (!iban)
            return false;
        line.counterpartyIban = *iban;
    }
    line.counterpartyName = f.value(5);
    if (const auto vs = VariableSymbol::parse(f.value(6)); vs)
        line.variableSymbol = *vs;
    if (const auto ks = ConstantSymbol::parse(f.value(7)); ks)
        line.constantSymbol = *ks;
    if (const auto ss = SpecificSymbol::parse(f.value(8)); ss)
        line.specificSymbol = *ss;
    line.reference = f.value(9);
    line.description = f.value(10);
    line.bankReference = f.value(11);
    line.kind = kindOfText(line.counterpartyName, line.description);
    line.card = line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
    return true;
}

void readStatement(const QString &path, Sample &s)
{
    const QStringList lines = readLines(path, s.error);
    for (qsizetype i = 1; i < lines.size() && s.error.isEmpty(); ++i) {
        StatementLine line;
        line.sourceLine = i + 1;
        if (!readStatementLine(splitCsv(lines[i], QLatin1Char(';')), line)) {
            s.error = where(path, i) + QStringLiteral(": bad statement line");
            return;
        }
        s.lines.append(line);
    }
}

} // namespace

QStringList splitCsv(const QString &line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

LineKind kindOfText(const QString &name, const QString &description)
{
    // The readers' own rule (referenceparser.h) on what a bank CSV gives: the name and the text.
    const QString text = name + QLatin1Char(' ') + description;
    const LineKind kind = kindFromText(text);
    if (kind != LineKind::Unknown)
        return kind;
    // kindFromText() does not know every deposit text genbank writes yet ("Vklad tržby",
    // "Vklad na účet - pokladňa"): until it does, a plain "vklad" counts here.
    return text.contains(u"vklad", Qt::CaseInsensitive) ? LineKind::CashDeposit : LineKind::Unknown;
}

Sample readSample(const QString &dir)
{
    Sample s;
    readAccounts(dir + QStringLiteral("/accounts.csv"), s);
    if (s.error.isEmpty())
        readInvoices(dir + QStringLiteral("/invoices.csv"), s);
    if (s.error.isEmpty())
        readStatement(dir + QStringLiteral("/statement.csv"), s);
    return s;
}

QList<QJsonObject> readJsonLines(const QString &path, QString *error)
{
    QString e;
    const QStringList lines = readLines(path, e);
    QList<QJsonObject> objects;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    }
    if (error)
        *error = e;
    return objects;
}

} // namespace PairingTest
