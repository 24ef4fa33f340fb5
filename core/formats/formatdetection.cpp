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

/// Calls `found` with every format the head could be, most specific first, until it returns
/// true: the tests further down (CSV profiles, MT940) cost more than the first ones, and a
/// file is mostly the first format it could be.
template<typename Found>
void forEachCandidate(QByteArrayView head, Found found)
{
    const QByteArrayView start = withoutLeadingSpace(head);
    if (start.isEmpty())
        return;
    if (start.startsWith("<")) {
        if (looksLikeOfx(head) && found(StatementFormat::Ofx))
            return;
        const StatementFormat camt = camtKind(head);
        if (camt != StatementFormat::Auto)
            found(camt);
        return; // XML is nothing else
    }
    // OFX 1.x SGML: "OFXHEADER:100", then tags
    if (looksLikeOfx(head.first(std::min<qsizetype>(head.size(), 1024)))
        && found(StatementFormat::Ofx))
        return;
    // A file that starts with a SWIFT block or tag is MT940 and nothing else: the dearest test,
    // the CSV profiles' (a few milliseconds before the reading can start), is not made.
    const qsizetype firstLineEnd = start.indexOf('\n');
    if (start.startsWith("{1:")
        || isSwiftTagLine(firstLineEnd < 0 ? start : start.first(firstLineEnd))) {
        found(StatementFormat::Mt940);
        return;
    }
    const QList<QByteArrayView> lines = linesOf(head);
    if (looksLikeGpc(lines) && found(StatementFormat::Gpc))
        return;
    if (!CsvReader::detectProfile(head).isEmpty() && found(StatementFormat::Csv))
        return;
    if (looksLikeMt940(head, lines))
        found(StatementFormat::Mt940);
}

} // namespace

StatementFormat detectFormat(QByteArrayView head, StatementFormat preferred)
{
    head = head.sliced(utf8BomLength(head));
    // The preferred format when the head could be it, else the most specific one it could be.
    StatementFormat first = StatementFormat::Auto;
    bool preferredFound = false;
    forEachCandidate(head, [&](StatementFormat format) {
        if (first == StatementFormat::Auto)
            first = format;
        preferredFound = format == preferred;
        return preferred == StatementFormat::Auto || preferredFound;
    });
    if (preferredFound)
        return preferred;
    if (first != StatementFormat::Auto)
        return first;
    if (preferred == StatementFormat::Csv && looksLikeDelimitedText(linesOf(head)))
        return preferred;
    return StatementFormat::Auto;
}

} // namespace Saldo
