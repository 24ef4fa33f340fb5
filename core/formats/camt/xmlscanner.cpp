// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlscanner.h"

#include "util/tr.h"

#include <algorithm>
#include <cstring>

namespace Saldo {

namespace {

constexpr qsizetype ChunkSize = 256 * 1024;
constexpr qsizetype MaxTokenSize = 16 * 1024 * 1024;
constexpr qsizetype MaxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isBlank(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), isSpace);
}

/// What the scanner asks of each byte, looked up rather than compared one case at a time.
struct ByteClasses
{
    bool nameChar[256] {};
    bool nameCharButColon[256] {};
    bool tagSpecial[256] {}; ///< what ends a start tag or starts a quoted value: > < " '
    constexpr ByteClasses()
    {
        for (int c = 0; c < 256; ++c)
            nameChar[c] = true;
        for (const char c : { ' ', '\t', '\n', '\r', '<', '>', '/', '=', '"', '\'', '&', '\0' })
            nameChar[uchar(c)] = false;
        for (int c = 0; c < 256; ++c)
            nameCharButColon[c] = nameChar[c] && c != ':';
        for (const char c : { '>', '<', '"', '\'' })
            tagSpecial[uchar(c)] = true;
    }
};
constexpr ByteClasses kBytes;

/// Name characters are checked loosely (ASCII punctuation that cannot be in a name is refused,
/// non-ASCII bytes of a UTF-8 name are let through).
bool isNameChar(char c)
{
    return kBytes.nameChar[uchar(c)];
}

/// Whether `bytes` holds `byte`: memchr, which QByteArrayView::indexOf() does not inline.
bool containsByte(QByteArrayView bytes, char byte)
{
    return !bytes.isEmpty() && std::memchr(bytes.data(), byte, size_t(bytes.size()));
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

QByteArrayView localPart(QByteArrayView qualified)
{
    const auto *colon = qualified.isEmpty()
        ? nullptr
        : static_cast<const char *>(std::memchr(qualified.data(), ':', size_t(qualified.size())));
    return colon ? qualified.sliced(colon - qualified.data() + 1) : qualified;
}

QString shown(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 60)));
}

/// Walks `name="value"` pairs; false on a syntax error. `visit` returns true to stop.
template<typename Visit>
bool forEachAttribute(QByteArrayView text, Visit visit)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (bool first = true;; first = false) {
        const qsizetype before = i;
        while (i < n && isSpace(text[i]))
            ++i;
        if (i == n)
            return true;
        if (i == before && !first)
            return false; // attributes must be separated by white space
        const qsizetype nameStart = i;
        while (i < n && isNameChar(text[i]))
            ++i;
        const QByteArrayView name = text.sliced(nameStart, i - nameStart);
        while (i < n && isSpace(text[i]))
            ++i;
        if (name.isEmpty() || i == n || text[i] != '=')
            return false;
        ++i;
        while (i < n && isSpace(text[i]))
            ++i;
        if (i == n || (text[i] != '"' && text[i] != '\''))
            return false;
        const char quote = text[i++];
        const qsizetype valueStart = i;
        while (i < n && text[i] != quote)
            ++i;
        if (i == n)
            return false;
        if (visit(name, text.sliced(valueStart, i - valueStart)))
            return true;
        ++i;
    }
}

} // namespace

XmlScanner::XmlScanner(QIODevice &device)
    : m_device(device)
{ }

qint64 XmlScanner::lineNumber() const
{
    countLines();
    return m_line + m_lineOffset;
}

QByteArray XmlScanner::closingTags() const
{
    QByteArray tags;
    for (auto start = m_nameStarts.rbegin(); start != m_nameStarts.rend(); ++start) {
        const qsizetype end
            = start == m_nameStarts.rbegin() ? qsizetype(m_names.size()) : *std::prev(start);
        tags += "</";
        tags += QByteArrayView(m_names).sliced(*start, end - *start);
        tags += '>';
    }
    return tags;
}

