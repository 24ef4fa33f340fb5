// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/camt/camtentry.h"
#include "formats/common/statement.h"

#include <QList>

namespace Saldo {

/// Turns one camt entry into statement lines.
///
/// An entry with several <TxDtls> (a batch) becomes one line per TxDtls carrying that
/// TxDtls's amount, but only when every TxDtls has an amount in the entry's currency and they
/// add up to the entry's amount: otherwise splitting would change the statement's total, so
/// the entry stays one line with its own amount, the texts of all TxDtls, and the
/// counterparty and reference only where all TxDtls agree on them.
///
/// The sign follows CdtDbtInd (ISO 20022: for a reversal the indicator already gives the
/// direction of the reversing booking, so RvslInd does not flip it). The counterparty is the
/// creditor of a debit and the debtor of a credit; the ultimate party names it when the
/// direct one has no name.
class CamtLineBuilder
{
public:
    /// `norwegianAccount`: numeric structured references are read as KIDs.
    explicit CamtLineBuilder(bool norwegianAccount)
        : m_norwegian(norwegianAccount)
    { }

    void build(const CamtEntry &entry, QList<StatementLine> &out) const;

private:
    bool splitsIntoTransactions(const CamtEntry &entry) const;
    StatementLine entryLine(const CamtEntry &entry) const;
    void applyTransaction(const CamtTransaction &transaction, bool credit,
                          StatementLine &line) const;
    /// Code, kind, card flag, text fallbacks and the references found in texts.
    void finish(const CamtEntry &entry, const CamtBankCode &code, StatementLine &line) const;

    bool m_norwegian = false;
};

/// The details all of several TxDtls share: the first one's, with the counterparty and
/// references dropped where another TxDtls differs, and all remittance texts joined.
CamtTransaction commonTransaction(const QList<CamtTransaction> &transactions);

/// Card, cash, fee or interest by the ISO bank transaction code; Unknown when the code does not
/// tell. Sets `card` for PMNT/CCRD/... codes.
LineKind kindFromBankCode(const CamtBankCode &code, bool &card);

} // namespace Saldo
