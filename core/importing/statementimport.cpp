// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/statementimport.h"

#include "formats/common/statementreader.h"
#include "importing/importrowbuilder.h"
#include "importing/pairingpipeline.h"
#include "importing/pairingsettings.h"
#include "ledger/accountrepository.h"
#include "ledger/importcontinuity.h"
#include "ledger/importrepository.h"
#include "ledger/ledger.h"
#include "ledger/linefingerprint.h"
#include "ledger/pairingdataloader.h"
#include "util/filehash.h"
#include "util/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Saldo {

namespace {

Error canceledError()
{
    return Error { Tr::tr("the import was canceled; nothing was stored") };
}

bool isCanceled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

void report(const ImportProgress &progress, ImportStage stage, qint64 done, qint64 total)
{
    if (progress)
        progress(stage, done, total);
}

bool isPosLine(const StatementLine &line)
{
    return line.card || line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
}

Result<QString> fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Tr::tr("%1: cannot open: %2").arg(path, file.errorString()) };
    const QByteArray hash = sha256Hex(file);
    if (hash.isEmpty())
        return Error { Tr::tr("%1: cannot read: %2").arg(path, file.errorString()) };
    return QString::fromLatin1(hash);
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

// The statement of rows [firstRow, endRow) (lines firstLine..lastLine) as its end gave it,
// where it differs from what its start said when the rows were made.
struct StatementRelabel
{
    qsizetype firstRow = 0, endRow = 0;
    int firstLine = 0, lastLine = 0; ///< of rows firstRow and endRow - 1
    QString statementId;
    QDate statementDate;
};

// What the reading gives besides the rows.
struct FileReading
{
    QList<ImportStatement> statements;
    QList<StatementRelabel> relabels;
    QStringList warnings;
    StatementFormat format = StatementFormat::Auto;
};

// Turns the statements read into rows numbered across all of them, as the reader hands them
// over; card lines are dropped after numbering and fingerprinting when `ignorePos` is set, so
// the others keep their numbers and their fingerprints whatever the option.
class RowSink : public StatementPartSink
{
public:
    RowSink(const StatementImportOptions &options, const QString &fileName, ImportRowStream &rows,
            std::atomic<qint64> &linesRead, const std::function<bool()> &stopped)
        : m_options(options)
        , m_fileName(fileName)
        , m_rows(rows)
        , m_linesRead(linesRead)
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
        m_linesRead.store(m_lineNumber);
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
            reading.relabels.append({ m_firstRow, published, m_rows[m_firstRow].line,
                                      m_rows[published - 1].line, statementId, statementDate });
    }

    const StatementImportOptions &m_options;
    const QString &m_fileName;
    ImportRowStream &m_rows;
    std::atomic<qint64> &m_linesRead;
    const std::function<bool()> &m_stopped;
    LineFingerprinter m_fingerprinter;
    int m_lineNumber = 0;
    int m_linesBefore = 0; ///< the lines of the statements before the current one
    // The statement being read.
    QString m_statementId;
    QDate m_statementDate;
    qsizetype m_firstRow = 0;
};

// Runs on a pool thread while the import's thread loads the ledger and then pairs and stores
// the rows: it touches no ledger, appends the rows to `rows` (closed however the reading
// ends), counts the lines read in `linesRead` for the progress, and stops when `stopped()`
// says so.
Result<FileReading> readFile(const QString &path, const StatementImportOptions &options,
                             ImportRowStream &rows, std::atomic<qint64> &linesRead,
                             const std::function<bool()> &stopped)
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
    RowSink sink(options, readOptions.fileName, rows, linesRead, stopped);
    const ReadResult result = readStatementFile(path, options.format, sink, readOptions);
    if (sink.full)
        return Error { Tr::tr("%1: more than %2 lines: too many for one import")
                           .arg(readOptions.fileName)
                           .arg(ImportRowStream::kMaxRows) };
    if (result.canceled || stopped())
        return canceledError();
    if (result.error)
        return Error { result.error->toString() };
    if (sink.reading.statements.isEmpty())
        return Error { Tr::tr("%1: no statement in the file").arg(readOptions.fileName) };
    FileReading reading = std::move(sink.reading);
    reading.warnings += result.warnings;
    reading.format = result.format;
    return reading;
}

