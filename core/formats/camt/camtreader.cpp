// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtreader.h"
#include "camtstatementparser.h"
#include "camtxml.h"
#include "util/tr.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>

namespace Saldo {

namespace {

struct MessageKind
{
    QByteArrayView message; ///< the child of <Document>, without a version suffix
    QByteArrayView record; ///< the element that is one statement
    StatementFormat format;
};

constexpr MessageKind messageKinds[] = {
    { "BkToCstmrStmt", "Stmt", StatementFormat::Camt053 },
    { "BkToCstmrAcctRpt", "Rpt", StatementFormat::Camt052 },
    { "BkToCstmrDbtCdtNtfctn", "Ntfctn", StatementFormat::Camt054 },
};

QString shownName(QByteArrayView name)
{
    return QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 120)));
}

bool isZip(QIODevice &device)
{
    return device.peek(4) == QByteArrayView("PK\x03\x04", 4);
}

/// Moves to the message element under <Document> and tells which message it is; nullopt (with
/// the error recorded in `xml`) for anything that is not a camt.052/053/054 document.
std::optional<MessageKind> openMessage(CamtXml &xml)
{
    if (!xml.nextChild()) {
        if (!xml.failed())
            xml.fail(u"Document", Tr::tr("not a camt file: it has no XML element"));
        return std::nullopt;
    }
    if (xml.name() != "Document") {
        xml.fail(u"Document",
                 Tr::tr("not a camt.052/053/054 file: the root element is <%1>, "
                        "expected <Document>")
                     .arg(shownName(xml.name())));
        return std::nullopt;
    }
    // Versions differ in the namespace (camt.053.001.02, .08 ...); other standards do not use
    // camt's element names for the same things, so a foreign namespace is refused.
    const QString ns = xml.reader().namespaceUri();
    if (!ns.isEmpty() && !ns.contains(u"camt.05")) {
        xml.fail(u"Document",
                 Tr::tr("not a camt.052/053/054 file: its namespace is '%1'").arg(ns.left(120)));
        return std::nullopt;
    }
    if (!xml.nextChild()) {
        if (!xml.failed())
            xml.fail(u"Document", Tr::tr("not a camt file: <Document> is empty"));
        return std::nullopt;
    }
    for (const MessageKind &kind : messageKinds) {
        if (xml.name().startsWith(kind.message)) // camt.052.001.01 says BkToCstmrAcctRptV01
            return kind;
    }
    xml.fail(
        u"Document",
        Tr::tr("not a camt.052/053/054 message: <Document> holds <%1>").arg(shownName(xml.name())));
    return std::nullopt;
}

/// What one document (a whole file, or a piece made whole) gave.
struct DocumentOutcome
{
    ReadResult result;
    int pendingEntries = 0;
};

DocumentOutcome readDocument(QIODevice &device, const ReadOptions &options, StatementPartSink &sink,
                             StatementFormat format, qint64 lineOffset)
{
    DocumentOutcome out;
    ReadResult &result = out.result;
    result.format = format;
    XmlScanner reader(device);
    reader.setLineOffset(lineOffset);
    CamtXml xml(reader, options.fileName);
    const std::optional<MessageKind> kind = openMessage(xml);
    if (!kind) {
        result.error = xml.error();
        return out;
    }
    result.format = kind->format;
    CamtStatementParser parser(xml);
    int statements = 0;
    while (xml.nextChild()) {
        if (xml.name() != kind->record) {
            xml.skip(); // GrpHdr
            continue;
        }
        const CamtStatementParser::Outcome outcome = parser.parse(sink);
        if (outcome == CamtStatementParser::Outcome::Failed)
            break;
        if (outcome == CamtStatementParser::Outcome::Canceled) {
            result.canceled = true;
            return out;
        }
        ++statements;
    }
    // Anything after the message (a second message, garbage) is an error too.
    reader.readToEnd();
    result.error = xml.error();
    if (!result.error && statements == 0)
        result.error = ReadError { options.fileName, 0, -1, QString::fromLatin1(kind->message),
                                   Tr::tr("the file has no <%1> element: no statement to read")
                                       .arg(QString::fromLatin1(kind->record)) };
    out.pendingEntries = parser.pendingEntries();
    return out;
}

