// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importing/statementimport.h"

#include "importing/importrowbuilder.h"
#include "importing/importrowreading.h"
#include "importing/pairingpipeline.h"
#include "importing/pairingsettings.h"
#include "ledger/accountrepository.h"
#include "ledger/importcontinuity.h"
#include "ledger/importrepository.h"
#include "ledger/ledger.h"
#include "ledger/pairingdataloader.h"
#include "util/filehash.h"
#include "util/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Saldo {

namespace {

bool isCanceled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

void report(const ImportProgress &progress, ImportStage stage, qint64 done, qint64 total)
{
    if (progress)
        progress(stage, done, total);
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
        m_reading = QtConcurrent::run(
            [this, path, options] { return readRows(path, options, rows, m_stopped); });
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
        if (Status s = repository.setLinesStatement(import.id, run.rows[relabel.firstRow].line,
                                                    run.rows[relabel.endRow - 1].line,
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
        return importCanceledError();
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
        return run.canceled() ? importCanceledError() : Error { id.error() };
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
        return importCanceledError();
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
