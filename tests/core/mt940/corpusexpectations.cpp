// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusexpectations.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>

namespace Mt940Test {

namespace {

QDate dateFromBase64(const QByteArray &base64)
{
    const QByteArray bytes = QByteArray::fromBase64(base64.trimmed());
    if (bytes.size() != 4)
        return {};
    const int year = (uchar(bytes[0]) << 8) | uchar(bytes[1]);
    return QDate(year, uchar(bytes[2]), uchar(bytes[3]));
}

int indentOf(const QByteArray &line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == ' ')
        ++indent;
    return indent;
}

} // namespace

QList<YamlTransaction> readWolphTransactions(const QString &path)
{
    QList<YamlTransaction> transactions;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return transactions;
    const QList<QByteArray> lines = file.readAll().split('\n');
    // "amount: !!python/object/apply:decimal.Decimal ['-25.03']", or the list on the next line:
    // "- '-25.03'".
    static const QRegularExpression decimal(
        QStringLiteral(R"((?:decimal\.Decimal \[|^- )'([-0-9.E+]+)')"));
    static const QRegularExpression base64(QStringLiteral(R"(^[A-Za-z0-9+/]+=*$)"));
    bool inTransactions = false;
    QByteArray key; // the key at indent 4 of the current transaction's data
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const int indent = indentOf(raw);
        if (indent == 0 && !line.isEmpty()) {
            if (line == "transactions:") {
                inTransactions = true;
                continue;
            }
            if (inTransactions && line.startsWith("- !!python/object:mt940.models.Transaction")) {
                transactions.append(YamlTransaction());
                key.clear();
                continue;
            }
            if (!line.startsWith('-'))
                inTransactions = false;
        }
        if (!inTransactions || transactions.isEmpty())
            continue;
        if (indent == 4 && line.contains(':')) {
            key = line.left(line.indexOf(':'));
            const QByteArray rest = line.mid(line.indexOf(':') + 1).trimmed();
            if (key == "entry_date" && rest != "null")
                transactions.last().entryDate = QDate();
            continue;
        }
        YamlTransaction &t = transactions.last();
        if (key == "amount" && indent >= 6) {
            const auto match = decimal.match(QString::fromLatin1(line));
            if (match.hasMatch())
                t.amount = match.captured(1);
        } else if ((key == "date" || key == "entry_date") && indent >= 4
                   && base64.match(QString::fromLatin1(line)).hasMatch()) {
            if (key == "date")
                t.date = dateFromBase64(line);
            else
                t.entryDate = dateFromBase64(line);
        }
    }
    return transactions;
}

std::optional<qint64> centsOf(const QString &decimal)
{
    QString text = decimal.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > 2)
        return std::nullopt;
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    bool okWhole = true, okFraction = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&okWhole);
    const qint64 cents = fraction.toLongLong(&okFraction);
    if (!okWhole || !okFraction)
        return std::nullopt;
    const qint64 value = units * 100 + cents;
    return negative ? -value : value;
}

} // namespace Mt940Test
