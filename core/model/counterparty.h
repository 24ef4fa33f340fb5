// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/iban.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Saldo {

/// How the ledger came to know a counterparty's IBAN: typed in (or imported with invoices), or
/// learned when the bookkeeper associated a statement row with the counterparty by hand.
enum class IbanOrigin { Entered, Learned };

struct CounterpartyIban
{
    Iban iban;
    IbanOrigin origin = IbanOrigin::Entered;
    QDateTime since; ///< when it was entered or learned
};

struct Counterparty
{
    qint64 id = 0;
    QString name;
    /// The name as lookups compare it (case, diacritics, punctuation and a trailing legal form
    /// do not matter); kept by the ledger, see normalizeName() in pairing/namenormalizer.h.
    QString normalizedName;
    QString companyId; ///< IČO / EIK / org.nr., empty when unknown
    QList<CounterpartyIban> ibans;
};

} // namespace Saldo
