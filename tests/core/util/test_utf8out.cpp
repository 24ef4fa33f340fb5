// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// putUtf8NonAscii writes what QStringView::toUtf8() writes, for every non-ASCII UTF-16 unit,
// every kind of surrogate pair and a lone surrogate wherever it stands.
#include "catchqt.h"

#include "util/utf8out.h"

#include <QString>

using namespace Saldo;

namespace {

// `text` through putUtf8NonAscii (ASCII copied as is), as the listing writers use it.
QByteArray written(QStringView text)
{
    QByteArray out(text.size() * 3, Qt::Uninitialized);
    char *at = out.data();
    const char16_t *chars = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (chars[i] < 0x80)
            *at++ = char(chars[i]);
        else
            at = putUtf8NonAscii(at, chars, i, text.size());
    }
    out.truncate(at - out.data());
    return out;
}

} // namespace

TEST_CASE("putUtf8NonAscii writes every BMP character as toUtf8 does", "[util]")
{
    QString text;
    for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
        if (!QChar::isSurrogate(c))
            text.append(QChar(char16_t(c)));
    }
    CHECK(written(text) == text.toUtf8());
}

TEST_CASE("putUtf8NonAscii writes surrogate pairs and lone surrogates as toUtf8 does", "[util]")
{
    const QString pair = QString::fromUcs4(U"\U0001F600\U00010000\U0010FFFF");
    CHECK(written(pair) == pair.toUtf8());
    CHECK(written(pair).size() == 12);
    const QChar high(char16_t(0xD83D));
    const QChar low(char16_t(0xDC00));
    const QString names[] = {
        QStringLiteral("Šimko ") + pair,
        QString(high) + QLatin1Char('x'), // high surrogate without its low half
        QStringLiteral("x") + low, // low surrogate alone
        QStringLiteral("end") + high, // high surrogate at the very end
        QString(low) + high, // reversed pair
    };
    for (const QString &name : names) {
        INFO(name.toUtf8().toHex().toStdString());
        CHECK(written(name) == name.toUtf8());
    }
}

TEST_CASE("putUtf8 writes what toUtf8 writes, ASCII runs of any length included", "[util]")
{
    const auto put = [](const QString &text) {
        QByteArray out(text.size() * 3, Qt::Uninitialized);
        out.truncate(putUtf8(out.data(), text) - out.data());
        return out;
    };
    for (qsizetype ascii = 0; ascii <= 33; ++ascii) {
        // ASCII, then a non-ASCII unit (or none), then ASCII again: the blocks of eight stop
        // at the first unit from 0x80 up, wherever it stands.
        const QString run(ascii, QLatin1Char('S'));
        for (const QString &tail : { QString(), QStringLiteral("Ľubomír"),
                                     QString(QChar(char16_t(0x80))) + QStringLiteral("K12345678"),
                                     QString(QChar(char16_t(0xFFFF))) + run }) {
            const QString text = run + tail;
            INFO(text.toStdString());
            CHECK(put(text) == text.toUtf8());
        }
    }
}

TEST_CASE("putUtf8 writes what toUtf8 writes, other units at any place among ASCII", "[util]")
{
    // Random texts: mostly ASCII, with two- and three-byte units, surrogate pairs and lone
    // surrogates anywhere, so that the eight-unit blocks meet them in every lane. The buffer
    // has exactly three bytes a unit (the sanitizer build checks nothing is written past it).
    const char16_t others[] = { 0xE1, 0x13D, 0x414, 0x20AC, 0xFFFF, 0xD83D, 0xDE00 };
    quint32 seed = 4242;
    const auto roll = [&seed](quint32 range) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % range;
    };
    for (int round = 0; round < 5000; ++round) {
        QString text;
        const quint32 length = roll(60);
        for (quint32 i = 0; i < length; ++i) {
            if (roll(10) < 7)
                text += QChar(char16_t(0x20 + roll(0x5F)));
            else if (roll(4) == 0) // a whole pair
                text += QStringLiteral("\U0001F600");
            else
                text += QChar(others[roll(std::size(others))]);
        }
        QByteArray out(text.size() * 3, Qt::Uninitialized);
        out.truncate(putUtf8(out.data(), text) - out.data());
        if (out != text.toUtf8()) {
            INFO(text.toStdString());
            CHECK(out == text.toUtf8());
        }
    }
}
