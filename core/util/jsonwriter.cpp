// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace Saldo {

namespace {
// Flushing in blocks keeps the number of write() calls low without holding the whole document.
constexpr qsizetype FlushThreshold = 64 * 1024;
} // namespace

JsonWriter::JsonWriter(QIODevice *device, bool pretty) : m_device(device), m_pretty(pretty)
{
    m_buffer.reserve(FlushThreshold + 1024);
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_device->write(m_buffer);
        m_buffer.clear();
    }
}

void JsonWriter::newline()
{
    if (!m_pretty)
        return;
    put('\n');
    for (size_t i = 0; i < m_hasElements.size(); ++i)
        put("    ");
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
    if (m_buffer.size() > FlushThreshold)
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
    put('"');
    put(QByteArrayView(name.data(), name.size()));
    put(m_pretty ? QByteArrayView("\": ") : QByteArrayView("\":"));
    m_afterKey = true;
}

void JsonWriter::writeEscaped(QStringView text)
{
    put('"');
    // Fast path: runs of plain characters are converted to UTF-8 in one call.
    qsizetype runStart = 0;
    auto flushRun = [&](qsizetype end) {
        if (end > runStart)
            m_buffer.append(text.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushRun(i);
        runStart = i + 1;
        switch (c) {
        case u'"': put("\\\""); break;
        case u'\\': put("\\\\"); break;
        case u'\n': put("\\n"); break;
        case u'\r': put("\\r"); break;
        case u'\t': put("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char esc[] = { '\\', 'u', '0', '0', hex[(c >> 4) & 0xf], hex[c & 0xf] };
            put(QByteArrayView(esc, sizeof esc));
        }
        }
    }
    flushRun(text.size());
    put('"');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeEscaped(text);
}

void JsonWriter::value(QLatin1StringView text)
{
    value(QString(text));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    put(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    put(QByteArray::number(number));
}

void JsonWriter::nullValue()
{
    beforeValue();
    put("null");
}

} // namespace Saldo
