// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940reader.h"

#include "formats/common/piecereader.h"
#include "formats/common/textdecoder.h"
#include "mt940linereader.h"
#include "mt940parser.h"
#include "mt940statementbuilder.h"
#include "util/tr.h"

namespace Saldo {

using Mt940::left;
using Mt940::mid;

namespace {
constexpr qsizetype kEncodingSample = 64 * 1024;
}

StatementFormat Mt940Reader::format() const
{
    return StatementFormat::Mt940;
}

ReadResult Mt940Reader::read(QIODevice &device, const ReadOptions &options,
                             StatementPartSink &sink) const
{
    ReadResult result;
    result.format = format();
    Mt940StatementBuilder builder(options, sink, result);
    Mt940LineReader lines(device);

    // A piece after the file's first goes on with the state the pieces before it ended with.
    const bool laterPiece = options.piece && !options.piece->state.isEmpty();
    int bom = 0;
    if (laterPiece) {
        lines.setFirstLineNumber(options.piece->firstLine);
        builder.restorePieceState(options.piece->state);
    } else {
        // A first piece may be shorter than the file's start the encoding is guessed from.
        const QByteArrayView start = options.piece && !options.piece->fileStart.isEmpty()
            ? QByteArrayView(options.piece->fileStart)
            : lines.start();
        bom = utf8BomLength(start);
        const QByteArrayView sample = mid(start, bom, kEncodingSample);
        builder.setEncoding(detectEncoding(sample), !isAsciiText(sample));
    }

    Mt940Parser parser(builder);
    QByteArrayView line;
    for (;;) {
        switch (lines.next(line)) {
        case Mt940LineReader::Status::Line:
            if (lines.lineNumber() == 1 && !laterPiece)
                line = mid(line, bom);
            if (!parser.addLine(line, lines.lineNumber()))
                return result;
            continue;
        case Mt940LineReader::Status::LineTooLong:
            builder.fail(lines.lineNumber(), {},
                         Tr::tr("line longer than %1 bytes: not an MT940 file, or a damaged one")
                             .arg(Mt940LineReader::kMaxLineBytes));
            return result;
        case Mt940LineReader::Status::ReadFailed:
            builder.fail(lines.lineNumber(), {},
                         Tr::tr("cannot read the file: %1").arg(device.errorString()));
            return result;
        case Mt940LineReader::Status::End:
            break;
        }
        break;
    }
    parser.finish();
    if (options.piece)
        result.pieceState = builder.pieceState();
    return result;
}

qsizetype Mt940Reader::pieceStart(QByteArrayView bytes, qsizetype from) const
{
    // Every ":20:" starts a message's first field (it ends the field before, whatever that is),
    // and a message is a statement of its own: nothing before it but the builder's state
    // (pieceState) reaches into it.
    return lineStartingWith(bytes, from, ":20:");
}

} // namespace Saldo
