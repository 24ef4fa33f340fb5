// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/textdecoder.h"
#include "money/money.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

namespace Saldo {

/// How an OFX file's text is encoded. OFX 1.x names Windows code pages by number
/// ("CHARSET:1252"); windows-1252 is Latin-1 plus printable characters in 0x80-0x9F, which
/// the shared decoder lacks, so it is a flag here.
struct OfxEncoding
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool windows1252 = false;
};

/// The encoding an OFX 1.x header ("ENCODING:USASCII", "CHARSET:1252") declares, if any.
std::optional<OfxEncoding> encodingFromSgmlHeader(QByteArrayView header);
/// The encoding of an "<?xml ... encoding="..."?>" declaration's body, if it names one.
std::optional<OfxEncoding> encodingFromXmlDeclaration(QByteArrayView declaration);
/// Reads "CHARSET" / "encoding" values: "1252", "ISO-8859-1", "UTF-8", "windows-1250" ...
std::optional<OfxEncoding> ofxEncodingFromName(QByteArrayView name);

/// Decodes a leaf value: bytes to text, character references ("&amp;", "&#233;") resolved,
/// surrounding white space removed.
QString decodeOfxText(QByteArrayView bytes, const OfxEncoding &encoding);

/// "20240323", "20240323000000[-3:GMT]", "20120727000000.000[+02.00:CET]": the date as written
/// (the bank's local date; the time and zone are not needed for a statement line).
std::optional<QDate> parseOfxDate(QStringView text);

/// "-162.90", "+12", "13,5", ".50": exact, no floating point. Decimals beyond the currency's
/// minor digits must be zeros ("-13.0000"); grouping separators are not OFX and are refused.
Result<Money> parseOfxAmount(QStringView text, Currency currency);

} // namespace Saldo
