// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camtreader.h"
#include "camtstatementparser.h"
#include "camtxml.h"
#include "util/tr.h"

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

} // namespace

ReadResult CamtReader::read(QIODevice &device, const ReadOptions &options,
                            StatementPartSink &sink) const
{
    ReadResult result;
    result.format = m_format;
    if (isZip(device)) {
        result.error = ReadError {
            options.fileName, 0, 0, {}, Tr::tr("zip archives are not supported; unzip first")
        };
        return result;
    }
    XmlScanner reader(device);
    CamtXml xml(reader, options.fileName);
    const std::optional<MessageKind> kind = openMessage(xml);
    if (!kind) {
        result.error = xml.error();
        return result;
    }
    result.format = kind->format;
    CamtStatementParser parser(xml);
    int statements = 0;
    while (xml.nextChild()) {
        if (xml.name() != kind->record) {
            xml.skip(); // GrpHdr
            continue;
        }
        std::optional<Statement> statement = parser.parse();
        if (!statement)
            break;
        ++statements;
        if (!handOverStatement(sink, std::move(*statement))) {
            result.canceled = true;
            return result;
        }
    }
    // Anything after the message (a second message, garbage) is an error too.
    reader.readToEnd();
    result.error = xml.error();
    if (!result.error && statements == 0)
        result.error = ReadError { options.fileName, 0, -1, QString::fromLatin1(kind->message),
                                   Tr::tr("the file has no <%1> element: no statement to read")
                                       .arg(QString::fromLatin1(kind->record)) };
    if (parser.pendingEntries() > 0)
        result.warnings.append(Tr::tr("%n entries are pending (status PDNG), not yet booked",
                                      nullptr, parser.pendingEntries()));
    return result;
}

} // namespace Saldo
