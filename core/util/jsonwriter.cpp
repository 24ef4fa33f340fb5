// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "utf8out.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace Saldo {

namespace {
// Flushing in blocks keeps the number of write() calls low without holding the whole document.
constexpr qsizetype FlushThreshold = 64 * 1024;

/// Writes the JSON escape of an ASCII character that needs one (quote, backslash, control
/// character) and returns the end; plain characters are copied.
char *escapeAscii(char *out, char16_t c)
{
    if (c >= 0x20 && c != u'"' && c != u'\\') {
        *out++ = char(c);
        return out;
    }
    *out++ = '\\';
    switch (c) {
    case u'"':
        *out++ = '"';
        break;
    case u'\\':
        *out++ = '\\';
        break;
    case u'\n':
        *out++ = 'n';
        break;
    case u'\r':
        *out++ = 'r';
        break;
    case u'\t':
        *out++ = 't';
        break;
    default: {
        static const char hex[] = "0123456789abcdef";
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = hex[(c >> 4) & 0xf];
        *out++ = hex[c & 0xf];
    }
    }
    return out;
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device, bool pretty)
    : m_device(device)
    , m_pretty(pretty)
{
    m_buffer.resize(FlushThreshold + 1024);
}

JsonWriter::JsonWriter(QIODevice *device, const JsonWriter &context)
    : JsonWriter(device, context.m_pretty, context.depth())
{ }

JsonWriter::JsonWriter(QIODevice *device, bool pretty, int depth)
    : JsonWriter(device, pretty)
{
    // Only the number of levels (indentation) and the innermost one's "has elements" (the
    // comma) matter to the elements written.
    m_hasElements.assign(size_t(std::max(depth, 1)), true);
}

void JsonWriter::appendElements(QByteArrayView elements)
{
    if (elements.isEmpty())
        return;
    // The element writer put a comma before its first element too: none before an array's first.
    if (!m_hasElements.back() && elements.front() == ',')
        elements = elements.sliced(1);
    m_hasElements.back() = true;
    flush();
    m_device->write(elements.data(), elements.size());
}

void JsonWriter::grow(qsizetype count)
{
    m_buffer.resize(std::max(m_buffer.size() * 2, m_used + count));
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::flush()
{
    if (m_used > 0) {
        m_device->write(m_buffer.constData(), m_used);
        m_used = 0;
    }
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    const qsizetype spaces = qsizetype(m_hasElements.size()) * 4;
    char *out = room(1 + spaces);
    *out++ = '\n';
    std::memset(out, ' ', size_t(spaces));
    m_used += 1 + spaces;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasElements.empty()) {
        if (m_hasElements.back())
            put(',');
        m_hasElements.back() = true;
        newline();
    }
    if (m_used > FlushThreshold)
        flush();
}

void JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_hasElements.push_back(false);
}

void JsonWriter::endObject()
{
    const bool had = m_hasElements.back();
    m_hasElements.pop_back();
    if (had)
        newline();
    put('}');
    if (m_hasElements.empty())
        put('\n');
}

void JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_hasElements.push_back(false);
}

void JsonWriter::endArray()
{
    const bool had = m_hasElements.back();
    m_hasElements.pop_back();
    if (had)
        newline();
    put(']');
    if (m_hasElements.empty())
        put('\n');
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    // One room() for the whole key: this runs for every member of every line.
    char *out = room(name.size() + 4);
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    if (m_pretty)
        *out++ = ' ';
    m_used += name.size() + (m_pretty ? 4 : 3);
    m_afterKey = true;
}

void JsonWriter::writeEscaped(QStringView text)
{
    // UTF-16 to UTF-8 and escapes in one pass; a UTF-16 unit takes at most 6 bytes ("\u001f").
    char *const begin = room(text.size() * 6 + 2);
    char *out = begin;
    *out++ = '"';
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *out++ = char(c); // the common case, kept out of escapeAscii()
        } else if (c < 0x80) {
            out = escapeAscii(out, c);
        } else {
            out = putUtf8NonAscii(out, chars, i, size);
        }
    }
    *out++ = '"';
    m_used += out - begin;
}

void JsonWriter::writeEscaped(QLatin1StringView text)
{
    char *const begin = room(text.size() * 6 + 2);
    char *out = begin;
    *out++ = '"';
    for (const char byte : text) {
        const uchar c = uchar(byte);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *out++ = char(c); // the common case, kept out of escapeAscii()
        } else if (c < 0x80) {
            out = escapeAscii(out, c);
        } else {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        }
    }
    *out++ = '"';
    m_used += out - begin;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeEscaped(text);
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    writeEscaped(text);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    put(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, number);
    put(QByteArrayView(digits, end.ptr - digits));
}

void JsonWriter::nullValue()
{
    beforeValue();
    put("null");
}

} // namespace Saldo
