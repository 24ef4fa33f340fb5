// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/currency.h"
#include "money/iban.h"
#include "money/money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <algorithm>
#include <optional>

// The single-line MT940 fields, parsed byte by byte (they are ASCII by the standard). Every
// parser returns an error message saying what was expected and what was found, or nothing.
namespace Saldo::Mt940 {

/// Slices of a byte view that clamp to its bounds like QByteArray::mid() (Qt 6.4's
/// QByteArrayView has only the asserting sliced()).
inline QByteArrayView mid(QByteArrayView view, qsizetype pos, qsizetype length = -1)
{
    if (pos >= view.size())
        return QByteArrayView(view.data() + view.size(), qsizetype(0));
    pos = std::max<qsizetype>(pos, 0);
    const qsizetype available = view.size() - pos;
    return view.sliced(pos, length < 0 || length > available ? available : length);
}
inline QByteArrayView left(QByteArrayView view, qsizetype length)
{
    return mid(view, 0, length);
}

/// Appends `bytes` to `buffer` (which must not hold them): QByteArray::append() goes through
/// insert(), which costs several times more, and this runs for every line of a file.
inline void appendBytes(QByteArray &buffer, QByteArrayView bytes)
{
    const qsizetype used = buffer.size();
    buffer.resize(used + bytes.size());
    std::copy(bytes.begin(), bytes.end(), buffer.data() + used);
}

/// An amount as written ("1234,5" = 12345 with 1 decimal), kept until the currency (and so the
/// number of minor digits) is known: a :61: may come before the balance that names it.
struct DecimalAmount
{
    quint64 digits = 0;
    int decimals = 0;
    bool negative = false;

    /// In minor units of `currency` (2 digits when it is invalid). Fails on more significant
    /// decimals than the currency has, or on overflow.
    std::optional<Money> toMoney(Currency currency) const;
};

struct Balance
{
    QDate date;
    QByteArrayView currency; ///< three letters, or empty when the bank left it out
    DecimalAmount amount;
};

/// The subfields of a :61: statement line.
struct Entry
{
    QDate valueDate;
    QDate entryDate; ///< invalid when the line has none
    DecimalAmount amount; ///< signed by the debit/credit mark (reversals included)
    QByteArrayView transactionType; ///< "NTRF", or empty
    QByteArrayView customerReference; ///< "NONREF" as written
    QByteArrayView bankReference;
    QByteArrayView supplementaryDetails; ///< the lines after the first, joined by '\n'
};

/// The account of a :25: field.
struct Account
{
    Iban iban;
    QString number; ///< as written (without a currency suffix) when it is not an IBAN
    QString currency; ///< a currency code written after the account, or empty
};

/// YYMMDD at the start of `text` (years from 80 are 19xx; a day past the month's end, as in
/// "February 30", is taken as the month's last day).
std::optional<QDate> parseDate(QByteArrayView text);

/// :60F:/:62F:/:64:/:65: "C260104EUR89350,00".
std::optional<QString> parseBalance(QByteArrayView text, Balance &balance);
/// The dates of the last :61: read: the entries of a statement mostly share their dates, and
/// a calendar conversion costs more than the rest of the line.
struct EntryDates
{
    char valueText[6] {}; ///< YYMMDD of `value`
    QDate value;
    char entryText[4] {}; ///< MMDD of `entry`, which was read with `value` as its value date
    QDate entry;
};

/// :61:; `text` holds the field's lines separated by '\n'. `dates`, when given, holds the last
/// entry's dates on the way in and this one's on the way out.
std::optional<QString> parseEntry(QByteArrayView text, Entry &entry, EntryDates *dates = nullptr);
/// :25: as IBAN, IBAN + currency, "BIC/account", "BLZ/account", "/IBAN", "account/CUR".
Account parseAccount(QStringView text);
/// A Czech or Slovak local account "[prefix-]number/bank" as an IBAN, or a null Iban.
Iban czSkAccountIban(QStringView text);
/// A cheap test before Iban::parse: two letters, two digits, then 11 to 30 letters/digits.
bool looksLikeIban(QStringView text);
/// 8 or 11 characters, six letters first: a SWIFT BIC.
bool looksLikeBic(QStringView text);

} // namespace Saldo::Mt940
