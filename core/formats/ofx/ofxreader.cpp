// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ofxreader.h"

#include "formats/ofx/ofxstatementbuilder.h"
#include "formats/ofx/ofxtokenizer.h"
#include "util/tr.h"

#include <QList>

namespace Saldo {

namespace {

constexpr qint64 EncodingSampleSize = 64 * 1024;
constexpr qsizetype MaxHeaderBytes = 4096;
/// Real OFX nests about ten deep; empty SGML elements that are never closed add one level
/// each until their aggregate closes, so allow many, but not without bound.
constexpr qsizetype MaxDepth = 256;

/// Walks OFX tokens and tells leaf elements (a tag followed by text) from aggregates (a tag
/// followed by another tag). OFX 1.x SGML leaves have no end tag and aggregates may lose theirs:
/// an end tag closes every element opened after its start tag, as SGML does.
class OfxElementWalker
{
public:
    OfxElementWalker(QIODevice &device, const ReadOptions &options, StatementPartSink &sink)
        : m_tokenizer(device)
        , m_builder(options, sink)
    {
        // Content that is valid UTF-8 beyond ASCII is UTF-8 whatever the header says; content
        // that is neither and declares nothing is most likely windows-1252.
        m_contentIsUtf8 = detectEncoding(device.peek(EncodingSampleSize), TextEncoding::Latin1)
            == TextEncoding::Utf8;
        m_encoding = m_contentIsUtf8 ? OfxEncoding { TextEncoding::Utf8, false }
                                     : OfxEncoding { TextEncoding::Latin1, true };
    }

    ReadResult run()
    {
        OfxToken token;
        while (true) {
            const OfxTokenizer::Step step = m_tokenizer.next(token);
            if (step == OfxTokenizer::Step::Error) {
                m_builder.fail(m_tokenizer.errorLine(), {}, m_tokenizer.errorMessage());
                break;
            }
            if (step == OfxTokenizer::Step::EndOfFile) {
                m_builder.finish(m_tokenizer.line());
                break;
            }
            if (!handle(token))
                break;
        }
        return m_builder.result();
    }

private:
    bool handle(const OfxToken &token)
    {
        switch (token.kind) {
        case OfxToken::Kind::Instruction:
            if (!m_sawTag)
                declare(encodingFromXmlDeclaration(token.text));
            return true;
        case OfxToken::Kind::Text:
            return text(token);
        case OfxToken::Kind::StartTag:
            return startTag(token);
        case OfxToken::Kind::EndTag:
            return endTag(token);
        }
        return true;
    }

    void declare(const std::optional<OfxEncoding> &declared)
    {
        if (declared && !m_contentIsUtf8)
            m_encoding = *declared;
    }

    bool text(const OfxToken &token)
    {
        if (!m_sawTag) {
            if (m_header.size() < MaxHeaderBytes)
                m_header += token.text.first(
                    std::min(token.text.size(), MaxHeaderBytes - m_header.size()));
            return true;
        }
        if (!m_pending || token.text.trimmed().isEmpty())
            return true; // white space between tags, or stray text after an end tag
        const QByteArrayView parent = m_open.isEmpty() ? QByteArrayView() : m_open.constLast();
        const bool ok = m_builder.leaf(m_pending->name, parent, innermostKnown(), token.text,
                                       m_pending->line);
        m_closedLeaf = m_pending->name;
        m_pending.reset();
        return ok;
    }

    bool startTag(const OfxToken &token)
    {
        if (!m_sawTag) {
            m_sawTag = true;
            declare(encodingFromSgmlHeader(m_header));
            m_builder.setEncoding(m_encoding);
        }
        if (!openPending())
            return false;
        m_closedLeaf.clear();
        if (token.selfClosing)
            return true; // an empty element carries nothing
        if (OfxStatementBuilder::isKnownAggregate(token.name) && m_open.contains(token.name)
            && !closeDownTo(token.name, token.line))
            return false; // a repeated aggregate closes the unclosed one before it
        m_pending = Pending { token.name, token.line };
        return true;
    }

    bool endTag(const OfxToken &token)
    {
        if (m_pending && m_pending->name == token.name) {
            // "<X></X>": an empty leaf, or an aggregate without content.
            const bool known = OfxStatementBuilder::isKnownAggregate(token.name);
            const Pending empty = *m_pending;
            m_pending.reset();
            return !known
                || (m_builder.startAggregate(empty.name, empty.line)
                    && m_builder.endAggregate(empty.name, token.line));
        }
        if (!openPending())
            return false;
        if (m_closedLeaf == token.name) {
            m_closedLeaf.clear(); // the end tag of the leaf just read (OFX 2.x, some 1.x)
            return true;
        }
        m_closedLeaf.clear();
        if (!m_open.contains(token.name))
            return true; // the end of an element that was never opened: nothing to close
        return closeDownTo(token.name, token.line);
    }

    bool openPending()
    {
        if (!m_pending)
            return true;
        const Pending pending = *m_pending;
        m_pending.reset();
        if (m_open.size() >= MaxDepth)
            return m_builder.fail(pending.line, QString::fromLatin1(pending.name),
                                  Tr::tr("elements nested deeper than %1").arg(MaxDepth));
        m_open.append(pending.name);
        return !OfxStatementBuilder::isKnownAggregate(pending.name)
            || m_builder.startAggregate(pending.name, pending.line);
    }

    bool closeDownTo(const QByteArray &name, qint64 line)
    {
        while (!m_open.isEmpty()) {
            const QByteArray closed = m_open.takeLast();
            if (OfxStatementBuilder::isKnownAggregate(closed)
                && !m_builder.endAggregate(closed, line))
                return false;
            if (closed == name)
                break;
        }
        return true;
    }

    QByteArrayView innermostKnown() const
    {
        for (auto it = m_open.crbegin(); it != m_open.crend(); ++it) {
            if (OfxStatementBuilder::isKnownAggregate(*it))
                return *it;
        }
        return {};
    }

    struct Pending
    {
        QByteArray name;
        qint64 line = 0;
    };

    OfxTokenizer m_tokenizer;
    OfxStatementBuilder m_builder;
    bool m_contentIsUtf8 = false;
    OfxEncoding m_encoding;
    bool m_sawTag = false;
    QByteArray m_header; ///< OFX 1.x "KEY:VALUE" lines before the first tag
    QList<QByteArray> m_open; ///< elements not yet closed, outermost first
    std::optional<Pending> m_pending; ///< a start tag not yet known to be a leaf or aggregate
    QByteArray m_closedLeaf; ///< the leaf just read, whose end tag may follow
};

} // namespace

StatementFormat OfxReader::format() const
{
    return StatementFormat::Ofx;
}

ReadResult OfxReader::read(QIODevice &device, const ReadOptions &options,
                           StatementPartSink &sink) const
{
    return OfxElementWalker(device, options, sink).run();
}

} // namespace Saldo