void XmlScanner::countLines() const
{
    // memchr jumps from line end to line end (camt lines are long); std::count looked at
    // every byte on its own.
    const char *next = m_buffer.constData() + m_lineCountedTo;
    const char *const end = m_buffer.constData() + m_pos;
    while (next < end) {
        next = static_cast<const char *>(std::memchr(next, '\n', size_t(end - next)));
        if (!next)
            break;
        ++m_line;
        ++next;
    }
    m_lineCountedTo = m_pos;
}

void XmlScanner::raiseError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool XmlScanner::readMore(qsizetype count)
{
    while (m_buffer.size() - m_pos < count) {
        if (m_deviceAtEnd || hasError())
            return false;
        if (m_buffer.size() - m_pos > MaxTokenSize) {
            raiseError(Tr::tr("an XML token longer than %1 MB").arg(MaxTokenSize >> 20));
            return false;
        }
        countLines();
        m_buffer.remove(0, m_pos); // keep only the token being read
        m_lineCountedTo -= m_pos;
        m_pos = 0;
        const qsizetype kept = m_buffer.size();
        m_buffer.resize(kept + ChunkSize);
        const qint64 got = m_device.read(m_buffer.data() + kept, ChunkSize);
        m_buffer.resize(kept + std::max<qint64>(got, 0));
        if (got <= 0)
            m_deviceAtEnd = true;
    }
    return true;
}

qsizetype XmlScanner::find(QByteArrayView needle, qsizetype from)
{
    while (true) {
        const QByteArrayView available = QByteArrayView(m_buffer).sliced(m_pos);
        const qsizetype found = available.indexOf(needle, from);
        if (found >= 0)
            return found;
        from = std::max<qsizetype>(0, available.size() - needle.size() + 1);
        if (!ensure(available.size() + 1))
            return -1;
    }
}

qsizetype XmlScanner::findByte(char byte, qsizetype from)
{
    // memchr: a text or end tag is found for every element, find() costs several times more.
    while (true) {
        const char *const begin = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        if (from < available) {
            const auto *found = static_cast<const char *>(
                std::memchr(begin + from, byte, size_t(available - from)));
            if (found)
                return found - begin;
        }
        from = std::max<qsizetype>(from, available);
        if (!ensure(available + 1))
            return -1;
    }
}

bool XmlScanner::readNextStartElement()
{
    while (true) {
        const Token token = next();
        if (token == Token::StartElement)
            return true;
        if (token != Token::Text)
            return false;
    }
}

void XmlScanner::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        const Token token = next();
        if (token == Token::StartElement)
            ++depth;
        else if (token == Token::EndElement)
            --depth;
        else if (token == Token::Done)
            return;
    }
}

QString XmlScanner::readElementText()
{
    // Most elements hold plain text and then their end tag: decoded without the token loop.
    if (const std::optional<QByteArrayView> plain = readPlainText())
        return decode(*plain);
    QString text;
    int depth = 1;
    while (true) {
        const Token token = next();
        if (token == Token::Text) {
            if (!appendDecoded(m_text, text))
                return {};
        } else if (token == Token::StartElement) {
            ++depth;
        } else if (token == Token::Done || --depth == 0) {
            return text;
        }
    }
}

std::optional<QByteArrayView> XmlScanner::readPlainAsciiText(qsizetype maxSize)
{
    if (hasError() || m_pendingEnd || m_nameStarts.empty())
        return std::nullopt;
    const char *const text = m_buffer.constData() + m_pos;
    const qsizetype available = m_buffer.size() - m_pos;
    const qsizetype limit = std::min(available, maxSize + 1);
    qsizetype size = 0;
    for (; size < limit && text[size] != '<'; ++size) {
        if (uchar(text[size]) >= 0x80 || text[size] == '&')
            return std::nullopt; // to be decoded
    }
    const qsizetype tagLength
        = size == limit ? 0 : plainEndTagLength(text + size, available - size);
    if (tagLength == 0)
        return std::nullopt;
    m_pos += size + tagLength;
    popName();
    return QByteArrayView(text, size);
}