void warnPending(ReadResult &result, int pendingEntries)
{
    if (pendingEntries > 0)
        result.warnings.append(Tr::tr("%n entries are pending (status PDNG), not yet booked",
                                      nullptr, pendingEntries));
}

/// What a piece needs of the file's start to be read as a document of its own: the bytes before
/// the first statement (declaration, <Document>, message start, group header), the end tags that
/// close what they open, and the pending entries counted in the pieces before.
struct PieceContext
{
    QByteArray prefix;
    QByteArray closing;
    int pendingEntries = 0;

    QByteArray toState() const
    {
        return prefix + '\0' + closing + '\0' + QByteArray::number(pendingEntries);
    }
    static PieceContext fromState(const QByteArray &state)
    {
        // XML has no NUL characters: they separate the parts.
        const QList<QByteArray> parts = state.split('\0');
        PieceContext context;
        if (parts.size() == 3) {
            context.prefix = parts[0];
            context.closing = parts[1];
            context.pendingEntries = parts[2].toInt();
        }
        return context;
    }
};

/// The context of a file whose first piece is `bytes`, its first statement at `recordStart`.
PieceContext firstPieceContext(const QByteArray &bytes, qsizetype recordStart,
                               const QString &fileName)
{
    PieceContext context;
    QBuffer buffer;
    buffer.setData(bytes.left(recordStart));
    buffer.open(QIODevice::ReadOnly);
    XmlScanner reader(buffer);
    CamtXml xml(reader, fileName);
    if (!openMessage(xml))
        return context; // the piece's read reports it
    context.prefix = bytes.left(recordStart);
    context.closing = reader.closingTags();
    return context;
}

/// Where the start tag of a statement element (any prefix) is at or after `from`; `record` is
/// the element's local name, or empty for any of the three.
qsizetype findRecordStart(QByteArrayView bytes, qsizetype from, QByteArrayView &record)
{
    const auto nextTag = [&](qsizetype from) -> qsizetype {
        if (from >= bytes.size())
            return -1;
        const void *found = std::memchr(bytes.data() + from, '<', size_t(bytes.size() - from));
        return found ? static_cast<const char *>(found) - bytes.data() : -1;
    };
    for (qsizetype at = nextTag(from); at >= 0; at = nextTag(at + 1)) {
        qsizetype nameEnd = at + 1;
        while (nameEnd < bytes.size() && bytes[nameEnd] != '>' && bytes[nameEnd] != '/'
               && bytes[nameEnd] != ' ' && bytes[nameEnd] != '\t' && bytes[nameEnd] != '\r'
               && bytes[nameEnd] != '\n' && nameEnd - at < 64)
            ++nameEnd;
        if (nameEnd == bytes.size())
            return -1; // cannot tell yet
        QByteArrayView name = bytes.sliced(at + 1, nameEnd - at - 1);
        if (const qsizetype colon = name.indexOf(':'); colon >= 0)
            name = name.sliced(colon + 1);
        const bool wanted = record.isEmpty()
            ? std::any_of(std::begin(messageKinds), std::end(messageKinds),
                          [&](const MessageKind &kind) { return kind.record == name; })
            : name == record;
        if (wanted && bytes[nameEnd] != '/') {
            record = name;
            return at;
        }
    }
    return -1;
}

} // namespace

ReadResult CamtReader::read(QIODevice &device, const ReadOptions &options,
                            StatementPartSink &sink) const
{
    if (isZip(device)) {
        ReadResult result;
        result.format = m_format;
        result.error = ReadError {
            options.fileName, 0, 0, {}, Tr::tr("zip archives are not supported; unzip first")
        };
        return result;
    }
    if (options.piece)
        return readPiece(device, options, sink);
    DocumentOutcome out = readDocument(device, options, sink, m_format, 0);
    warnPending(out.result, out.pendingEntries);
    return out.result;
}

