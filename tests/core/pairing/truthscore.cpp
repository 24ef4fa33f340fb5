// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "truthscore.h"

#include <QJsonArray>
#include <QSet>

using namespace Saldo;

namespace PairingTest {

namespace {

qint64 cents(const QString &text)
{
    QString s = text.trimmed();
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative || s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = (dot < 0 ? QString() : s.mid(dot + 1)) + QStringLiteral("00");
    const qint64 v = whole.toLongLong() * 100 + frac.left(2).toLongLong();
    return negative ? -v : v;
}

QString why(const QJsonObject &t, const LinePairing &p, const QSet<QString> &got,
            const QSet<QString> &want)
{
    QStringList parts;
    if (documentTypeName(p.type) != t.value(u"type").toString())
        parts.append(QStringLiteral("type %1, want %2")
                         .arg(documentTypeName(p.type), t.value(u"type").toString()));
    if (rowColourName(p.colour) != t.value(u"colour").toString())
        parts.append(QStringLiteral("colour %1, want %2")
                         .arg(rowColourName(p.colour), t.value(u"colour").toString()));
    if (got != want)
        parts.append(
            QStringLiteral("documents [%1], want [%2]")
                .arg(QStringList(got.values()).join(u','), QStringList(want.values()).join(u',')));
    if (p.allocated.minorUnits() != cents(t.value(u"allocated").toString()))
        parts.append(QStringLiteral("allocated %1, want %2")
                         .arg(p.allocated.toString(), t.value(u"allocated").toString()));
    return parts.join(QStringLiteral("; "));
}

} // namespace

TruthScore scoreAgainstTruth(const QList<QJsonObject> &truth, const QList<LinePairing> &pairings,
                             int maxFailures)
{
    TruthScore score;
    for (qsizetype i = 0; i < truth.size(); ++i) {
        const QJsonObject &t = truth[i];
        ScenarioScore &s = score.perScenario[t.value(u"scenario").toString()];
        ++s.scored;
        ++score.scored;
        if (i >= pairings.size()) {
            score.failures.append(QStringLiteral("line %1: no row").arg(i + 1));
            continue;
        }
        const LinePairing &p = pairings[i];
        QSet<QString> want;
        for (const QJsonValue &d : t.value(u"documents").toArray())
            want.insert(d.toString());
        const QStringList docs = p.documents();
        const QSet<QString> got(docs.begin(), docs.end());
        const QString reason = why(t, p, got, want);
        if (!(got - want).isEmpty())
            ++score.wronglyPaired;
        if (reason.isEmpty()) {
            ++s.right;
            ++score.right;
        } else if (score.failures.size() < maxFailures) {
            score.failures.append(
                QStringLiteral("line %1 (%2): %3 [rule %4; %5]")
                    .arg(i + 1)
                    .arg(t.value(u"scenario").toString(), reason, p.rule, p.evidenceText()));
        }
    }
    return score;
}

QString TruthScore::table() const
{
    QString text;
    for (auto it = perScenario.cbegin(); it != perScenario.cend(); ++it) {
        const ScenarioScore &s = it.value();
        text += QStringLiteral("%1 %2 / %3 %4 %\n")
                    .arg(it.key(), -18)
                    .arg(s.right, 6)
                    .arg(s.scored, -6)
                    .arg(s.scored ? 100.0 * s.right / s.scored : 100.0, 7, 'f', 2);
    }
    text += QStringLiteral("accuracy %1 % (%2 of %3 rows right), wrongly paired rows %4\n")
                .arg(accuracy(), 0, 'f', 2)
                .arg(right)
                .arg(scored)
                .arg(wronglyPaired);
    return text;
}

} // namespace PairingTest
