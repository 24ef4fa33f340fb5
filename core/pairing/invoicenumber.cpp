// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/invoicenumber.h"

namespace Saldo {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

char16_t upper(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'a' && u <= u'z' ? char16_t(u - 32) : u;
}

} // namespace

QString invoiceNumberKey(QStringView number)
{
    QString key;
    key.reserve(number.size());
    bool digit = false;
    for (const QChar c : number) {
        if (isDigit(c)) {
            digit = true;
            key.append(c);
        } else if (c.isLetter()) {
            key.append(c.toUpper());
        }
    }
    return digit ? key : QString();
}

quint64 invoiceNumberHash(QStringView number, int *keyLength)
{
    // FNV-1a over the key's UTF-16 code units.
    quint64 hash = 0xcbf29ce484222325ULL;
    int length = 0;
    bool digit = false;
    for (const QChar c : number) {
        char16_t u;
        if (isDigit(c)) {
            digit = true;
            u = c.unicode();
        } else if (c.unicode() < 0x80 ? (upper(c) >= u'A' && upper(c) <= u'Z') : c.isLetter()) {
            u = c.unicode() < 0x80 ? upper(c) : c.toUpper().unicode();
        } else {
            continue;
        }
        hash = (hash ^ (u & 0xff)) * 0x100000001b3ULL;
        hash = (hash ^ (u >> 8)) * 0x100000001b3ULL;
        ++length;
    }
    if (keyLength)
        *keyLength = digit ? length : 0;
    return hash;
}

bool sameInvoiceNumber(QStringView a, QStringView b)
{
    auto keyChar = [](QStringView text, qsizetype &i) -> char16_t {
        for (; i < text.size(); ++i) {
            const QChar c = text[i];
            if (isDigit(c))
                return c.unicode();
            if (c.isLetter())
                return c.toUpper().unicode();
        }
        return 0;
    };
    qsizetype i = 0, j = 0;
    for (;; ++i, ++j) {
        const char16_t x = keyChar(a, i);
        const char16_t y = keyChar(b, j);
        if (x != y)
            return false;
        if (x == 0)
            return true;
    }
}

} // namespace Saldo
