// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"
#include "formats/common/textdecoder.h"
#include "formats/gpc/gpcaccount.h"
#include "formats/gpc/gpcavtext.h"
#include "formats/gpc/gpclookups.h"

#include <optional>
#include <utility>

namespace Saldo {

class GpcRecord;

/// Turns GPC records, one line at a time, into statements: a 074 header opens a statement,
/// 075 items add lines, 076/078/079 add to the last item; the statement goes to the sink when
/// the next 074 or the end of the file arrives.
class GpcParser
{
public:
    GpcParser(const ReadOptions &options, TextEncoding encoding, StatementPartSink &sink);

    /// Handles one line without its line end. False when reading must stop (error or cancel).
    bool addLine(QByteArrayView line, qint64 lineNumber);
    /// Hands the last statement to the sink; call at the end of the file.
    void finish();
    /// Reports an error found outside the records (e.g. an over-long line).
    void fail(qint64 line, const QString &field, const QString &message);

    const ReadResult &result() const { return m_result; }

    /// What the parser carries from one statement to the next, for reading a file in pieces
    /// (FilePiece::state): the encoding and the previous statement's currency.
    QByteArray pieceState() const;
    /// Goes on from the state an earlier piece ended with (one pieceState() gave).
    void restorePieceState(QByteArrayView state);
    /// The encoding a piece state names; nullopt when `state` is not one.
    static std::optional<TextEncoding> pieceEncoding(QByteArrayView state);

private:
    bool statementHeader(const GpcRecord &record, qint64 line);
    bool item(const GpcRecord &record, qint64 line);
    bool itemInfo(const GpcRecord &record);
    void finishItem();
    bool flushStatement();

    bool digitsField(const GpcRecord &record, qint64 line, int start, int count, const char *field,
                     qint64 &value);
    bool dateField(const GpcRecord &record, qint64 line, int start, const char *field, QDate &date);
    bool signedBalance(const GpcRecord &record, qint64 line, int start, const char *field,
                       qint64 &value);
    bool symbols(const GpcRecord &record, qint64 line, StatementLine &out);
    void counterparty(const GpcRecord &record, StatementLine &out);

    const ReadOptions &m_options;
    TextEncoding m_encoding;
    StatementPartSink &m_sink;
    ReadResult m_result;

    std::optional<Statement> m_statement;
    bool m_sawStatement = false;
    qsizetype m_previousLineCount = 0;
    std::optional<qint64> m_openingMinor, m_closingMinor;
    std::optional<Currency> m_currency; ///< of the first item that names one
    std::optional<Currency> m_previousCurrency; ///< of the file's previous statement
    GpcAccount::Order m_accountOrder = GpcAccount::Order::Plain;

    // The item being read: the AV texts that follow its 075.
    bool m_itemOpen = false;
    GpcAvText m_avText;

    GpcLookups m_lookups;
};

} // namespace Saldo
