// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

namespace Saldo {

/// One piece of an OFX file: a start or end tag, the text between tags, or a processing
/// instruction ("<?xml ...?>", "<?OFX ...?>"). Views point into the tokenizer's buffer and stay
/// valid until the next call of next().
struct OfxToken
{
    enum class Kind { StartTag, EndTag, Text, Instruction };
    Kind kind = Kind::Text;
    QByteArray name; ///< tag name in upper case (tags only)
    QByteArrayView text; ///< text, or the body of an instruction
    bool selfClosing = false; ///< "<TAG/>"
    qint64 line = 0; ///< 1-based line where the token starts
};

/// Splits OFX 1.x SGML and OFX 2.x XML into tokens, reading the device in chunks so memory
/// stays bounded whatever the file size. Comments, DOCTYPE and CDATA markers are skipped.
class OfxTokenizer
{
public:
    explicit OfxTokenizer(QIODevice &device);

    enum class Step { Token, EndOfFile, Error };
    Step next(OfxToken &token);

    /// The line the next token starts on.
    qint64 line() const { return m_line; }
    /// What is wrong and where, when next() returned Error.
    qint64 errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }

private:
    bool fill(qsizetype wanted);
    qsizetype find(QByteArrayView needle, qsizetype from);
    Step markup(OfxToken &token);
    Step skipUntil(QByteArrayView terminator, const QString &what, OfxToken &token);
    Step fail(const QString &message);
    void consume(qsizetype length);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    bool m_atEnd = false;
    bool m_atStart = true;
    qint64 m_errorLine = 0;
    QString m_errorMessage;
};

} // namespace Saldo
