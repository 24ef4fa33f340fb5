// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatdetection.h"

#include "csv/csvreader.h"
#include "formats/common/textdecoder.h"

#include <QByteArray>
#include <QList>

namespace Saldo {

namespace {

QByteArrayView withoutLeadingSpace(QByteArrayView text)
{
    while (!text.isEmpty()
           && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'
               || text.front() == '\n'))
        text = text.sliced(1);
    return text;
}

/// The camt message by its namespace ("camt.053") or, without one, its root element.
StatementFormat camtKind(QByteArrayView head)
{
    struct Kind
    {
        const char *namespacePart;
        const char *rootElement;
        StatementFormat format;
    };
    static constexpr Kind kinds[] = {
        { "camt.053.", "BkToCstmrStmt", StatementFormat::Camt053 },
        { "camt.052.", "BkToCstmrAcctRpt", StatementFormat::Camt052 },
        { "camt.054.", "BkToCstmrDbtCdtNtfctn", StatementFormat::Camt054 },
    };
    for (const Kind &kind : kinds) {
        if (head.contains(QByteArrayView(kind.namespacePart)))
            return kind.format;
    }
    for (const Kind &kind : kinds) {
        // "<BkToCstmrStmt>" or a prefixed "<camt:BkToCstmrStmt>"
        const QByteArray root(kind.rootElement);
        if (head.contains('<' + root) || head.contains(':' + root))
            return kind.format;
    }
    return StatementFormat::Auto;
}

bool looksLikeOfx(QByteArrayView head)
{
    const QByteArray lower = head.toByteArray().toLower();
    return lower.contains("ofxheader") || lower.contains("<ofx>");
}

/// A line that starts with a SWIFT tag (":20:", ":28C:", ":60F:", ":NS:") after optional
/// spaces.
bool isSwiftTagLine(QByteArrayView line)
{
    line = withoutLeadingSpace(line);
    if (line.size() < 4 || line[0] != ':')
        return false;
    if (line.startsWith(":NS:"))
        return true;
    if (!(line[1] >= '0' && line[1] <= '9') || !(line[2] >= '0' && line[2] <= '9'))
        return false;
    if (line[3] == ':')
        return true;
    return line.size() > 4 && line[3] >= 'A' && line[3] <= 'Z' && line[4] == ':';
}

QList<QByteArrayView> linesOf(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    while (!head.isEmpty()) {
        const qsizetype end = head.indexOf('\n');
        lines.append(end < 0 ? head : head.first(end));
        head = end < 0 ? QByteArrayView() : head.sliced(end + 1);
    }
    return lines;
}

bool looksLikeMt940(QByteArrayView head, const QList<QByteArrayView> &lines)
{
    if (withoutLeadingSpace(head).startsWith("{1:"))
        return true;
    return std::any_of(lines.begin(), lines.end(), isSwiftTagLine);
}

/// ABO/GPC: the first record is a 074 statement header (or a 075 item of a cut file). The
/// record's length is left to the reader, which says what is wrong with it.
bool looksLikeGpc(const QList<QByteArrayView> &lines)
{
    for (const QByteArrayView line : lines) {
        const QByteArrayView record = withoutLeadingSpace(line);
        if (record.isEmpty())
            continue;
        return record.startsWith("074") || (record.startsWith("075") && record.size() >= 97);
    }
    return false;
}

/// Lines of text with the same number (two or more) of one separator: a CSV of a layout no
/// profile knows. Only the user's preference makes such a file CSV.
bool looksLikeDelimitedText(const QList<QByteArrayView> &lines)
{
    for (const char separator : { ';', ',', '\t' }) {
        qsizetype columns = -1;
        int rows = 0;
        for (const QByteArrayView line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const qsizetype count = line.count(separator);
            if (count < 2 || (columns >= 0 && count != columns))
                break;
            columns = count;
            if (++rows == 3)
                return true;
        }
    }
    return false;
}

/// Every format the head could be, most specific first.
QList<StatementFormat> candidates(QByteArrayView head)
{
    QList<StatementFormat> formats;
    const QByteArrayView start = withoutLeadingSpace(head);
    if (start.isEmpty())
        return formats;
    if (start.startsWith("<")) {
        if (looksLikeOfx(head))
            formats.append(StatementFormat::Ofx);
        const StatementFormat camt = camtKind(head);
        if (camt != StatementFormat::Auto)
            formats.append(camt);
        return formats; // XML is nothing else
    }
    if (looksLikeOfx(head.first(std::min<qsizetype>(head.size(), 1024))))
        formats.append(StatementFormat::Ofx); // OFX 1.x SGML: "OFXHEADER:100", then tags
    const QList<QByteArrayView> lines = linesOf(head);
    if (looksLikeGpc(lines))
        formats.append(StatementFormat::Gpc);
    if (!CsvReader::detectProfile(head).isEmpty())
        formats.append(StatementFormat::Csv);
    if (looksLikeMt940(head, lines))
        formats.append(StatementFormat::Mt940);
    return formats;
}

} // namespace

StatementFormat detectFormat(QByteArrayView head, StatementFormat preferred)
{
    head = head.sliced(utf8BomLength(head));
    const QList<StatementFormat> formats = candidates(head);
    if (preferred != StatementFormat::Auto && formats.contains(preferred))
        return preferred;
    if (!formats.isEmpty())
        return formats.first();
    if (preferred == StatementFormat::Csv && looksLikeDelimitedText(linesOf(head)))
        return preferred;
    return StatementFormat::Auto;
}

} // namespace Saldo
