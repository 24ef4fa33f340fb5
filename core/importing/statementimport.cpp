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

ImportStatement headerOf(const Statement &statement, int position)
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
    header.lineCount = int(statement.lines.size());
    return header;
}

// Reads the file into rows numbered across all its statements; card lines are dropped after
// numbering and fingerprinting when `ignorePos` is set, so the others keep their numbers and
// their fingerprints whatever the option.
struct FileReading
{
    StoredImport import;
    QStringList warnings;
    StatementFormat format = StatementFormat::Auto;
};

// Runs on a pool thread while the import's thread loads the ledger: it touches no ledger, counts
// the lines read in `linesRead` for the progress, and stops when `stopped()` says so.
Result<FileReading> readFile(const QString &path, const StatementImportOptions &options,
                             std::atomic<qint64> &linesRead, const std::function<bool()> &stopped)
{
    FileReading reading;
    LineFingerprinter fingerprinter(options.account);
    int lineNumber = 0;
    ReadOptions readOptions;
    readOptions.fileName = options.fileName.isEmpty() ? path : options.fileName;
    readOptions.csvProfile = options.csvProfile;
    // The file is read while the ledger loads on another thread: with two cores both are busy
    // already, and reading in pieces would only add its own cost (measured: +1 CPU s, +0.7 s
    // wall at 200,000 camt lines). With more cores the pieces have cores of their own.
    if (QThread::idealThreadCount() <= 2)
        readOptions.threads = 1;
    const ReadResult result = readStatementFile(
        path, options.format,
        [&](Statement &&statement) {
            const int position = int(reading.import.statements.size()) + 1;
            reading.import.statements.append(headerOf(statement, position));
            if (!statement.accountIban.isNull() && statement.accountIban != options.account)
                reading.warnings.append(
                    Tr::tr("%1: statement %2 is for the account %3, imported into %4")
                        .arg(readOptions.fileName, statement.id, statement.accountIban.toString(),
                             options.account.toString()));
            // One allocation for a statement's rows instead of doubling (a big file is one
            // statement): growing a list of 200,000 rows held its old and new copy at once.
            QList<ImportRow> &rows = reading.import.rows;
            if (rows.capacity() < rows.size() + statement.lines.size())
                rows.reserve(std::max(rows.size() + statement.lines.size(), 2 * rows.capacity()));
            for (StatementLine &line : statement.lines) {
                ImportRow row;
                row.line = ++lineNumber;
                row.fingerprint = fingerprinter.next(line);
                row.statementId = statement.id;
                row.statementDate = statement.date.isValid() ? statement.date : statement.periodEnd;
                if (options.ignorePos && isPosLine(line))
                    continue;
                row.data = std::move(line);
                rows.append(std::move(row));
            }
            linesRead.store(lineNumber);
            return !stopped();
        },
        readOptions);
    if (result.canceled || stopped())
        return canceledError();
    if (result.error)
        return Error { result.error->toString() };
    if (reading.import.statements.isEmpty())
        return Error { Tr::tr("%1: no statement in the file").arg(readOptions.fileName) };
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

// Marks the rows stored before (by an earlier import, found by fingerprint): they pay nothing.
void markDuplicates(const QHash<QString, StoredLineRef> &stored, QList<ImportRow> &rows)
{
    for (ImportRow &row : rows) {
        const auto earlier = stored.constFind(row.fingerprint);
        if (earlier != stored.cend())
            markDuplicate(row, earlier->importId, earlier->line);
    }
}

// Pairs the rows while storing them (PairingPipeline): the stage reported is "pairing" until
// the last row is paired, then "storing". Returns the import's id.
Result<qint64> pairAndStore(Ledger &ledger, LedgerData data, StoredImport &import,
                            const ImportProgress &progress, const std::atomic_bool *cancel)
{
    markDuplicates(data.stored, import.rows);
    data.stored = {};
    PairingPipeline pipeline(import.rows, std::move(data.index), std::move(data.options),
                             import.account);
    report(progress, ImportStage::Pairing, 0, pipeline.lineCount());
    if (isCanceled(cancel))
        return canceledError();
    const qint64 total = import.rows.size();
    const auto reportStage = [&](qint64 stored) {
        if (pipeline.finished())
            report(progress, ImportStage::Storing, stored, total);
        else
            report(progress, ImportStage::Pairing, pipeline.pairedLines(), pipeline.lineCount());
        return !isCanceled(cancel);
    };
    const auto ready = [&](qsizetype wanted) -> qsizetype {
        const qsizetype final
            = pipeline.waitForRows(wanted, [&] { return reportStage(wanted - 1); });
        return reportStage(wanted - 1) ? final : 0;
    };
    const Result<qint64> id = ImportRepository(ledger).storeDraft(import, reportStage, ready);
    if (!id)
        return isCanceled(cancel) ? canceledError() : Error { id.error() };
    report(progress, ImportStage::Storing, total, total);
    return id;
}

// Reads and hashes the file on pool threads while the import's thread loads the ledger (two
// cores do the two slowest stages at once), then waits for the reading, reporting its progress.
struct ReadAndLoad
{
    Result<FileReading> reading;
    Result<QString> hash;
    Result<LedgerData> ledger;
};

ReadAndLoad readAndLoad(Ledger &ledger, const QString &path, const StatementImportOptions &options,
                        const ImportProgress &progress, const std::atomic_bool *cancel)
{
    std::atomic<qint64> linesRead { 0 };
    std::atomic_bool stop { false };
    const std::function<bool()> stopped = [&] {
        return stop.load() || isCanceled(cancel);
    };
    QFuture<Result<FileReading>> reading
        = QtConcurrent::run([&] { return readFile(path, options, linesRead, stopped); });
    QFuture<Result<QString>> hash = QtConcurrent::run([&] { return fileHash(path); });
    // The tasks use this function's locals: wait for them however it ends.
    auto join = qScopeGuard([&] {
        reading.waitForFinished();
        hash.waitForFinished();
    });
    Result<LedgerData> loaded = loadLedger(ledger, options.account);
    if (!loaded)
        stop = true; // the reading would be thrown away
    while (progress && !reading.isFinished()) {
        report(progress, ImportStage::Reading, linesRead.load(), 0);
        QThread::msleep(20);
    }
    reading.waitForFinished();
    hash.waitForFinished();
    join.dismiss(); // a future whose result was taken must not be waited for again
    return { reading.takeResult(), hash.takeResult(), std::move(loaded) };
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
    ReadAndLoad loaded = readAndLoad(ledger, path, options, progress, cancel);
    if (!loaded.reading) // a ledger that failed to load stopped the reading: say why
        return Error { loaded.ledger ? loaded.reading.error() : loaded.ledger.error() };
    if (!loaded.hash)
        return Error { loaded.hash.error() };
    // The ledger was loaded while the file was read: this stage is only what is left of it.
    report(progress, ImportStage::LoadingLedger, 0, 0);
    if (!loaded.ledger)
        return Error { loaded.ledger.error() };
    if (isCanceled(cancel))
        return canceledError();
    FileReading &reading = loaded.reading.value();
    StoredImport &import = reading.import;
    import.accountId = account->value().id;
    import.account = options.account;
    import.fileName = options.fileName.isEmpty() ? QFileInfo(path).fileName() : options.fileName;
    import.fileHash = *loaded.hash;
    import.format = QString(formatName(reading.format));
    const Result<qint64> id
        = pairAndStore(ledger, std::move(loaded.ledger).value(), import, progress, cancel);
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