ReadResult CamtReader::readPiece(QIODevice &device, const ReadOptions &options,
                                 StatementPartSink &sink) const
{
    const FilePiece &piece = *options.piece;
    // readInPieces hands a piece over in a QBuffer: its bytes are taken as they are.
    const auto *inMemory = qobject_cast<QBuffer *>(&device);
    const QByteArray bytes = inMemory && inMemory->pos() == 0 ? inMemory->data() : device.readAll();
    const bool laterPiece = !piece.state.isEmpty();
    PieceContext context;
    if (laterPiece) {
        context = PieceContext::fromState(piece.state);
    } else {
        QByteArrayView record;
        if (const qsizetype start = findRecordStart(bytes, 0, record); start > 0)
            context = firstPieceContext(bytes, start, options.fileName);
    }
    // The piece made a document: the message's start before it (the first piece has it), the
    // end tags after it (the last piece has them).
    QByteArray document = laterPiece ? context.prefix + bytes : bytes;
    if (!piece.last)
        document += context.closing;
    const qint64 lineOffset = laterPiece ? piece.firstLine - 1 - context.prefix.count('\n') : 0;
    QBuffer buffer(&document);
    buffer.open(QIODevice::ReadOnly);
    DocumentOutcome out = readDocument(buffer, options, sink, m_format, lineOffset);
    context.pendingEntries += out.pendingEntries;
    // Said once, at the end: of the file, or of the reading where an error stops it (as reading
    // the whole file says it then too).
    if (piece.last || out.result.error)
        warnPending(out.result, context.pendingEntries);
    out.result.pieceState = context.toState();
    return out.result;
}

qsizetype CamtReader::pieceStart(QByteArrayView bytes, qsizetype from) const
{
    // Only a statement element that is a child of the message (depth 2) starts a piece: the
    // tags are followed from the start of `bytes` as XmlScanner reads them (a piece after the
    // first starts with such an element). Where the scanner would stop at an error, no piece
    // starts after it: the piece holding the error reports it, as reading whole would.
    QByteArrayView record;
    const qsizetype first = findRecordStart(bytes, 0, record);
    int depth = first == 0 ? 2 : 0;
    const auto find = [&](QByteArrayView needle, qsizetype at) -> qsizetype {
        const qsizetype found = bytes.indexOf(needle, at);
        return found < 0 ? -1 : found + needle.size();
    };
    qsizetype at = 0;
    while (true) {
        const void *tag = std::memchr(bytes.data() + at, '<', size_t(bytes.size() - at));
        if (!tag)
            return -1;
        at = static_cast<const char *>(tag) - bytes.data();
        if (at + 9 > bytes.size())
            return -1; // cannot tell yet
        const char second = bytes[at + 1];
        if (second == '/') {
            at = find(">", at + 2);
            if (--depth < 0)
                return -1;
        } else if (second == '?') {
            at = find("?>", at + 2);
        } else if (bytes.sliced(at).startsWith("<!--")) {
            at = find("-->", at + 2);
        } else if (bytes.sliced(at).startsWith("<![CDATA[")) {
            at = find("]]>", at + 9);
        } else if (second == '!') {
            return -1; // a document type declaration: an error
        } else {
            const qsizetype start = at;
            char quote = 0;
            for (++at; at < bytes.size(); ++at) {
                const char c = bytes[at];
                if (quote != 0) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>' || c == '<') {
                    break;
                }
            }
            if (at == bytes.size() || bytes[at] == '<')
                return -1; // cannot tell yet, or an error
            if (bytes[at - 1] == '/')
                continue; // <empty/>
            QByteArrayView name;
            if (depth == 2 && start >= from && findRecordStart(bytes, start, name) == start
                && (record.isEmpty() || name == record))
                return start;
            ++depth;
        }
        if (at < 0)
            return -1;
    }
}

} // namespace Saldo
