// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scores pairings against genbank.py's truth.jsonl by the criteria of
// shared/tools/score_pairing.py: a row is right when type, colour, documents (as a set) and the
// allocated amount equal the truth's; it is wrongly paired when it names a document the truth
// does not.

#include "pairing/linepairing.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace PairingTest {

struct ScenarioScore
{
    int right = 0;
    int scored = 0;
};

struct TruthScore
{
    QMap<QString, ScenarioScore> perScenario;
    int right = 0;
    int scored = 0;
    int wronglyPaired = 0;
    QStringList failures; ///< the first few wrong rows, explained

    double accuracy() const { return scored ? 100.0 * right / scored : 0.0; }
    /// One line per scenario and the overall figure, like score_pairing.py prints.
    QString table() const;
};

TruthScore scoreAgainstTruth(const QList<QJsonObject> &truth,
                             const QList<Saldo::LinePairing> &pairings, int maxFailures = 10);

} // namespace PairingTest
