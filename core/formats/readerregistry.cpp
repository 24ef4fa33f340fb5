// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camt/camtreader.h"
#include "common/piecereader.h"
#include "csv/csvreader.h"
#include "formatdetection.h"
#include "gpc/gpcreader.h"
#include "mt940/mt940reader.h"
#include "ofx/ofxreader.h"
#include "util/tr.h"

#include <QFile>
#include <QFileInfo>

namespace Saldo {

std::unique_ptr<StatementReader> createReader(StatementFormat format)
{
    switch (format) {
    case StatementFormat::Camt053:
    case StatementFormat::Camt052:
    case StatementFormat::Camt054:
        return std::make_unique<CamtReader>();
    case StatementFormat::Mt940:
        return std::make_unique<Mt940Reader>();
    case StatementFormat::Gpc:
        return std::make_unique<GpcReader>();
    case StatementFormat::Csv:
        return std::make_unique<CsvReader>();
    case StatementFormat::Ofx:
        return std::make_unique<OfxReader>();
    case StatementFormat::Auto:
        break;
    }
    return nullptr;
}

ReadResult readStatementFile(const QString &path, StatementFormat format, const StatementSink &sink,
                             const ReadOptions &options)
{
    WholeStatementSink whole(sink);
    return readStatementFile(path, format, whole, options);
}

ReadResult readStatementFile(const QString &path, StatementFormat format, StatementPartSink &sink,
                             const ReadOptions &givenOptions)
{
    ReadOptions options = givenOptions;
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    ReadResult failed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = ReadError { options.fileName, 0, -1, {}, file.errorString() };
        return failed;
    }
    if (format == StatementFormat::Auto) {
        format = detectFormat(file.peek(DetectionHeadSize));
        if (format == StatementFormat::Auto) {
            failed.error
                = ReadError { options.fileName,
                              0,
                              -1,
                              {},
                              Tr::tr("not a statement format Saldo reads (camt.052/053/054, "
                                     "MT940, ABO/GPC, bank CSV, OFX)") };
            return failed;
        }
    }
    const std::unique_ptr<StatementReader> reader = createReader(format);
    // A big file is read in pieces on all cores where the format allows it.
    PieceSettings settings;
    settings.threads = options.threads;
    ReadResult result = readInPieces(file, *reader, options, sink, settings);
    result.format = format;
    return result;
}

} // namespace Saldo
