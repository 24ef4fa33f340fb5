// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "formats/common/statementformat.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Saldo {

/// Receives whole statements: each one as soon as it is complete. The sink returns false to
/// stop reading (cancel). Memory grows with the largest statement (a bank CSV export is one
/// statement of all its lines); StatementPartSink avoids that.
using StatementSink = std::function<bool(Statement &&statement)>;

/// Receives statements in parts, so that reading a statement of any size needs memory for one
/// part only. For each statement: begin(), addLines() any number of times, end(). Every call
/// returns false to stop reading (cancel). When reading stops at an error, the statement begun
/// last gets no end(): a sink drops it or closes it as it sees fit.
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

struct ReadOptions
{
    /// Name used in errors (the file name as the user gave it).
    QString fileName;
    /// CSV only: the profile id to use; empty = detect from the header.
    QString csvProfile;
};

/// The outcome of reading a whole file: an error stops the reading (statements already handed to
/// the sink stay handed); warnings (e.g. skipped empty statements) do not.
struct ReadResult
{
    StatementFormat format = StatementFormat::Auto;
    std::optional<ReadError> error;
    QStringList warnings;
    bool canceled = false;
    bool ok() const { return !error && !canceled; }
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