std::optional<QByteArrayView> XmlScanner::readPlainText()
{
    if (hasError() || m_pendingEnd || m_nameStarts.empty() || m_pos >= m_buffer.size())
        return std::nullopt;
    const char *const text = m_buffer.constData() + m_pos;
    const qsizetype available = m_buffer.size() - m_pos;
    const auto *const end = static_cast<const char *>(std::memchr(text, '<', size_t(available)));
    // Empty content is left to readElementText() too: it returns a null QString for it.
    if (!end || end == text)
        return std::nullopt;
    const QByteArrayView raw(text, end - text);
    const qsizetype tagLength = plainEndTagLength(end, available - raw.size());
    if (tagLength == 0 || containsByte(raw, '&'))
        return std::nullopt;
    m_pos += raw.size() + tagLength;
    popName();
    return raw;
}

qsizetype XmlScanner::plainEndTagLength(const char *tag, qsizetype available) const
{
    const QByteArrayView open = QByteArrayView(m_names).sliced(m_nameStarts.back());
    const qsizetype length = open.size() + 3;
    if (available < length || tag[1] != '/' || tag[length - 1] != '>'
        || std::memcmp(tag + 2, open.data(), size_t(open.size())) != 0)
        return 0;
    return length;
}

XmlScanner::Token XmlScanner::next()
{
    if (hasError())
        return Token::Done;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        popName();
        return Token::EndElement;
    }
    if (m_atStart)
        readDocumentStart();
    while (!hasError()) {
        if (!ensure(1))
            return endOfInput();
        if (m_buffer.at(m_pos) != '<')
            return text();
        if (!ensure(2)) {
            raiseError(Tr::tr("the file ends inside a tag"));
            break;
        }
        const char second = m_buffer.at(m_pos + 1);
        if (second == '/')
            return endTag();
        if (second == '?') {
            processingInstruction(false);
            continue;
        }
        if (second != '!')
            return startTag();
        if (const std::optional<Token> token = markup())
            return *token;
    }
    return Token::Done;
}

void XmlScanner::readDocumentStart()
{
    m_atStart = false;
    ensure(3);
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF"))
        raiseError(Tr::tr("UTF-16 XML is not supported; save the file as UTF-8"));
    else if (m_buffer.startsWith("<?xml") && ensure(6) && isSpace(m_buffer.at(5)))
        processingInstruction(true);
}

XmlScanner::Token XmlScanner::endOfInput()
{
    if (hasError())
        return Token::Done;
    if (!m_nameStarts.empty())
        raiseError(Tr::tr("the file ends inside <%1> (is it cut short?)")
                       .arg(shown(QByteArrayView(m_names).sliced(m_nameStarts.back()))));
    else if (!m_sawRoot)
        raiseError(Tr::tr("no XML element found"));
    m_finished = true;
    return Token::Done;
}

std::optional<XmlScanner::Token> XmlScanner::markup()
{
    ensure(9);
    const QByteArrayView markup = QByteArrayView(m_buffer).sliced(m_pos);
    if (markup.startsWith("<!--"))
        skipMarkup("-->");
    else if (markup.startsWith("<![CDATA["))
        return cdata();
    else
        raiseError(Tr::tr("document type declarations are not supported"));
    return std::nullopt;
}

bool XmlScanner::skipMarkup(QByteArrayView close)
{
    const qsizetype end = find(close, 2);
    if (end < 0) {
        raiseError(Tr::tr("the file ends inside a comment or instruction"));
        return false;
    }
    m_pos += end + close.size();
    return true;
}

