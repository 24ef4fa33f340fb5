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

/// A reader hands each statement to the sink as soon as it is complete, so memory stays
/// proportional to one statement. The sink returns false to stop reading (cancel).
using StatementSink = std::function<bool(Statement &&statement)>;

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
                            const StatementSink &sink) const = 0;
};

/// The reader for a format (not Auto).
std::unique_ptr<StatementReader> createReader(StatementFormat format);


/// Opens `path`, detects the format when `format` is Auto, and reads it. Errors name the file.
ReadResult readStatementFile(const QString &path, StatementFormat format,
                             const StatementSink &sink, const ReadOptions &options = {});

} // namespace Saldo
