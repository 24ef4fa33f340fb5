// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "formats/common/statementformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Saldo {

/// Receives whole statements: each one as soon as it is complete. The sink returns false to
/// stop reading (cancel). Memory grows with the largest statement (a bank CSV export is one
/// statement of all its lines); StatementPartSink avoids that.
using StatementSink = std::function<bool(Statement &&statement)>;

/// Lines of a statement already turned into what a sink keeps of them (see LinePreparer).
struct PreparedLines
{
    QByteArray bytes; ///< the lines as the sink writes them
    LineTotal total; ///< their amounts added up
    qsizetype count = 0; ///< how many lines they were
};

/// The part of a sink's work on lines that needs no order and no state of the sink (formatting
/// them for output), done by readInPieces() on the thread that read them. The lines then die on
/// the thread that made them: handing them to another thread to be formatted and freed costs
/// about as much again as reading them (cache misses, cross-thread frees).
class LinePreparer
{
public:
    virtual ~LinePreparer() = default;
    /// Called on any thread, also on several at once.
    virtual PreparedLines prepare(QList<StatementLine> &&lines) const = 0;
};

/// Receives statements in parts, so that reading a statement of any size needs memory for one
/// part only. For each statement: begin(), addLines() (or addPrepared()) any number of times,
/// end(). Every call returns false to stop reading (cancel). When reading stops at an error,
/// the statement begun last gets no end(): a sink drops it or closes it as it sees fit.
class StatementPartSink
{
public:
    virtual ~StatementPartSink() = default;
    /// A statement starts. `header` has no lines; values a reader knows only at the statement's
    /// end (closing balance, period, date) may still be empty.
    virtual bool begin(const Statement &header) = 0;
    /// The next lines of the current statement, in file order.
    virtual bool addLines(QList<StatementLine> &&lines) = 0;
    /// The statement is complete: `header` (no lines) has its final values.
    virtual bool end(const Statement &header) = 0;

    /// A sink that keeps only what a LinePreparer makes of lines returns it here; a reader may
    /// then hand it lines through addPrepared() instead of addLines(). Null: lines only.
    virtual const LinePreparer *preparer() const { return nullptr; }
    /// The next lines of the current statement, prepared by preparer(), in file order.
    virtual bool addPrepared(PreparedLines &&lines);
};

/// Puts the parts together again for a StatementSink (the lines are moved, not copied).
class WholeStatementSink : public StatementPartSink
{
public:
    explicit WholeStatementSink(const StatementSink &sink)
        : m_sink(sink)
    { }
    bool begin(const Statement &header) override;
    bool addLines(QList<StatementLine> &&lines) override;
    bool end(const Statement &header) override;

private:
    const StatementSink &m_sink;
    QList<StatementLine> m_lines;
};

/// Hands a statement that is complete in memory to `sink` as one part.
bool handOverStatement(StatementPartSink &sink, Statement &&statement);

/// Where and why a file could not be read. `line` is 1-based (0 when not applicable);
/// `offset` is a byte offset for formats without lines (-1 when not applicable).
struct ReadError
{
    QString file;
    qint64 line = 0;
    qint64 offset = -1;
    QString field; ///< the tag, element or column at fault, e.g. ":61:", "Ntry/Amt", "Amount"
    QString message; ///< what was expected, translated

    /// "statement.sta:12: :61:: amount expected, found 'X12'", ready for the user.
    QString toString() const;
};

/// A read of one piece of a file that is read in pieces on several threads (readInPieces).
/// A piece starts where the reader's pieceStart() said one may; what a reader carries from one
/// statement to the next (the encoding it settled on, a habit of the bank it learned) is handed
/// from piece to piece as `state`, in the reader's own encoding.
struct FilePiece
{
    /// The file's line number of the piece's first line (1-based).
    qint64 firstLine = 1;
    /// The state at the end of the file's previous pieces; empty for the first piece, which the
    /// reader reads as the start of a whole file (byte order mark, encoding detection).
    QByteArray state;
    /// The piece ends the file.
    bool last = true;
    /// The file's first bytes (64 KB and a byte order mark at most), for the first piece: readers
    /// guess the encoding from them, as they do reading the whole file, however short the piece is.
    QByteArray fileStart;
};

struct ReadOptions
{
    /// Name used in errors (the file name as the user gave it).
    QString fileName;
    /// CSV only: the profile id to use; empty = detect from the header.
    QString csvProfile;
    /// Set when this read is one piece of a file (see FilePiece).
    std::optional<FilePiece> piece;
    /// readStatementFile(): threads to read a big file in pieces on; 0 = one per core (or
    /// SALDO_READ_THREADS), 1 = in one go.
    int threads = 0;
};

/// The outcome of reading a whole file: an error stops the reading (statements already handed to
/// the sink stay handed); warnings (e.g. skipped empty statements) do not.
struct ReadResult
{
    StatementFormat format = StatementFormat::Auto;
    std::optional<ReadError> error;
    QStringList warnings;
    /// For warnings a file gives once however often the cause repeats: the key of each of
    /// `warnings` (empty: none), so that pieces of one file read apart give it once too.
    QList<QByteArray> warningKeys;
    bool canceled = false;
    /// Read as a FilePiece: the reader's state at the end of the piece.
    QByteArray pieceState;
    bool ok() const { return !error && !canceled; }
    /// Adds a warning that is given once per file for `key`.
    void warnOnce(const QByteArray &key, const QString &warning);
};

/// One format's reader. Readers are stateless between calls and may run on any thread.
class StatementReader
{
public:
    virtual ~StatementReader() = default;
    virtual StatementFormat format() const = 0;
    /// Reads `device` (opened for reading) to the end or to the first error.
    virtual ReadResult read(QIODevice &device, const ReadOptions &options,
                            StatementPartSink &sink) const = 0;
    /// The same, handing whole statements to `sink`. (Readers say `using StatementReader::read;`
    /// so that both forms can be called on them.)
    ReadResult read(QIODevice &device, const ReadOptions &options, const StatementSink &sink) const;
    /// For reading a big file in pieces on several threads: the offset of the first place at or
    /// after `from` in `bytes` (which start at a line start of the file, or where an earlier
    /// piece started) where a piece may start, such that reading the pieces one by one, each
    /// with the state the one before ended with, gives what reading the whole file gives; -1
    /// when `bytes` has no such place. Readers that cannot be read in pieces return -1.
    virtual qsizetype pieceStart(QByteArrayView bytes, qsizetype from) const;
    /// Whether the reader can read a file in pieces (pieceStart() and FilePiece).
    virtual bool readsInPieces() const { return false; }
};

/// The reader for a format (not Auto).
std::unique_ptr<StatementReader> createReader(StatementFormat format);

/// Opens `path`, detects the format when `format` is Auto, and reads it. Errors name the file.
ReadResult readStatementFile(const QString &path, StatementFormat format, const StatementSink &sink,
                             const ReadOptions &options = {});
/// The same, handing statements over in parts.
ReadResult readStatementFile(const QString &path, StatementFormat format, StatementPartSink &sink,
                             const ReadOptions &options = {});

} // namespace Saldo
