// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preference.h"

#include <QByteArray>
#include <QStringList>

namespace Saldo {

/// Everything the desktop app remembers between runs that is about the workplace, not the
/// books (window layout, recent files). Settings that change what Saldo does to the books live
/// in the ledger instead. Stored with QSettings under the application's organisation and name.
struct Preferences
{
    Preference<QByteArray> mainWindowGeometry { QStringLiteral("mainWindow/geometry") };
    Preference<QByteArray> mainWindowState { QStringLiteral("mainWindow/state") };
    Preference<QByteArray> sectionSplitterState { QStringLiteral("mainWindow/splitter") };
    Preference<int> lastSection { QStringLiteral("mainWindow/section"), 0 };
    Preference<QByteArray> invoiceColumns { QStringLiteral("invoices/header") };
    Preference<QStringList> recentLedgers { QStringLiteral("ledgers/recent") };
    /// The language code of the user interface ("sk", "cs" ...); empty: the system's.
    Preference<QString> language { QStringLiteral("ui/language") };

    /// How many ledgers the File → Recent ledgers menu lists.
    static constexpr int maxRecentLedgers = 8;

    /// Puts `path` first in the recent ledgers (once), dropping the oldest past the limit.
    void addRecentLedger(const QString &path);
    /// Removes a ledger that no longer opens.
    void removeRecentLedger(const QString &path);
};

} // namespace Saldo
