// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/importrowreading.h"

#include "formats/common/statementreader.h"
#include "ledger/linefingerprint.h"
#include "util/tr.h"

#include <QScopeGuard>
#include <QThread>

#include <algorithm>

namespace Saldo {

Error importCanceledError()
{
    return Error { Tr::tr("the import was canceled; nothing was stored") };
}

namespace {

bool isPosLine(const StatementLine &line)
{
    return line.card || line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
}

ImportStatement headerOf(const Statement &statement, int position, int lineCount)
{
    ImportStatement header;
    header.position = position;
    header.statementId = statement.id;
    header.accountNumber = statement.accountIban.isNull() ? statement.accountNumber
                                                          : statement.accountIban.toString();
    header.currency = statement.currency.code();
    header.sequence = statement.sequence;
    header.date = statement.date;
    header.periodStart = statement.periodStart;
    header.periodEnd = statement.periodEnd;
    header.openingBalance = statement.openingBalance;
    header.closingBalance = statement.closingBalance;
    header.lineCount = lineCount;
    return header;
}

QDate statementDateOf(const Statement &statement)
{
    return statement.date.isValid() ? statement.date : statement.periodEnd;
}

// Turns the statements read into rows numbered across all of them, as the reader hands them
// over; card lines are dropped after numbering and fingerprinting when `ignorePos` is set, so
// the others keep their numbers and their fingerprints whatever the option.
class RowSink : public StatementPartSink
{
public:
    RowSink(const StatementImportOptions &options, const QString &fileName, ImportRowStream &rows,
            const std::function<bool()> &stopped)
        : m_options(options)
        , m_fileName(fileName)
        , m_rows(rows)
        , m_stopped(stopped)
        , m_fingerprinter(options.account)
    { }

    bool begin(const Statement &header) override
    {
        m_statementId = header.id;
        m_statementDate = statementDateOf(header);
        m_firstRow = m_rows.appended();
        return !m_stopped();
    }

    bool addLines(QList<StatementLine> &&lines) override
    {
        for (StatementLine &line : lines) {
            ImportRow row;
            row.line = ++m_lineNumber;
            row.fingerprint = m_fingerprinter.next(line);
            row.statementId = m_statementId;
            row.statementDate = m_statementDate;
            if (m_options.ignorePos && isPosLine(line))
                continue;
            row.data = std::move(line);
            if (!m_rows.append(std::move(row))) {
                full = true;
                return false;
            }
        }
        // A statement whose date only its end tells (a CSV export's last day) keeps its rows
        // until then: stored already, they would all have to be rewritten.
        if (m_statementDate.isValid())
            m_rows.publish();
        return !m_stopped();
    }

    bool end(const Statement &header) override
    {
        const int position = int(reading.statements.size()) + 1;
        reading.statements.append(headerOf(header, position, m_lineNumber - m_linesBefore));
        m_linesBefore = m_lineNumber;
        if (!header.accountIban.isNull() && header.accountIban != m_options.account)
            reading.warnings.append(
                Tr::tr("%1: statement %2 is for the account %3, imported into %4")
                    .arg(m_fileName, header.id, header.accountIban.toString(),
                         m_options.account.toString()));
        relabel(header.id, statementDateOf(header));
        m_rows.publish();
        return !m_stopped();
    }

    FileReading reading;
    bool full = false; ///< more rows than ImportRowStream holds

private:
    // The statement's rows take the id and date its end gave, where they differ from what its
    // start said: the rows not yet published here, those that may be stored already by a
    // StatementRelabel.
    void relabel(const QString &statementId, const QDate &statementDate)
    {
        if (statementId == m_statementId && statementDate == m_statementDate)
            return;
        const qsizetype published = std::max(m_firstRow, m_rows.size());
        for (qsizetype i = published; i < m_rows.appended(); ++i) {
            m_rows[i].statementId = statementId;
            m_rows[i].statementDate = statementDate;
        }
        if (published > m_firstRow)
            reading.relabels.append({ m_firstRow, published, statementId, statementDate });
    }

    const StatementImportOptions &m_options;
    const QString &m_fileName;
    ImportRowStream &m_rows;
    const std::function<bool()> &m_stopped;
    LineFingerprinter m_fingerprinter;
    int m_lineNumber = 0;
    int m_linesBefore = 0; ///< the lines of the statements before the current one
    // The statement being read.
    QString m_statementId;
    QDate m_statementDate;
    qsizetype m_firstRow = 0;
};

} // namespace

Result<FileReading> readRows(const QString &path, const StatementImportOptions &options,
                             ImportRowStream &rows, const std::function<bool()> &stopped)
{
    const auto closeRows = qScopeGuard([&] { rows.close(); });
    ReadOptions readOptions;
    readOptions.fileName = options.fileName.isEmpty() ? path : options.fileName;
    readOptions.csvProfile = options.csvProfile;
    // The file is read while the ledger loads, and then while the rows are paired and stored:
    // with two cores both are busy already, and reading in pieces would only add its own cost
    // (measured: +1 CPU s, +0.7 s wall at 200,000 camt lines). With more cores the pieces have
    // cores of their own.
    if (QThread::idealThreadCount() <= 2)
        readOptions.threads = 1;
    RowSink sink(options, readOptions.fileName, rows, stopped);
    const ReadResult result = readStatementFile(path, options.format, sink, readOptions);
    if (sink.full)
        return Error { Tr::tr("%1: more than %2 lines: too many for one import")
                           .arg(readOptions.fileName)
                           .arg(ImportRowStream::kMaxRows) };
    if (result.canceled || stopped())
        return importCanceledError();
    if (result.error)
        return Error { result.error->toString() };
    if (sink.reading.statements.isEmpty())
        return Error { Tr::tr("%1: no statement in the file").arg(readOptions.fileName) };
    FileReading reading = std::move(sink.reading);
    reading.warnings += result.warnings;
    reading.format = result.format;
    return reading;
}

} // namespace Saldo
