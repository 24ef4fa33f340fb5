// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/textdecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace Saldo {

/// A small streaming XML pull reader for bank messages, with QXmlStreamReader's navigation
/// (readNextStartElement / skipCurrentElement / readElementText) at several times its speed:
/// it works on the bytes, compares names without decoding them and decodes only the texts
/// asked for. QXmlStreamReader tokenises about 70 MB/s here, which caps a camt.053 reader at
/// ~70,000 lines/s before any work is done; the statement readers need more.
///
/// It checks what a reader must not get wrong: tags nest and match, attributes are quoted,
/// one root element; in the texts it decodes, entity references are the predefined ones or
/// character references (texts that are skipped are not looked into).
/// It refuses DTDs (no entity expansion at all) and UTF-16. Encodings that keep ASCII as
/// ASCII (UTF-8, the Latin code pages of TextDecoder) are read; names are compared as bytes.
/// Memory stays bounded: one token (at most 16 MB) and the open elements' names.
class XmlScanner
{
public:
    explicit XmlScanner(QIODevice &device);

    /// Reads to the next start element inside the current element. False at the current
    /// element's end tag (which is consumed), at the end of the document, or after an error.
    bool readNextStartElement();
    /// Skips the rest of the current element, its end tag included.
    void skipCurrentElement();
    /// The text of the current element and its descendants, entities decoded; afterwards the
    /// reader stands on the element's end tag.
    QString readElementText();
    /// The current element's content when it is nothing but up to `maxSize` ASCII bytes
    /// without entity references, read with the end tag (no QString made); otherwise nothing
    /// is read and nullopt returned, for readElementText() to do the work.
    std::optional<QByteArrayView> readPlainAsciiText(qsizetype maxSize);

    /// The local name (without prefix) of the current start element, as bytes. Valid until
    /// the next read.
    QByteArrayView name() const { return m_localName; }
    /// An attribute of the current start element by local name, as written (entities are not
    /// decoded; the attributes read here never contain any). Empty when absent.
    QByteArrayView attribute(QByteArrayView localName) const;
    /// The namespace the current start element's prefix is bound to, when the element itself
    /// declares it (bank messages declare it on the root element).
    QString namespaceUri() const;

    /// 1-based line of the reading position (plus the offset, see setLineOffset()).
    qint64 lineNumber() const;
    /// Lines are reported `offset` further on: the device holds part of a file.
    void setLineOffset(qint64 offset) { m_lineOffset = offset; }
    /// The end tags that close the open elements, innermost first ("</ns:BkToCstmrStmt>...").
    QByteArray closingTags() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    /// Stops reading: every later read returns false.
    void raiseError(const QString &message);
    /// True when the root element's end tag has been read (and nothing but comments follow).
    bool atEnd() const { return m_finished; }
    /// Reads whatever follows the root element, to report content after it.
    void readToEnd();

private:
    enum class Token { StartElement, EndElement, Text, Done };

    Token next();
    /// The rare cases of next(), kept out of its way: byte order mark and XML declaration,
    /// the end of the input, and markup starting with "<!" (comment, CDATA, DTD).
    void readDocumentStart();
    Token endOfInput();
    std::optional<Token> markup();
    /// Whether `count` bytes from the reading position are in the buffer, reading on if not.
    /// Inline: asked several times per token, and the bytes are nearly always there.
    bool ensure(qsizetype count) { return m_buffer.size() - m_pos >= count || readMore(count); }
    bool readMore(qsizetype count);
    qsizetype find(QByteArrayView needle, qsizetype from);
    /// find() for one byte.
    qsizetype findByte(char byte, qsizetype from);
    bool skipMarkup(QByteArrayView close);
    /// Skips <?...?>; `declaration`: it is the XML declaration, whose encoding is used.
    bool processingInstruction(bool declaration);
    Token startTag();
    /// startTag() for a tag with attributes (or an error); the name ends at `from`.
    Token startTagWithAttributes(qsizetype from);
    /// Opens the element named `qualified` (its local name from `localStart` on), whose start
    /// tag is `tagLength` bytes long.
    Token openElement(QByteArrayView qualified, qsizetype localStart, qsizetype tagLength,
                      bool empty);
    /// The error for an element that openElement() refuses (a second root, too deep); kept
    /// apart so that openElement() stays small.
    Token refuseElement(QByteArrayView qualified);
    Token endTag();
    /// endTag() for anything but the open element's plain end tag: finds the error, if any.
    Token endTagChecked();
    /// readElementText() for an element holding only text without entity references, and
    /// then its end tag: read whole. Otherwise nothing is read.
    std::optional<QByteArrayView> readPlainText();
    /// The length of "</" + the open element's name + ">" when `tag` starts with it, else 0.
    /// No name holds '>': the first '>' ends it, as endTagChecked() would find.
    qsizetype plainEndTagLength(const char *tag, qsizetype available) const;
    QString decode(QByteArrayView bytes) const;
    Token text();
    Token cdata();
    /// The name scan found the local name already: `localStart` spares a search for ':'.
    void pushName(QByteArrayView qualified, qsizetype localStart);
    void popName();
    bool appendDecoded(QByteArrayView raw, QString &out);
    void declaration(QByteArrayView content);
    void countLines() const;

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_deviceAtEnd = false;
    TextEncoding m_encoding = TextEncoding::Utf8;

    // Open elements: their qualified names back to back, and where each starts.
    std::string m_names;
    std::vector<qsizetype> m_nameStarts;
    QByteArrayView m_localName;
    QByteArrayView m_attributes; ///< the current start tag's attribute text
    QByteArrayView m_text; ///< raw text of the last Text token
    bool m_textIsCdata = false;
    bool m_pendingEnd = false; ///< after <empty/>: the end element is still to be reported
    bool m_atStart = true;
    bool m_sawRoot = false;
    bool m_finished = false;
    QString m_error;

    mutable qint64 m_line = 1;
    qint64 m_lineOffset = 0;
    mutable qsizetype m_lineCountedTo = 0;
};

} // namespace Saldo
