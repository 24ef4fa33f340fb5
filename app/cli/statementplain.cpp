// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementplain.h"

#include "clicontext.h"
#include "util/isodate.h"
#include "util/utf8out.h"

#include <algorithm>

namespace Saldo::Cli {

namespace {

/// Output is written to the device in blocks of about this size.
constexpr qsizetype FlushThreshold = 64 * 1024;
/// A statement's lines longer than this are written as they are, not copied into the block
/// first: only statements of a few lines are gathered.
constexpr qsizetype DirectWriteBytes = 8 * 1024;

/// Bytes `text` takes in UTF-8 at most.
qsizetype utf8Room(QStringView text)
{
    return text.size() * 3;
}

/// Writes `text` as UTF-8 at `out`, padded with spaces to `width` UTF-16 units on the left
/// (`right` aligned) or on the right, as QString::rightJustified() / leftJustified() pad it;
/// returns the end. ASCII (amounts, IBANs, symbols, most names) is copied unit by unit.
char *putPadded(char *out, QStringView text, qsizetype width = 0, bool right = false)
{
    const qsizetype padding = std::max<qsizetype>(0, width - text.size());
    if (right)
        out = std::fill_n(out, padding, ' ');
    out = putUtf8(out, text); // no QByteArray: this runs for every line
    if (!right)
        out = std::fill_n(out, padding, ' ');
    return out;
}

/// The amount right-aligned in `width` characters, as putPadded() would put its toString().
char *putAmount(char *out, const Money &amount, qsizetype width)
{
    char buffer[Money::MaxChars];
    char *const end = buffer + sizeof buffer;
    const char *const start = amount.writeBefore(end);
    out = std::fill_n(out, std::max<qsizetype>(0, width - (end - start)), ' ');
    return std::copy(start, static_cast<const char *>(end), out);
}

/// "2026-01-05" as QDate::toString(Qt::ISODate) writes it, without its string formatter.
char *putDate(char *out, const QDate &date, LastIsoDate &last)
{
    const auto &text = last.of(date);
    if (!text) // invalid (empty) or unusual
        return putPadded(out, date.toString(Qt::ISODate));
    return std::copy(text->cbegin(), text->cend(), out);
}

char *putSeparator(char *out)
{
    *out++ = ' ';
    *out++ = ' ';
    return out;
}

/// "2026-01-05        -1234.50  SK31…  2026001     Name": the layout of the plain listing.
/// Written through a pointer at `used` (which it moves on) into room that grows seldom: this
/// runs for every line of a big file, and a resize is a call into Qt. The caller truncates
/// `out` to `used` at the end.
void appendLine(QByteArray &out, qsizetype &used, const StatementLine &line, LastIsoDate &lastDate)
{
    const QString &iban = line.counterpartyIban.toString();
    const QString &symbol = line.variableSymbol.toString();
    constexpr qsizetype DateRoom = 64; // the ISO date, or what QDate writes for odd years
    const qsizetype room = DateRoom + Money::MaxChars + 14 + utf8Room(iban) + 24 + utf8Room(symbol)
        + 10 + utf8Room(line.counterpartyName) + 4 * 2 + 1;
    if (used + room > out.size())
        out.resize(std::max(used + room, out.size() * 2));
    char *const begin = out.data() + used;
    char *at = putDate(begin, line.bookingDate, lastDate);
    at = putAmount(putSeparator(at), line.amount, 14);
    at = putPadded(putSeparator(at), iban, 24);
    at = putPadded(putSeparator(at), symbol, 10);
    at = putPadded(putSeparator(at), line.counterpartyName);
    *at++ = '\n';
    used += at - begin;
}

} // namespace

StatementPlainSink::StatementPlainSink(QIODevice *out, qsizetype spillBytes)
    : m_out(out)
    , m_spillBytes(spillBytes)
{ }

StatementPlainSink::~StatementPlainSink()
{
    flush();
}

bool StatementPlainSink::begin(const Statement &)
{
    m_lines.truncate(0);
    m_spilled = 0;
    m_lineCount = 0;
    m_total = {};
    return true;
}

PreparedLines StatementPlainSink::Preparer::prepare(QList<StatementLine> &&lines) const
{
    // A listing line is about a hundred bytes: room made once rather than regrown.
    constexpr qsizetype BytesPerLine = 128;
    PreparedLines prepared;
    prepared.bytes.resize(lines.size() * BytesPerLine);
    qsizetype used = 0;
    LastIsoDate lastDate;
    for (const StatementLine &line : std::as_const(lines)) {
        prepared.total.add(line.amount);
        appendLine(prepared.bytes, used, line, lastDate);
    }
    prepared.bytes.truncate(used);
    prepared.count = lines.size();
    return prepared;
}

bool StatementPlainSink::addLines(QList<StatementLine> &&lines)
{
    return addPrepared(m_preparer.prepare(std::move(lines)));
}

bool StatementPlainSink::addPrepared(PreparedLines &&lines)
{
    m_total.add(lines.total);
    if (m_lines.isEmpty())
        m_lines = std::move(lines.bytes);
    else
        m_lines.append(lines.bytes);
    m_lineCount += lines.count;
    if (m_lines.size() > m_spillBytes && !m_spillFailed)
        spill();
    return true;
}

void StatementPlainSink::spill()
{
    if (!m_spill) {
        m_spill = std::make_unique<QTemporaryFile>();
        if (!m_spill->open()) {
            m_spill.reset();
            m_spillFailed = true;
            return;
        }
    }
    if (!m_spill->seek(m_spilled)) {
        m_spillFailed = true;
        return;
    }
    // What could not be written (disk full) stays in memory, behind what was.
    const qint64 written = std::max<qint64>(0, m_spill->write(m_lines));
    m_spilled += written;
    m_lines.remove(0, written);
    if (!m_lines.isEmpty())
        m_spillFailed = true;
}

void StatementPlainSink::writeSpilled()
{
    if (m_spilled == 0)
        return;
    m_spill->seek(0);
    QByteArray block;
    for (qint64 left = m_spilled; left > 0;) {
        block = m_spill->read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            break;
        m_out->write(block);
        left -= block.size();
    }
    m_spilled = 0;
}

bool StatementPlainSink::end(const Statement &header)
{
    m_output.append(
        Translate::tr("Statement %1  account %2  %3 lines  balance %4\n")
            .arg(header.id,
                 header.accountIban.isNull() ? header.accountNumber : header.accountIban.toString())
            .arg(m_lineCount)
            .arg(balanceCheckName(m_total.check(header.openingBalance, header.closingBalance)))
            .toUtf8());
    if (m_spilled > 0 || m_lines.size() > DirectWriteBytes) {
        flush();
        writeSpilled();
        m_out->write(m_lines); // a big statement goes out without another copy
    } else {
        m_output.append(m_lines);
    }
    m_lines.truncate(0);
    if (m_output.size() > FlushThreshold)
        flush();
    return true;
}

void StatementPlainSink::flush()
{
    if (!m_output.isEmpty())
        m_out->write(m_output);
    m_output.truncate(0);
}

} // namespace Saldo::Cli