bool XmlScanner::processingInstruction(bool declaration)
{
    const qsizetype end = find("?>", 2);
    if (end < 0) {
        raiseError(Tr::tr("the file ends inside a processing instruction"));
        return false;
    }
    const QByteArrayView content = QByteArrayView(m_buffer).sliced(m_pos + 2, end - 2);
    if (declaration)
        this->declaration(content.sliced(4));
    m_pos += end + 2;
    return !hasError();
}

void XmlScanner::declaration(QByteArrayView content)
{
    QByteArrayView encoding;
    // The declaration's own syntax errors do not matter for reading the data.
    forEachAttribute(content, [&](QByteArrayView name, QByteArrayView value) {
        if (name == "encoding")
            encoding = value;
        return false;
    });
    if (encoding.isEmpty())
        return;
    const QString name = QString::fromLatin1(encoding).toLower();
    if (name == u"utf-8" || name == u"utf8" || name == u"us-ascii" || name == u"ascii")
        return;
    if (name.startsWith(u"utf-16") || name.startsWith(u"ucs")) {
        raiseError(Tr::tr("UTF-16 XML is not supported; save the file as UTF-8"));
        return;
    }
    const std::optional<TextEncoding> known = encodingFromName(name);
    if (!known) {
        raiseError(Tr::tr("the XML encoding '%1' is not supported").arg(name.left(40)));
        return;
    }
    m_encoding = *known;
}

XmlScanner::Token XmlScanner::text()
{
    const qsizetype end = findByte('<', 0);
    const qsizetype length = end < 0 ? m_buffer.size() - m_pos : end;
    m_text = QByteArrayView(m_buffer).sliced(m_pos, length);
    m_textIsCdata = false;
    if (m_nameStarts.empty() && !isBlank(m_text)) {
        raiseError(m_sawRoot ? Tr::tr("text after the root element")
                             : Tr::tr("not XML: text before the first element"));
        return Token::Done;
    }
    m_pos += length;
    return Token::Text;
}

XmlScanner::Token XmlScanner::cdata()
{
    const qsizetype end = find("]]>", 9);
    if (end < 0 || m_nameStarts.empty()) {
        raiseError(Tr::tr("a CDATA section that does not end, or outside the root element"));
        return Token::Done;
    }
    m_text = QByteArrayView(m_buffer).sliced(m_pos + 9, end - 9);
    m_textIsCdata = true;
    m_pos += end + 3;
    return Token::Text;
}

XmlScanner::Token XmlScanner::startTag()
{
    // Most tags are a bare name (<Amt>, <Dt/>): one pass over the name finds their end too.
    const char *const tag = m_buffer.constData() + m_pos;
    const qsizetype available = m_buffer.size() - m_pos;
    // QByteArray keeps a '\0' after its data, which is no name character: the scan stops at
    // the buffer's end without a bounds check per byte.
    qsizetype nameEnd = 1;
    qsizetype localStart = 1; // after the first ':', as localPart() has it
    while (true) {
        while (kBytes.nameCharButColon[uchar(tag[nameEnd])])
            ++nameEnd;
        if (tag[nameEnd] != ':' || nameEnd >= available)
            break;
        if (localStart == 1)
            localStart = nameEnd + 1;
        ++nameEnd;
    }
    const QByteArrayView qualified(tag + 1, nameEnd - 1);
    if (!qualified.isEmpty() && nameEnd < available && tag[nameEnd] == '>') {
        m_attributes = {};
        return openElement(qualified, localStart - 1, nameEnd + 1, false);
    }
    if (!qualified.isEmpty() && nameEnd + 1 < available && tag[nameEnd] == '/'
        && tag[nameEnd + 1] == '>') {
        m_attributes = {};
        return openElement(qualified, localStart - 1, nameEnd + 2, true);
    }
    // Name characters are never '>', '<' or quotes: the scan for the end starts after them.
    return startTagWithAttributes(nameEnd);
}

