// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940parser.h"

#include "util/textview.h"
#include "util/tr.h"

#include <algorithm>

namespace Saldo {

using Mt940::left;
using Mt940::mid;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Control bytes around a line (mBank's SOH/ETX, stray CR, form feeds) are not content.
QByteArrayView withoutControls(QByteArrayView line)
{
    const auto control = [](char c) {
        return uchar(c) < 0x20 || c == 0x7F;
    };
    while (!line.isEmpty() && control(line.front()))
        line = mid(line, 1);
    while (!line.isEmpty() && control(line.back()))
        line.chop(1);
    return line;
}

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

/// Width of a tag at the start of `line`: ":61:", ":60F:", ":NS:"; 0 when there is none.
/// Three-digit forms (Rabobank's ":940:") are noise, not tags.
int tagWidth(QByteArrayView line)
{
    if (line.size() < 4 || line[0] != ':')
        return 0;
    if (startsWithText(line, ":NS:"))
        return 4;
    if (!isDigit(line[1]) || !isDigit(line[2]))
        return 0;
    qsizetype end = 3;
    if (end < line.size() && line[end] >= 'A' && line[end] <= 'Z')
        ++end;
    return end < line.size() && line[end] == ':' ? int(end + 1) : 0;
}

Mt940FieldKind kindOf(QByteArrayView tag)
{
    if (tag.size() < 2 || tag.size() > 3)
        return Mt940FieldKind::Unknown;
    const char suffix = tag.size() == 3 ? tag[2] : 0;
    if (tag[0] == 'N' && tag[1] == 'S' && !suffix)
        return Mt940FieldKind::NonSwift;
    if (!isDigit(tag[0]) || !isDigit(tag[1]))
        return Mt940FieldKind::Unknown;
    const auto either = [&](char a, char b) {
        return suffix == 0 || suffix == a || suffix == b;
    };
    switch ((tag[0] - '0') * 10 + (tag[1] - '0')) {
    case 13:
        return either('D', 'D') ? Mt940FieldKind::DateTime : Mt940FieldKind::Unknown;
    case 20:
        return suffix ? Mt940FieldKind::Unknown : Mt940FieldKind::Reference;
    case 21:
        return suffix ? Mt940FieldKind::Unknown : Mt940FieldKind::Ignored;
    case 25:
        return either('P', 'P') ? Mt940FieldKind::Account : Mt940FieldKind::Unknown;
    case 28:
        return either('C', 'C') ? Mt940FieldKind::Number : Mt940FieldKind::Unknown;
    case 34:
        return suffix == 'F' ? Mt940FieldKind::CurrencyHint : Mt940FieldKind::Unknown;
    case 60:
        return either('F', 'M') ? Mt940FieldKind::Opening : Mt940FieldKind::Unknown;
    case 61:
        return suffix ? Mt940FieldKind::Unknown : Mt940FieldKind::Entry;
    case 62:
        return either('F', 'M') ? Mt940FieldKind::Closing : Mt940FieldKind::Unknown;
    case 64:
    case 65:
        return suffix ? Mt940FieldKind::Unknown : Mt940FieldKind::CurrencyHint;
    case 86:
        return suffix ? Mt940FieldKind::Unknown : Mt940FieldKind::Details;
    case 90:
        return suffix == 'C' || suffix == 'D' ? Mt940FieldKind::CurrencyHint
                                              : Mt940FieldKind::Unknown;
    default:
        return Mt940FieldKind::Unknown;
    }
}

/// Fields whose text may wrap onto lines that happen to start like a tag (":26:37 Fo…").
bool takesFreeLines(Mt940FieldKind kind)
{
    return kind == Mt940FieldKind::Details || kind == Mt940FieldKind::Entry
        || kind == Mt940FieldKind::NonSwift;
}

} // namespace

Mt940Parser::Mt940Parser(Mt940StatementBuilder &builder)
    : m_builder(builder)
{ }

bool Mt940Parser::addLine(QByteArrayView rawLine, qint64 number)
{
    const QByteArrayView line = withoutControls(rawLine);
    if (isBlank(line))
        return true;
    if (line.front() == '{') {
        // SWIFT envelope "{1:…}{2:…}{3:…}{4:": the message text starts after "{4:".
        const qsizetype text = line.indexOf("{4:");
        const QByteArrayView rest
            = text < 0 ? QByteArrayView() : withoutControls(mid(line, text + 3));
        if (rest.isEmpty() || rest.front() == '{')
            return true;
        return addLine(rest, number);
    }
    if (line.front() == '-' && (line.size() == 1 || line[1] == '}' || isBlank(mid(line, 1)))) {
        // End of message ("-", or "-}" in an envelope).
        const bool ok = flushField() && m_builder.endMessage();
        m_inMessage = false;
        return ok;
    }
    if (const int width = tagWidth(line); width > 0) {
        const QByteArrayView tag = mid(line, 1, width - 2);
        const Mt940FieldKind kind = kindOf(tag);
        if (kind != Mt940FieldKind::Unknown || !takesFreeLines(m_field.kind))
            return startField(kind, tag, mid(line, width), number, width);
    }
    if (m_field.kind == Mt940FieldKind::None)
        return true; // noise outside a message: bank headers, prose
    if (++m_field.lineCount > kMaxFieldLines) {
        m_builder.fail(number,
                       QLatin1Char(':') + QString::fromLatin1(m_field.tag) + QLatin1Char(':'),
                       Tr::tr("more than %1 lines in one field; the tag that ends it is missing")
                           .arg(kMaxFieldLines));
        return false;
    }
    // One resize for the line end and the line: the field's buffer grows once per line.
    const qsizetype used = m_field.text.size();
    m_field.text.resize(used + 1 + line.size());
    char *at = m_field.text.data() + used;
    *at++ = '\n';
    std::copy(line.begin(), line.end(), at);
    return true;
}

bool Mt940Parser::startField(Mt940FieldKind kind, QByteArrayView tag, QByteArrayView content,
                             qint64 number, int tagLength)
{
    if (!flushField())
        return false;
    m_field.kind = kind;
    m_field.tag.assign(tag);
    // Reuse the buffer's memory: resize() keeps the capacity, assignment would not.
    m_field.text.resize(content.size());
    std::copy(content.begin(), content.end(), m_field.text.data());
    m_field.line = number;
    m_field.lineCount = 1;
    m_field.tagLength = tagLength;
    m_inMessage = true;
    return true;
}

bool Mt940Parser::flushField()
{
    if (m_field.kind == Mt940FieldKind::None)
        return true;
    const bool ok = m_builder.addField(m_field);
    m_field.kind = Mt940FieldKind::None;
    return ok;
}

bool Mt940Parser::finish()
{
    return flushField() && m_builder.finish();
}

} // namespace Saldo