// What the pairing needs from the ledger: the lines stored before (duplicates), the index of
// accounts, counterparties and open invoices, and the settings.
struct LedgerData
{
    QHash<QString, StoredLineRef> stored;
    PairingIndex index;
    PairingOptions options;
};

Result<LedgerData> loadLedger(Ledger &ledger, const Iban &account)
{
    Result<QHash<QString, StoredLineRef>> stored
        = ImportRepository(ledger).storedFingerprints(account);
    if (!stored)
        return Error { stored.error() };
    Result<PairingData> data = PairingDataLoader(ledger).load();
    if (!data)
        return Error { data.error() };
    const Result<PairingOptions> options = pairingOptionsFromSettings(ledger);
    if (!options)
        return Error { options.error() };
    return LedgerData { std::move(stored).value(),
                        PairingIndex(std::move(data->accounts), std::move(data->counterparties),
                                     std::move(data->openInvoices)),
                        *options };
}

// The file read and hashed on pool threads while the import's thread loads the ledger (two
// cores do the two slowest stages at once) and then pairs and stores the rows read so far.
class ImportRun
{
public:
    ImportRun(const QString &path, const StatementImportOptions &options,
              const std::atomic_bool *cancel)
        : m_cancel(cancel)
    {
        m_reading = QtConcurrent::run([this, path, options] {
            return readFile(path, options, rows, m_linesRead, m_stopped);
        });
        m_hash = QtConcurrent::run([path] { return fileHash(path); });
    }
    /// Stops the reading and waits for it and for the rows' move: their tasks use the rows.
    ~ImportRun()
    {
        m_stop = true;
        m_reading.waitForFinished();
        m_hash.waitForFinished();
        if (m_takingRows)
            m_taken.waitForFinished();
    }
    ImportRun(const ImportRun &) = delete;
    ImportRun &operator=(const ImportRun &) = delete;

    void stop() { m_stop = true; }
    bool canceled() const { return isCanceled(m_cancel); }
    qint64 linesRead() const { return m_linesRead.load(); }
    /// Waits for the reading's end (and the hash).
    Result<FileReading> reading()
    {
        m_reading.waitForFinished();
        m_hash.waitForFinished();
        return m_reading.result();
    }
    Result<QString> hash() { return m_hash.result(); }
    /// Moves the rows out of the stream into one list on a pool thread, once nothing else uses
    /// them: the import's thread checks and commits meanwhile (0.12 s at 200,000 rows).
    void startTakingRows()
    {
        m_taken = QtConcurrent::run([this] { return rows.takeRows(); });
        m_takingRows = true;
    }
    /// The rows startTakingRows() moved, once it is done.
    QList<ImportRow> takenRows()
    {
        m_takingRows = false; // a future whose result was taken is not waited for again
        return m_taken.takeResult();
    }

    ImportRowStream rows;

private:
    const std::atomic_bool *m_cancel;
    std::atomic<qint64> m_linesRead { 0 };
    std::atomic_bool m_stop { false };
    const std::function<bool()> m_stopped = [this] {
        return m_stop.load() || canceled();
    };
    QFuture<Result<FileReading>> m_reading;
    QFuture<Result<QString>> m_hash;
    QFuture<QList<ImportRow>> m_taken;
    bool m_takingRows = false;
};

// Everything of the reading, once the last row is stored: the statements, format and hash,
// and the statements that changed at their end; the rows start moving out of the stream.
Status completeImport(ImportRepository &repository, ImportRun &run, FileReading &reading,
                      StoredImport &import)
{
    Result<FileReading> read = run.reading();
    if (!read)
        return Error { read.error() };
    const Result<QString> hash = run.hash();
    if (!hash)
        return Error { hash.error() };
    reading = std::move(read).value();
    import.fileHash = *hash;
    import.format = QString(formatName(reading.format));
    import.statements = reading.statements;
    for (const StatementRelabel &relabel : std::as_const(reading.relabels)) {
        for (qsizetype i = relabel.firstRow; i < relabel.endRow; ++i) {
            run.rows[i].statementId = relabel.statementId;
            run.rows[i].statementDate = relabel.statementDate;
        }
        if (Status s = repository.setLinesStatement(import.id, relabel.firstLine, relabel.lastLine,
                                                    relabel.statementId, relabel.statementDate);
            !s)
            return s;
    }
    run.startTakingRows();
    return {};
}

