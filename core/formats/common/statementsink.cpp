// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementreader.h"

namespace Saldo {

bool StatementPartSink::addPrepared(PreparedLines &&)
{
    Q_ASSERT_X(false, "StatementPartSink::addPrepared", "a sink without a preparer got lines");
    return false;
}

bool WholeStatementSink::begin(const Statement &)
{
    m_lines.clear();
    return true;
}

bool WholeStatementSink::addLines(QList<StatementLine> &&lines)
{
    if (m_lines.isEmpty())
        m_lines = std::move(lines); // the usual case: all lines in one part, nothing copied
    else
        m_lines.append(std::move(lines));
    return true;
}

bool WholeStatementSink::end(const Statement &header)
{
    Statement statement = header;
    statement.lines = std::exchange(m_lines, {});
    return m_sink(std::move(statement));
}

bool handOverStatement(StatementPartSink &sink, Statement &&statement)
{
    QList<StatementLine> lines = std::exchange(statement.lines, {});
    if (!sink.begin(statement))
        return false;
    if (!lines.isEmpty() && !sink.addLines(std::move(lines)))
        return false;
    return sink.end(statement);
}

ReadResult StatementReader::read(QIODevice &device, const ReadOptions &options,
                                 const StatementSink &sink) const
{
    WholeStatementSink whole(sink);
    return read(device, options, whole);
}

qsizetype StatementReader::pieceStart(QByteArrayView, qsizetype) const
{
    return -1;
}

void ReadResult::warnOnce(const QByteArray &key, const QString &warning)
{
    warningKeys.resize(warnings.size());
    warnings.append(warning);
    warningKeys.append(key);
}

} // namespace Saldo
