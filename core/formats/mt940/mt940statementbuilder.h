// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"
#include "formats/common/textdecoder.h"
#include "mt940details.h"
#include "mt940fields.h"
#include "mt940freetext.h"
#include "mt940textcache.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace Saldo {

enum class Mt940FieldKind {
    None, ///< no field (outside a message)
    Unknown, ///< a tag this reader does not use
    Reference, ///< :20:
    Account, ///< :25:
    Number, ///< :28:, :28C:
    Opening, ///< :60F:, :60M:
    Entry, ///< :61:
    Details, ///< :86:
    Closing, ///< :62F:, :62M:
    CurrencyHint, ///< :34F:, :64:, :65:, :90C:, :90D: (only their currency is used)
    DateTime, ///< :13:, :13D:
    NonSwift, ///< :NS:
    Ignored, ///< :21: and the like
};

/// A tag's characters ("61", "60F", "NS"), kept without an allocation: the parser sets one
/// for every field of a file.
class Mt940Tag
{
public:
    static constexpr qsizetype kMaxSize = 4; // tags have two or three characters

    void assign(QByteArrayView tag)
    {
        m_size = std::min(tag.size(), kMaxSize);
        std::copy_n(tag.data(), m_size, m_chars);
    }
    QByteArrayView view() const { return QByteArrayView(m_chars, m_size); }
    operator QByteArrayView() const { return view(); }

private:
    char m_chars[kMaxSize] {};
    qsizetype m_size = 0;
};

/// One tag with its lines.
struct Mt940Field
{
    Mt940FieldKind kind = Mt940FieldKind::None;
    Mt940Tag tag; ///< "61", "60F"
    QByteArray text; ///< the lines after the tag, separated by '\n'
    qint64 line = 0; ///< where the tag stands
    int lineCount = 0;
    int tagLength = 0; ///< ":61:" = 4
};

/// Builds statements from MT940 fields and hands each to the sink when it is complete. Amounts
/// are kept as written until the statement's currency is known (a :61: may come before the
/// balance that names it). Text is decoded once per field.
class Mt940StatementBuilder : private Mt940TextDecoder
{
public:
    static constexpr qsizetype kMaxStatementLines = 500000;

    Mt940StatementBuilder(const ReadOptions &options, StatementPartSink &sink, ReadResult &result);

    /// The encoding guessed from the start of the file; when the start was plain ASCII the
    /// guess is made again on the first field with other bytes.
    void setEncoding(TextEncoding encoding, bool certain);

    /// What the builder carries from one statement to the next, for reading a file in pieces
    /// (FilePiece::state): the encoding, whether it is certain, the word-wrap habit.
    QByteArray pieceState() const;
    /// Starts from the state an earlier piece ended with (one pieceState() gave).
    void restorePieceState(QByteArrayView state);

    /// False when reading must stop (error or cancel). The builder may take the field's text
    /// (swapping in a buffer of its own): the caller reuses the field's memory either way.
    bool addField(Mt940Field &field);
    /// A "-" end of message.
    bool endMessage();
    /// The end of the file; an error when there was nothing of MT940 in it.
    bool finish();
    /// Stops with an error at `line` in `field` (a tag like ":61:", or empty).
    void fail(qint64 line, const QString &field, const QString &message);
    /// A warning once per unknown tag.
    void warnUnknownTag(const Mt940Field &field);

private:
    TextEncoding learnEncoding(QByteArrayView bytes) override;
    QString decode(QByteArrayView bytes) override;
    void ensureStatement(qint64 line);
    bool beginStatement(qint64 line, bool nextPage);
    bool finishEntry();
    bool finishStatement();
    bool convertAmounts(Statement &statement);

    void onAccount(const Mt940Field &field);
    bool onOpening(const Mt940Field &field);
    bool onEntry(const Mt940Field &field);
    void onDetails(Mt940Field &field);
    void onNonSwift(const Mt940Field &field);
    void addInformation(const QString &text);
    bool onClosing(const Mt940Field &field);
    void onCurrencyHint(const Mt940Field &field);
    void onDateTime(const Mt940Field &field);
    LineKind postingTextKind(const QString &text);

    const ReadOptions &m_options;
    StatementPartSink &m_sink;
    ReadResult &m_result;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingCertain = false;
    QSet<QByteArray> m_warnedTags;
    bool m_fieldsSeen = false;
    Mt940WrapState m_wrap;
    Mt940TextCache m_texts;
    /// kindFromText() of the last few posting texts (a file has a handful of them).
    std::array<std::pair<QString, LineKind>, 8> m_postingKinds;
    size_t m_nextPostingKind = 0;

    // The statement being built.
    bool m_open = false;
    bool m_hasContent = false;
    bool m_closed = false;
    Statement m_statement;
    QList<Mt940::DecimalAmount> m_amounts;
    std::optional<Mt940::DecimalAmount> m_opening, m_closing;
    QByteArray m_openingCurrency, m_closingCurrency, m_accountCurrency, m_hintCurrency;
    qint64 m_openingLine = 0, m_closingLine = 0;

    /// The lines of the statement before this one, for reserving room (up to a bound: a huge
    /// statement must not make every later one take its memory).
    qsizetype m_previousLineCount = 0;
    static constexpr qsizetype kMaxReservedLines = 4096;

    // The :61: line waiting for its :86: (the statement's last line while m_hasEntry).
    bool m_hasEntry = false;
    Mt940::DecimalAmount m_entryAmount;
    Mt940::EntryDates m_entryDates;
    QString m_customerReference;
    QString m_supplementary;
    QByteArray m_details;
    int m_detailsTagLength = 0;
    QByteArray m_nonSwift; ///< a :NS: block after the :61:
};

} // namespace Saldo
