// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/currency.h"
#include "money/iban.h"

#include <QDate>
#include <QString>

namespace Saldo {

/// One of the firm's own bank accounts.
struct OwnAccount
{
    qint64 id = 0;
    Iban iban;
    QString name;
    Currency currency;
    /// On the "allowed accounts" list (used when the setting "work only with listed accounts"
    /// is on).
    bool allowed = true;
    /// Open-banking link activation date; from it on, movements come only through the link.
    QDate linkActivationDate;
};

} // namespace Saldo