XmlScanner::Token XmlScanner::startTagWithAttributes(qsizetype from)
{
    // The tag ends at the first '>' outside quotes (attribute values may hold '>').
    qsizetype i = from;
    char quote = 0;
    while (true) {
        const QByteArrayView available = QByteArrayView(m_buffer).sliced(m_pos);
        for (; i < available.size(); ++i) {
            const char c = available[i];
            if (quote == 0 && !kBytes.tagSpecial[uchar(c)])
                continue; // the usual case: a name or attribute character
            if (quote != 0) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>' || c == '<') {
                break;
            }
        }
        if (i < available.size())
            break;
        if (!ensure(available.size() + 1)) {
            raiseError(Tr::tr("the file ends inside a tag"));
            return Token::Done;
        }
    }
    QByteArrayView content = QByteArrayView(m_buffer).sliced(m_pos + 1, i - 1);
    if (m_buffer.at(m_pos + i) == '<') {
        raiseError(Tr::tr("'<' inside the tag <%1").arg(shown(content)));
        return Token::Done;
    }
    const bool empty = content.endsWith('/');
    if (empty)
        content.chop(1);
    qsizetype nameLength = 0;
    while (nameLength < content.size() && isNameChar(content[nameLength]))
        ++nameLength;
    const QByteArrayView qualified = content.first(nameLength);
    m_attributes = content.sliced(nameLength);
    if (qualified.isEmpty() || (!m_attributes.isEmpty() && !isSpace(m_attributes[0]))
        || !forEachAttribute(m_attributes, [](QByteArrayView, QByteArrayView) { return false; })) {
        raiseError(Tr::tr("malformed start tag <%1>").arg(shown(content)));
        return Token::Done;
    }
    const qsizetype localStart = localPart(qualified).data() - qualified.data();
    return openElement(qualified, localStart, i + 1, empty);
}

XmlScanner::Token XmlScanner::openElement(QByteArrayView qualified, qsizetype localStart,
                                          qsizetype tagLength, bool empty)
{
    if ((m_nameStarts.empty() && m_sawRoot) || qsizetype(m_nameStarts.size()) >= MaxDepth)
        return refuseElement(qualified);
    m_sawRoot = true;
    pushName(qualified, localStart);
    m_pos += tagLength;
    m_pendingEnd = empty;
    return Token::StartElement;
}

XmlScanner::Token XmlScanner::refuseElement(QByteArrayView qualified)
{
    if (m_nameStarts.empty())
        raiseError(Tr::tr("a second root element <%1>").arg(shown(qualified)));
    else
        raiseError(Tr::tr("elements nested deeper than %1").arg(MaxDepth));
    return Token::Done;
}

XmlScanner::Token XmlScanner::endTag()
{
    // Well-formed files close the open element right away: "</" + its name + ">".
    if (!m_nameStarts.empty()) {
        const QByteArrayView open = QByteArrayView(m_names).sliced(m_nameStarts.back());
        const qsizetype length = open.size() + 3;
        const char *const tag = m_buffer.constData() + m_pos;
        if (m_buffer.size() - m_pos >= length && tag[length - 1] == '>'
            && std::memcmp(tag + 2, open.data(), size_t(open.size())) == 0) {
            m_pos += length;
            popName();
            return Token::EndElement;
        }
    }
    return endTagChecked();
}

XmlScanner::Token XmlScanner::endTagChecked()
{
    const qsizetype end = findByte('>', 2);
    if (end < 0) {
        raiseError(Tr::tr("the file ends inside an end tag"));
        return Token::Done;
    }
    QByteArrayView qualified = QByteArrayView(m_buffer).sliced(m_pos + 2, end - 2);
    while (!qualified.isEmpty() && isSpace(qualified.back()))
        qualified.chop(1);
    if (m_nameStarts.empty()) {
        raiseError(Tr::tr("</%1> without a matching start tag").arg(shown(qualified)));
        return Token::Done;
    }
    const QByteArrayView open = QByteArrayView(m_names).sliced(m_nameStarts.back());
    if (!sameBytes(qualified, open)) {
        raiseError(Tr::tr("</%1> where </%2> was expected").arg(shown(qualified), shown(open)));
        return Token::Done;
    }
    m_pos += end + 1;
    popName();
    return Token::EndElement;
}

