// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statement.h"
#include "formats/common/statementreader.h"
#include "util/jsonwriter.h"

namespace Saldo::Cli {

/// Writes one statement as an element of `statement read`'s "statements" array
/// (../shared/docs/CLI.md). Unknown values are empty strings. The members a reader may know
/// only at the statement's end (date, closing balance, balance check) follow the lines.
void writeStatementJson(JsonWriter &json, const Statement &statement);

/// Writes statements as their parts arrive, in the same JSON as writeStatementJson, so that a
/// statement of any size needs memory for a bounded number of its lines only. The first lines
/// are held back until the statement ends or there are many of them: a statement that reading
/// stops in (an error) is then left out as before, unless it was already being written.
class StatementJsonSink : public StatementPartSink
{
public:
    /// Writes lines as elements of a statement's "lines" array, on any thread.
    class Preparer : public LinePreparer
    {
    public:
        Preparer(bool pretty, int linesDepth)
            : m_pretty(pretty)
            , m_linesDepth(linesDepth)
        { }
        PreparedLines prepare(QList<StatementLine> &&lines) const override;

    private:
        bool m_pretty;
        int m_linesDepth;
    };

    /// `json` is in the array the statements are elements of.
    explicit StatementJsonSink(JsonWriter &json);
    bool begin(const Statement &header) override;
    bool addLines(QList<StatementLine> &&lines) override;
    bool end(const Statement &header) override;
    const LinePreparer *preparer() const override { return &m_preparer; }
    bool addPrepared(PreparedLines &&lines) override;
    /// After reading stopped: closes a statement that is being written, with what its start
    /// said; drops one that is not.
    void closeUnfinished();

private:
    void startWriting();

    JsonWriter &m_json;
    Preparer m_preparer;
    Statement m_header;
    QByteArray m_held; ///< lines written but not yet output
    qsizetype m_heldLines = 0;
    LineTotal m_total;
    bool m_open = false;
    bool m_writing = false;
};

} // namespace Saldo::Cli