// Pairs the rows while they are read (PairingPipeline) and stores them as they are paired:
// the stage reported is "pairing" until the last row is paired (its total 0 while the file is
// still read), then "storing". Returns the import's id.
Result<qint64> pairAndStore(Ledger &ledger, LedgerData data, ImportRun &run, FileReading &reading,
                            StoredImport &import, const ImportProgress &progress)
{
    PairingPipeline pipeline(run.rows, std::move(data.stored), std::move(data.index),
                             std::move(data.options), import.account);
    report(progress, ImportStage::Pairing, 0, 0);
    if (run.canceled())
        return canceledError();
    const auto reportStage = [&](qint64 stored) {
        if (pipeline.finished())
            report(progress, ImportStage::Storing, stored, run.rows.size());
        else
            report(progress, ImportStage::Pairing, pipeline.pairedLines(),
                   run.rows.closed() ? pipeline.lineCount() : 0);
        return !run.canceled();
    };
    const ImportRepository::RowSource rows {
        [&](qsizetype wanted) -> qsizetype {
            const qsizetype final
                = pipeline.waitForRows(wanted, [&] { return reportStage(wanted - 1); });
            return reportStage(wanted - 1) ? final : 0;
        },
        [&](qsizetype i) -> ImportRow & { return run.rows[i]; },
        [&](qsizetype count) {
            return !run.canceled() && pipeline.finished() && count == run.rows.size();
        }
    };
    ImportRepository repository(ledger);
    const Result<qint64> id
        = repository.storeDraft(import, rows, reportStage, [&](StoredImport &completed) {
              return completeImport(repository, run, reading, completed);
          });
    if (!id) {
        run.stop();
        return run.canceled() ? canceledError() : Error { id.error() };
    }
    import.rows = run.takenRows();
    report(progress, ImportStage::Storing, import.rows.size(), import.rows.size());
    return id;
}

} // namespace

Result<StatementImportResult> StatementImport::run(Ledger &ledger, const QString &path,
                                                   const StatementImportOptions &options,
                                                   const ImportProgress &progress,
                                                   const std::atomic_bool *cancel)
{
    const Result<std::optional<OwnAccount>> account
        = AccountRepository(ledger).byIban(options.account);
    if (!account)
        return Error { account.error() };
    if (!account->has_value())
        return Error {
            Tr::tr("%1 is not one of the ledger's own accounts").arg(options.account.toString())
        };
    report(progress, ImportStage::Reading, 0, 0);
    ImportRun run(path, options, cancel);
    report(progress, ImportStage::LoadingLedger, 0, 0);
    Result<LedgerData> loaded = loadLedger(ledger, options.account);
    if (!loaded) {
        run.stop();
        return Error { loaded.error() };
    }
    if (run.canceled())
        return canceledError();
    StoredImport import;
    import.accountId = account->value().id;
    import.account = options.account;
    import.fileName = options.fileName.isEmpty() ? QFileInfo(path).fileName() : options.fileName;
    FileReading reading;
    const Result<qint64> id
        = pairAndStore(ledger, std::move(loaded).value(), run, reading, import, progress);
    if (!id)
        return Error { id.error() };
    StatementImportResult result;
    result.importId = *id;
    result.format = reading.format;
    result.rows = std::move(import.rows);
    result.warnings = std::move(reading.warnings);
    const Result<QStringList> continuity = continuityWarnings(ledger, *id);
    if (!continuity)
        return Error { continuity.error() };
    result.warnings += *continuity;
    return result;
}

} // namespace Saldo
