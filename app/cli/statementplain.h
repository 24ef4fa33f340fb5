// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "formats/common/statementreader.h"

#include <QByteArray>
#include <QIODevice>
#include <QTemporaryFile>

#include <memory>

namespace Saldo::Cli {

/// Writes the plain listing of `statement read`: per statement a header line (id, account, line
/// count, balance check) and one line per statement line. The header needs the whole
/// statement, so a statement's lines are held as their finished text (not as StatementLine
/// values) until it ends; a statement that gets no end (reading stopped) is left out.
/// Output goes through one byte buffer: this runs for every line of a big file. A statement's
/// text beyond `spillBytes` waits in a temporary file, so that memory stays bounded however
/// long the statement (a CSV export is one statement of all its lines).
class StatementPlainSink : public StatementPartSink
{
public:
    /// Formats lines as the listing shows them, on any thread.
    class Preparer : public LinePreparer
    {
    public:
        PreparedLines prepare(QList<StatementLine> &&lines) const override;
    };

    static constexpr qsizetype kDefaultSpillBytes = 8 * 1024 * 1024;

    explicit StatementPlainSink(QIODevice *out, qsizetype spillBytes = kDefaultSpillBytes);
    ~StatementPlainSink() override;

    bool begin(const Statement &header) override;
    bool addLines(QList<StatementLine> &&lines) override;
    bool end(const Statement &header) override;
    const LinePreparer *preparer() const override { return &m_preparer; }
    bool addPrepared(PreparedLines &&lines) override;
    /// Writes what is buffered to the device.
    void flush();

private:
    void spill();
    void writeSpilled();

    Preparer m_preparer;
    QIODevice *m_out;
    qsizetype m_spillBytes;
    QByteArray m_output; ///< finished statements not yet written
    QByteArray m_lines; ///< the current statement's lines, formatted (after the spilled ones)
    std::unique_ptr<QTemporaryFile> m_spill; ///< the current statement's first lines
    qint64 m_spilled = 0; ///< bytes of them in m_spill
    bool m_spillFailed = false; ///< no temporary file: everything stays in memory
    qsizetype m_lineCount = 0;
    LineTotal m_total;
};

} // namespace Saldo::Cli
