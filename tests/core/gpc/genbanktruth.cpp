// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "genbanktruth.h"

#include "catchqt.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace GenbankTruth {

QList<Line> read(const QString &dir)
{
    QFile file(dir + QStringLiteral("/truth.jsonl"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Line> lines;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(text).object();
        Line line;
        line.date = o.value(QLatin1StringView("date")).toString();
        line.amount = o.value(QLatin1StringView("amount")).toString();
        line.counterIban = o.value(QLatin1StringView("counter_iban")).toString();
        line.counterpartyInStatement
            = o.value(QLatin1StringView("counterparty_in_statement")).toString();
        line.vs = o.value(QLatin1StringView("vs")).toString();
        line.reference = o.value(QLatin1StringView("reference")).toString();
        line.scenario = o.value(QLatin1StringView("scenario")).toString();
        line.gpcExact = o.value(QLatin1StringView("gpc_exact")).toBool(true);
        lines.append(line);
    }
    return lines;
}

QString generate(const QString &name, const QStringList &arguments)
{
    const QString out = SaldoTest::tempDir() + QLatin1Char('/') + name;
    if (QFile::exists(out + QStringLiteral("/truth.jsonl")))
        return out;
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList { SaldoTest::sharedDir() + QStringLiteral("/tools/genbank.py") }
                     + arguments
                     + QStringList { QStringLiteral("--out"), out, QStringLiteral("--quiet") });
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        return {};
    return out;
}

} // namespace GenbankTruth
