// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcreader.h"

#include "formats/common/heldbytes.h"
#include "formats/common/piecereader.h"
#include "formats/common/textdecoder.h"
#include "formats/gpc/gpcparser.h"
#include "util/tr.h"

#include <algorithm>
#include <cstring>

namespace Saldo {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 MinChunkSize = 4096;
constexpr qint64 EncodingSampleSize = 64 * 1024;
// Records have 128 characters (up to 512 bytes in UTF-8); anything much longer is not GPC and
// must not make the reader buffer the whole file.
constexpr qsizetype MaxLineBytes = 4096;

/// Hands the complete lines of `bytes` to `parser`; returns the bytes they took, or -1 when the
/// parser stopped.
qsizetype addCompleteLines(GpcParser &parser, QByteArrayView bytes, qint64 &lineNumber)
{
    qsizetype start = 0;
    for (;;) {
        const char *begin = bytes.data() + start;
        const auto *newline
            = static_cast<const char *>(std::memchr(begin, '\n', size_t(bytes.size() - start)));
        if (!newline)
            return start;
        const qsizetype length = newline - begin;
        if (!parser.addLine(QByteArrayView(begin, length), ++lineNumber))
            return -1;
        start += length + 1;
    }
}

/// After the complete lines: what is left is the last line, or too long to be one.
bool addLastLine(GpcParser &parser, QByteArrayView rest, qint64 &lineNumber)
{
    if (rest.size() > MaxLineBytes) {
        parser.fail(
            lineNumber + 1, {},
            Tr::tr("line longer than %1 bytes; a GPC record has 128 characters").arg(MaxLineBytes));
        return false;
    }
    return rest.isEmpty() || parser.addLine(rest, ++lineNumber);
}

/// The lines of a device that holds its bytes in memory (a piece of a file), where they are.
bool readHeld(QByteArrayView bytes, GpcParser &parser, qint64 &lineNumber, bool laterPiece)
{
    if (!laterPiece)
        bytes = bytes.sliced(utf8BomLength(bytes));
    const qsizetype used = addCompleteLines(parser, bytes, lineNumber);
    return used >= 0 && addLastLine(parser, bytes.sliced(used), lineNumber);
}

/// The lines of a file, read block by block.
bool readBlocks(QIODevice &device, GpcParser &parser, qint64 &lineNumber, bool laterPiece)
{
    QByteArray buffer;
    bool atStart = !laterPiece;
    bool more = true;
    while (more) {
        // Read straight into the buffer, no more than the device has: small files stay cheap.
        const qint64 wanted = std::clamp<qint64>(device.bytesAvailable(), MinChunkSize, ChunkSize);
        const qsizetype kept = buffer.size();
        buffer.resize(kept + qsizetype(wanted));
        const qint64 got = device.read(buffer.data() + kept, wanted);
        buffer.resize(kept + qsizetype(std::max<qint64>(got, 0)));
        more = got > 0;
        if (atStart && (buffer.size() >= 3 || !more)) {
            buffer.remove(0, utf8BomLength(buffer));
            atStart = false;
        }
        const qsizetype used = addCompleteLines(parser, buffer, lineNumber);
        if (used < 0)
            return false;
        buffer.remove(0, used);
        if (more && buffer.size() > MaxLineBytes)
            return addLastLine(parser, buffer, lineNumber); // fails
    }
    return addLastLine(parser, buffer, lineNumber);
}

} // namespace

StatementFormat GpcReader::format() const
{
    return StatementFormat::Gpc;
}

ReadResult GpcReader::read(QIODevice &device, const ReadOptions &options,
                           StatementPartSink &sink) const
{
    // A piece after the file's first goes on with the state the pieces before it ended with.
    const bool laterPiece = options.piece && !options.piece->state.isEmpty();
    // Banks write GPC in windows-1250; the UTF-8 copies seen in the wild are detected.
    const TextEncoding encoding = laterPiece
        ? GpcParser::pieceEncoding(options.piece->state).value_or(TextEncoding::Windows1250)
        : detectEncoding(options.piece && !options.piece->fileStart.isEmpty()
                             ? options.piece->fileStart.first(std::min<qsizetype>(
                                 options.piece->fileStart.size(), EncodingSampleSize))
                             : device.peek(EncodingSampleSize),
                         TextEncoding::Windows1250);
    GpcParser parser(options, encoding, sink);
    const std::optional<QByteArrayView> held = takeHeldBytes(device);
    if (laterPiece)
        parser.restorePieceState(options.piece->state);
    qint64 lineNumber = options.piece ? options.piece->firstLine - 1 : 0;
    const bool read = held ? readHeld(*held, parser, lineNumber, laterPiece)
                           : readBlocks(device, parser, lineNumber, laterPiece);
    if (!read)
        return parser.result();
    parser.finish();
    return parser.result();
}

qsizetype GpcReader::pieceStart(QByteArrayView bytes, qsizetype from) const
{
    // A 074 header ends the statement before (its items, their AV texts); only the parser's
    // state (pieceState) reaches from one statement into the next.
    return lineStartingWith(bytes, from, "074");
}

} // namespace Saldo
