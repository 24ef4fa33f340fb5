// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/pairingsettings.h"

#include "ledger/settingsrepository.h"

namespace Saldo {

Result<PairingOptions> pairingOptionsFromSettings(Ledger &ledger)
{
    const SettingsRepository settings(ledger);
    PairingOptions options;
    const struct
    {
        const char *key;
        bool PairingOptions::*flag;
    } flags[] = {
        { "pairing.match_issued", &PairingOptions::matchIssued },
        { "pairing.match_received", &PairingOptions::matchReceived },
        { "pairing.search_unposted", &PairingOptions::searchUnposted },
        { "pairing.card_as_bank_fee", &PairingOptions::countCardAsFee },
    };
    for (const auto &entry : flags) {
        const Result<bool> value = settings.boolValue(QLatin1String(entry.key));
        if (!value)
            return Error { value.error() };
        options.*entry.flag = *value;
    }
    return options;
}

Result<PaymentDateSource> paymentDateSourceFromSettings(Ledger &ledger)
{
    const Result<QString> value
        = SettingsRepository(ledger).value(QStringLiteral("pairing.payment_date"));
    if (!value)
        return Error { value.error() };
    return *value == u"statement" ? PaymentDateSource::Statement : PaymentDateSource::Line;
}

} // namespace Saldo
