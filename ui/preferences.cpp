// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QFileInfo>

namespace Saldo {

namespace {

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

void Preferences::addRecentLedger(const QString &path)
{
    const QString file = canonical(path);
    QStringList list = recentLedgers.get();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > maxRecentLedgers)
        list.removeLast();
    recentLedgers.set(list);
}

void Preferences::removeRecentLedger(const QString &path)
{
    QStringList list = recentLedgers.get();
    list.removeAll(canonical(path));
    list.removeAll(path);
    recentLedgers.set(list);
}

} // namespace Saldo
