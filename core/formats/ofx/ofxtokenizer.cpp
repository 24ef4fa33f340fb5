// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ofxtokenizer.h"

#include "formats/common/textdecoder.h"
#include "util/tr.h"

#include <algorithm>

namespace Saldo {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
/// No tag, text or comment in an OFX file comes near this; a longer one is not OFX and must not
/// make the reader buffer the whole file.
constexpr qsizetype MaxTokenBytes = 1024 * 1024;
constexpr qsizetype NotFound = -1;
constexpr qsizetype TooLong = -2;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

OfxTokenizer::OfxTokenizer(QIODevice &device)
    : m_device(device)
{ }

bool OfxTokenizer::fill(qsizetype wanted)
{
    while (m_buffer.size() - m_position < wanted && !m_atEnd) {
        if (m_position > 0) {
            m_buffer.remove(0, m_position);
            m_position = 0;
        }
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + ChunkSize);
        const qint64 got = m_device.read(m_buffer.data() + kept, ChunkSize);
        m_buffer.resize(kept + qsizetype(std::max<qint64>(got, 0)));
        m_atEnd = got <= 0;
    }
    return m_buffer.size() - m_position >= wanted;
}

qsizetype OfxTokenizer::find(QByteArrayView needle, qsizetype from)
{
    while (true) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_position);
        const qsizetype at = rest.indexOf(needle, from);
        if (at >= 0)
            return at > MaxTokenBytes ? TooLong : at;
        if (rest.size() > MaxTokenBytes)
            return TooLong;
        // Search again from where the needle could still start once more bytes are there.
        from = std::max<qsizetype>(from, rest.size() - needle.size() + 1);
        if (!fill(rest.size() + 1))
            return NotFound;
    }
}

void OfxTokenizer::consume(qsizetype length)
{
    const char *begin = m_buffer.constData() + m_position;
    m_line += std::count(begin, begin + length, '\n');
    m_position += length;
}

OfxTokenizer::Step OfxTokenizer::fail(const QString &message)
{
    m_errorLine = m_line;
    m_errorMessage = message;
    return Step::Error;
}

OfxTokenizer::Step OfxTokenizer::next(OfxToken &token)
{
    if (m_atStart) {
        m_atStart = false;
        if (fill(3))
            m_position += utf8BomLength(QByteArrayView(m_buffer).sliced(m_position));
    }
    while (true) {
        if (!fill(1))
            return Step::EndOfFile;
        token = OfxToken();
        token.line = m_line;
        if (m_buffer.at(m_position) == '<') {
            const Step step = markup(token);
            if (step == Step::EndOfFile)
                continue; // a comment or declaration was skipped
            return step;
        }
        qsizetype end = find("<", 0);
        if (end == TooLong)
            return fail(Tr::tr("text longer than %1 bytes without a tag").arg(MaxTokenBytes));
        if (end == NotFound)
            end = m_buffer.size() - m_position;
        token.kind = OfxToken::Kind::Text;
        token.text = QByteArrayView(m_buffer).sliced(m_position, end);
        consume(end);
        return Step::Token;
    }
}

/// Skips a comment or declaration; EndOfFile here means "nothing to hand out, go on".
OfxTokenizer::Step OfxTokenizer::skipUntil(QByteArrayView terminator, const QString &what,
                                           OfxToken &)
{
    const qsizetype end = find(terminator, 2);
    if (end < 0)
        return fail(
            Tr::tr("%1 not closed ('%2' missing)").arg(what, QString::fromLatin1(terminator)));
    consume(end + terminator.size());
    return Step::EndOfFile;
}

OfxTokenizer::Step OfxTokenizer::markup(OfxToken &token)
{
    fill(9);
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_position);
    if (rest.startsWith("<!--"))
        return skipUntil("-->", Tr::tr("comment"), token);
    if (rest.startsWith("<![CDATA[")) {
        const qsizetype end = find("]]>", 9);
        if (end < 0)
            return fail(Tr::tr("CDATA section not closed (']]>' missing)"));
        token.kind = OfxToken::Kind::Text;
        token.text = QByteArrayView(m_buffer).sliced(m_position + 9, end - 9);
        consume(end + 3);
        return Step::Token;
    }
    if (rest.startsWith("<!"))
        return skipUntil(">", Tr::tr("declaration"), token);
    if (rest.startsWith("<?")) {
        const qsizetype end = find("?>", 2);
        if (end < 0)
            return fail(Tr::tr("processing instruction not closed ('?>' missing)"));
        token.kind = OfxToken::Kind::Instruction;
        token.text = QByteArrayView(m_buffer).sliced(m_position + 2, end - 2);
        consume(end + 2);
        return Step::Token;
    }
    const qsizetype end = find(">", 1);
    if (end < 0)
        return fail(Tr::tr("tag not closed ('>' missing)"));
    QByteArrayView body = QByteArrayView(m_buffer).sliced(m_position + 1, end - 1);
    if (body.contains('<'))
        return fail(Tr::tr("tag not closed ('>' missing before the next '<')"));
    token.kind = OfxToken::Kind::StartTag;
    if (body.startsWith('/')) {
        token.kind = OfxToken::Kind::EndTag;
        body = body.sliced(1);
    } else if (body.endsWith('/')) {
        token.selfClosing = true;
        body.chop(1);
    }
    qsizetype nameLength = 0;
    while (nameLength < body.size() && !isSpace(body[nameLength]))
        ++nameLength;
    token.name = body.first(nameLength).toByteArray().toUpper();
    if (token.name.isEmpty())
        return fail(Tr::tr("tag without a name"));
    consume(end + 1);
    return Step::Token;
}

} // namespace Saldo