void XmlScanner::pushName(QByteArrayView qualified, qsizetype localStart)
{
    const qsizetype start = qsizetype(m_names.size());
    m_nameStarts.push_back(start);
    m_names.append(qualified.data(), size_t(qualified.size()));
    m_localName = QByteArrayView(m_names).sliced(start + localStart);
}

void XmlScanner::popName()
{
    m_names.resize(size_t(m_nameStarts.back()));
    m_nameStarts.pop_back();
    m_localName = {};
    if (m_nameStarts.empty())
        m_finished = true;
}

QByteArrayView XmlScanner::attribute(QByteArrayView localName) const
{
    QByteArrayView found;
    forEachAttribute(m_attributes, [&](QByteArrayView name, QByteArrayView value) {
        if (localPart(name) != localName)
            return false;
        found = value;
        return true;
    });
    return found;
}

QString XmlScanner::namespaceUri() const
{
    if (m_nameStarts.empty())
        return {};
    const QByteArrayView qualified = QByteArrayView(m_names).sliced(m_nameStarts.back());
    const qsizetype colon = qualified.indexOf(':');
    const QByteArray wanted = colon < 0
        ? QByteArray("xmlns")
        : QByteArray("xmlns:") + qualified.first(colon).toByteArray();
    QString uri;
    forEachAttribute(m_attributes, [&](QByteArrayView name, QByteArrayView value) {
        if (name != wanted)
            return false;
        uri = QString::fromUtf8(value);
        return true;
    });
    return uri;
}

void XmlScanner::readToEnd()
{
    while (!hasError() && next() != Token::Done) { }
}

QString XmlScanner::decode(QByteArrayView bytes) const
{
    return m_encoding == TextEncoding::Utf8 ? QString::fromUtf8(bytes)
                                            : decodeText(bytes, m_encoding);
}

bool XmlScanner::appendDecoded(QByteArrayView raw, QString &out)
{
    if (m_textIsCdata || !containsByte(raw, '&')) {
        if (out.isEmpty())
            out = decode(raw);
        else
            out += decode(raw);
        return true;
    }
    while (!raw.isEmpty()) {
        const qsizetype amp = raw.indexOf('&');
        out += decode(raw.first(amp < 0 ? raw.size() : amp));
        if (amp < 0)
            break;
        const qsizetype semicolon = raw.indexOf(';', amp);
        const QByteArrayView entity
            = semicolon < 0 ? raw.sliced(amp) : raw.sliced(amp + 1, semicolon - amp - 1);
        char32_t code = 0;
        if (entity == "lt")
            code = '<';
        else if (entity == "gt")
            code = '>';
        else if (entity == "amp")
            code = '&';
        else if (entity == "quot")
            code = '"';
        else if (entity == "apos")
            code = '\'';
        else if (entity.startsWith('#') && entity.size() > 1 && semicolon > 0) {
            bool ok = false;
            const QByteArray digits = entity.sliced(entity.startsWith("#x") ? 2 : 1).toByteArray();
            const uint value = digits.toUInt(&ok, entity.startsWith("#x") ? 16 : 10);
            if (ok && value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
                code = value;
        }
        if (code == 0 || semicolon < 0) {
            raiseError(Tr::tr("unknown entity reference '&%1' (only the XML ones and "
                              "character references are read)")
                           .arg(shown(entity.first(std::min<qsizetype>(entity.size(), 20)))));
            return false;
        }
        out += QString::fromUcs4(&code, 1);
        raw = raw.sliced(semicolon + 1);
    }
    return true;
}

} // namespace Saldo
