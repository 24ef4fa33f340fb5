// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mt940details.h"

#include <QList>
#include <QString>

namespace Saldo {

/// One numbered sub-field of a :NS: (non-SWIFT) block: "22JOHN DOE" = { 22, "JOHN DOE" }.
struct Mt940NonSwiftField
{
    int number = 0;
    QString text;
};

/// The sub-fields of a :NS: block, one per line starting with two digits ("15ERGO …"); a line
/// without them continues the sub-field before it. `text` holds the block's lines separated by
/// '\n'. Banks that write :NS: (German DATEV-style "STARTUMS" files, Sberbank Hungary,
/// Raiffeisen Romania) number them alike.
QList<Mt940NonSwiftField> parseMt940NonSwift(QStringView text);

/// What a :NS: block after a :61: says about the line: purpose (01–14), counterparty name
/// (15 and 16, one name cut in two), posting text (17), counterparty account (34).
Mt940Details mt940NonSwiftLineDetails(const QList<Mt940NonSwiftField> &fields);

/// What a :NS: block at the statement's start says about the statement: the account holder
/// (22) and the account's name (23), as one text.
QString mt940NonSwiftStatementInformation(const QList<Mt940NonSwiftField> &fields);

} // namespace Saldo
