// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/textdecoder.h"
#include "money/iban.h"
#include "money/paymentreference.h"
#include "mt940freetext.h"
#include "mt940textcache.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Saldo {

/// What a :86: "information to account owner" field says about one statement line.
struct Mt940Details
{
    /// The bank's 3-digit business transaction code (German GVC "166"), when structured.
    QString businessCode;
    /// Whether businessCode is a German one (sub-fields after '?'): a Geschäftsvorfallcode of
    /// the Deutsche Kreditwirtschaft's list. Banks of other dialects number their own way.
    bool germanBusinessCode = false;
    /// Posting text (?00 "Prijata platba SEPA", /TRTP/).
    QString postingText;
    QString counterpartyName;
    Iban counterpartyIban;
    QString counterpartyAccount; ///< when the account given is not an IBAN
    QString counterpartyBic;
    QString reference; ///< end-to-end id (EREF+, /EREF/), "NOTPROVIDED" dropped
    CreditorReference creditorReference; ///< from a structured /REMI/STRD/ reference
    QString description;
    /// kindFromText(description), when the parse has found it out already.
    std::optional<LineKind> descriptionKind;
};

/// How the reader turns a file's bytes into text: ASCII as it is, other bytes in the file's
/// encoding, which the first text with such bytes decides (Mt940StatementBuilder).
class Mt940TextDecoder
{
public:
    /// Lets `bytes` (a field's whole text) decide the encoding, if no text before did; returns
    /// the encoding to decode them and their parts in (any, when they are ASCII).
    virtual TextEncoding learnEncoding(QByteArrayView bytes) = 0;
    virtual QString decode(QByteArrayView bytes) = 0;

protected:
    ~Mt940TextDecoder() = default;
};

/// Parses a :86: field. `text` holds its lines separated by '\n' (no line ends otherwise), in
/// the file's bytes (sub-field texts lose their line breaks in place); `tagLength` is the width
/// of the tag on the first line (":86:" = 4), which counts when telling whether a free-text
/// line was cut at the full width of 65 characters; `wrap` carries what the file has shown
/// about that from one field to the next.
///
/// Dialects: sub-fields after a 3-digit code with a separator and two digits (German `?20`,
/// Triodos `>20`, BRD `+20`, ING Romania `~20`, Raiffeisen Romania `^20`), with SEPA keys
/// (EREF+ SVWZ+ ...) in the purpose; Dutch `/TRTP/…/NAME/…/REMI/…`; and free text.
/// `cache` shares the short texts (posting text, codes, BIC) that repeat from line to line.
Mt940Details parseMt940Details(QByteArray &text, Mt940TextDecoder &decoder, int tagLength,
                               Mt940WrapState &wrap, Mt940TextCache &cache);

} // namespace Saldo
