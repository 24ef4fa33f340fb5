// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Saldo {

// What one <Ntry> says, as written, before it becomes statement lines (CamtLineBuilder decides
// the counterparty, the sign and whether the entry splits into one line per <TxDtls>).

/// A party of RltdPties with its account and (from RltdAgts) its bank.
struct CamtParty
{
    QString name; ///< Nm, Pty/Nm (.08) or Agt/FinInstnId/Nm
    QString iban; ///< Acct/Id/IBAN as written
    QString otherAccount; ///< Acct/Id/Othr/Id when there is no IBAN
    QString bic; ///< DbtrAgt / CdtrAgt FinInstnId BIC or BICFI

    bool isEmpty() const { return name.isEmpty() && iban.isEmpty() && otherAccount.isEmpty(); }
};

/// BkTxCd: the ISO domain code and/or a bank's proprietary one.
struct CamtBankCode
{
    QString domain, family, subFamily; ///< "PMNT", "RCDT", "ESCT"
    QString proprietary; ///< Prtry/Cd

    bool isEmpty() const { return domain.isEmpty() && family.isEmpty() && proprietary.isEmpty(); }
    /// "PMNT/RCDT/ESCT", else the proprietary code.
    QString text() const;
};

/// One <TxDtls>.
struct CamtTransaction
{
    qint64 sourceLine = 0;
    std::optional<Money> amount; ///< TxDtls/Amt (.04 and later), unsigned
    std::optional<Money> transactionAmount; ///< AmtDtls/TxAmt/Amt, unsigned
    std::optional<bool> credit; ///< TxDtls/CdtDbtInd
    QString endToEndId;
    QString accountServicerReference;
    CamtParty debtor, creditor;
    QString ultimateDebtor, ultimateCreditor;
    QString unstructured; ///< RmtInf/Ustrd, several joined with a space
    QString structuredReference; ///< the first RmtInf/Strd/CdtrRefInf/Ref
    QString additionalRemittance; ///< RmtInf/Strd/AddtlRmtInf, joined with a space
    QString additionalInfo; ///< AddtlTxInf
    CamtBankCode bankCode;

    /// The amount in `currency` (TxDtls/Amt first, then AmtDtls/TxAmt), signed by `credit`.
    std::optional<Money> signedAmountIn(Currency currency, bool entryCredit) const;
};

/// One <Ntry>.
struct CamtEntry
{
    qint64 sourceLine = 0;
    Money amount; ///< unsigned, as written
    bool credit = false;
    bool reversal = false;
    bool pending = false; ///< Sts PDNG (camt.052 intraday reports)
    QDate bookingDate, valueDate;
    QString accountServicerReference;
    CamtBankCode bankCode;
    QString additionalInfo; ///< AddtlNtryInf
    QList<CamtTransaction> transactions;

    Money signedAmount() const { return credit ? amount : -amount; }
};

} // namespace Saldo
