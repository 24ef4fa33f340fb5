// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringView>

#include <cstring>
#include <vector>

namespace Saldo {

/// Writes one JSON document to a QIODevice as it goes, so a 200,000-line statement never has to
/// be held as a QJsonDocument. Output is UTF-8, indented like QJsonDocument::Indented when
/// `pretty`, compact otherwise. Keys and values are written in call order.
/// Not thread-safe; the device must stay open while the writer lives.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device, bool pretty = true);
    /// A writer of elements of the array `context` is in, into `device`, indented as `context`
    /// would indent them, each with the comma that follows an element before it: for writing
    /// parts of a long array on other threads. appendElements() puts what it wrote in place.
    JsonWriter(QIODevice *device, const JsonWriter &context);
    /// The same for an array that `depth` arrays and objects hold (this writer's depth() when
    /// it is in that array), with the output `pretty` or not: for writing elements where the
    /// writer of the array is busy.
    JsonWriter(QIODevice *device, bool pretty, int depth);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// Starts a member of the current object; follow it with a value or begin*().
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(const char *) = delete; // say which encoding: use QLatin1StringView or QString
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void nullValue();

    /// key() + value() in one call.
    template<typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /// How many arrays and objects are open (0 at the top of the document).
    int depth() const { return int(m_hasElements.size()); }
    bool isPretty() const { return m_pretty; }

    /// Puts elements an element writer (see its constructor) wrote here, as if written here.
    void appendElements(QByteArrayView elements);

    /// Flushes buffered output to the device.
    void flush();

private:
    void beforeValue();
    void newline();
    void writeEscaped(QStringView text);
    void writeEscaped(QLatin1StringView text);
    /// Room for `count` more bytes at the end of the buffer; the caller then advances m_used.
    /// Writing through a pointer instead of QByteArray::append() keeps the output loop cheap: it
    /// runs for every character of `statement read --json`.
    char *room(qsizetype count)
    {
        if (m_used + count > m_buffer.size())
            grow(count);
        return m_buffer.data() + m_used;
    }
    void grow(qsizetype count);
    void put(char c)
    {
        *room(1) = c;
        ++m_used;
    }
    void put(QByteArrayView bytes)
    {
        std::memcpy(room(bytes.size()), bytes.data(), size_t(bytes.size()));
        m_used += bytes.size();
    }

    QIODevice *m_device;
    QByteArray m_buffer; ///< the first m_used bytes are output not yet written
    qsizetype m_used = 0;
    bool m_pretty;
    bool m_afterKey = false;
    // One entry per open object/array: whether it already holds an element. (Not
    // std::vector<bool>: its bit arithmetic showed in the profile; this runs for every value.)
    std::vector<char> m_hasElements;
};

} // namespace Saldo
