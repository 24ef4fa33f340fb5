// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/referencefinder.h"

#include "formats/common/statement.h"

namespace Saldo {

namespace {

// Every line of an import passes through here: the code works on views, in one pass over the
// words, and allocates nothing for the usual line.

constexpr int kMaxSymbolDigits = 10; // VariableSymbol's limit, significant digits
constexpr int kMaxWrittenDigits = 20; // leading zeros beyond this are not a symbol any more
constexpr int kMinListItemDigits = 5;
constexpr qsizetype kMaxPrefix = 5; // "FV", "FA", "INV", "č."

using Words = QVarLengthArray<QStringView, 48>;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

char16_t upper(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'a' && u <= u'z' ? char16_t(u - 32) : u;
}

bool isWordSeparator(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u' ' || u == u';')
        return true;
    return u < 0x80 ? (u >= 9 && u <= 13) : c.isSpace();
}

bool isLeadingPunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'(':
    case u'[':
    case u'{':
    case u'"':
    case u'\'':
    case u'„':
    case u'“':
    case u'«':
        return true;
    default:
        return false;
    }
}

bool isTrailingPunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u',':
    case u':':
    case u')':
    case u']':
    case u'}':
    case u'"':
    case u'\'':
    case u'“':
    case u'”':
    case u'»':
        return true;
    default:
        return false;
    }
}

// Words of a text: split at white space and ';', brackets and quotes around dropped, and the
// punctuation that ends a sentence or list item (".,:").
void splitWords(QStringView text, Words &out)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isWordSeparator(text[i]))
            ++i;
        const qsizetype begin = i;
        while (i < text.size() && !isWordSeparator(text[i]))
            ++i;
        QStringView word = text.mid(begin, i - begin);
        while (!word.isEmpty() && isLeadingPunctuation(word.front()))
            word = word.mid(1);
        while (!word.isEmpty() && isTrailingPunctuation(word.back()))
            word.chop(1);
        if (!word.isEmpty())
            out.append(word);
    }
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool hasDigit(QStringView word)
{
    for (const QChar c : word) {
        if (isDigit(c))
            return true;
    }
    return false;
}

bool isShortPrefix(QStringView word)
{
    if (word.size() > kMaxPrefix)
        return false;
    for (const QChar c : word) {
        if (!c.isLetter() && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

// The value of a digit string as a variable symbol, or 0 when it is none (too long, all zeros).
quint64 symbolValue(QStringView digits)
{
    if (digits.size() > kMaxWrittenDigits)
        return 0;
    quint64 value = 0;
    int significant = 0;
    for (const QChar c : digits) {
        if (significant > 0 || c != u'0')
            ++significant;
        if (significant > kMaxSymbolDigits)
            return 0;
        value = value * 10 + quint64(c.unicode() - u'0');
    }
    return value;
}

template<typename List>
void addSymbol(List &out, QStringView digits, ReferenceSource source)
{
    const quint64 value = symbolValue(digits);
    if (value == 0 || out.size() >= kMaxReferencesPerKind)
        return;
    for (const FoundSymbol &s : out) {
        if (s.value == value)
            return;
    }
    out.append({ value, digits, source });
}

template<typename List>
void addNumber(List &out, QStringView written, ReferenceSource source)
{
    int length = 0;
    if (out.size() >= kMaxReferencesPerKind)
        return;
    const quint64 hash = invoiceNumberHash(written, &length);
    if (length == 0)
        return;
    for (const FoundNumber &n : out) {
        if (n.keyHash == hash && sameInvoiceNumber(n.written, written))
            return;
    }
    out.append({ hash, length, written, source });
}

// Case-insensitive "starts with" for an ASCII upper-case `prefix`.
bool startsWithUpper(QStringView word, QLatin1StringView prefix)
{
    if (word.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (upper(word[i]) != char16_t(prefix[i].unicode()))
            return false;
    }
    return true;
}

// "/VS2025000001/SS/KS0308": the value after "/VS", up to the next '/'. True for any word in
// that convention (its other values are KS and SS, never a VS).
bool takeEndToEndSymbol(QStringView word, ReferenceSource source, LineReferences &out)
{
    for (qsizetype at = 0; at + 3 <= word.size(); ++at) {
        if (word[at] != u'/' || !startsWithUpper(word.mid(at + 1), QLatin1StringView("VS")))
            continue;
        qsizetype end = at + 3;
        while (end < word.size() && isDigit(word[end]))
            ++end;
        if (end == word.size() || word[end] == u'/')
            addSymbol(out.symbols, word.mid(at + 3, end - at - 3), source);
        return true;
    }
    return false;
}

enum class Marker { None, Symbol, OtherSymbol };

// "VS", "V.S.", "VS:" … announce a variable symbol; "KS"/"SS" a constant or specific one,
// whose digits must not be taken for a VS. Returns what the word starts with and the rest.
Marker markerOf(QStringView word, QStringView &rest)
{
    rest = word;
    const char16_t first = upper(word.front());
    if (first != u'V' && first != u'K' && first != u'S')
        return Marker::None;
    static constexpr QLatin1StringView otherMarkers[]
        = { QLatin1StringView("K.S."), QLatin1StringView("S.S."), QLatin1StringView("KS"),
            QLatin1StringView("SS") };
    for (const QLatin1StringView m : otherMarkers) {
        if (startsWithUpper(word, m)) {
            rest = word.mid(m.size());
            if (rest.isEmpty() || !rest.front().isLetter())
                return Marker::OtherSymbol;
        }
    }
    static constexpr QLatin1StringView symbolMarkers[]
        = { QLatin1StringView("V.S."), QLatin1StringView("VS"), QLatin1StringView("SYMBOL") };
    for (const QLatin1StringView m : symbolMarkers) {
        if (startsWithUpper(word, m)) {
            rest = word.mid(m.size());
            while (!rest.isEmpty()
                   && (rest.front() == u':' || rest.front() == u'.' || rest.front() == u'#'
                       || rest.front() == u'-' || rest.front() == u'='))
                rest = rest.mid(1);
            if (rest.isEmpty() || isDigit(rest.front()))
                return Marker::Symbol;
        }
    }
    rest = word;
    return Marker::None;
}

// "62084144,12345678" (a list without spaces) or a single number.
void addDigitList(QStringView text, int minDigits, ReferenceSource source, LineReferences &out)
{
    int parts = 1;
    for (const QChar c : text) {
        if (c == u',')
            ++parts;
        else if (!isDigit(c))
            return;
    }
    qsizetype begin = 0;
    for (int p = 0; p < parts; ++p) {
        qsizetype end = text.indexOf(u',', begin);
        if (end < 0)
            end = text.size();
        const QStringView part = text.mid(begin, end - begin);
        // "1234,50" is an amount, not a list: unannounced list items are long numbers.
        if (parts > 1 && minDigits > 1 && part.size() < kMinListItemDigits)
            return;
        begin = end + 1;
    }
    begin = 0;
    for (int p = 0; p < parts; ++p) {
        qsizetype end = text.indexOf(u',', begin);
        if (end < 0)
            end = text.size();
        const QStringView part = text.mid(begin, end - begin);
        if (part.size() >= minDigits && allDigits(part))
            addSymbol(out.symbols, part, source);
        begin = end + 1;
    }
}

void findSymbols(const Words &words, ReferenceSource source, LineReferences &out, int minBareDigits)
{
    Marker pending = Marker::None; // what the previous word announced
    for (const QStringView word : words) {
        if (takeEndToEndSymbol(word, source, out)) {
            pending = Marker::None;
            continue;
        }
        QStringView rest;
        const Marker marker = markerOf(word, rest);
        if (marker == Marker::OtherSymbol) {
            pending = rest.isEmpty() ? Marker::OtherSymbol : Marker::None;
            continue;
        }
        if (marker == Marker::Symbol) {
            if (rest.isEmpty())
                pending = Marker::Symbol;
            else
                addDigitList(rest, 1, source, out);
            continue;
        }
        if (pending != Marker::OtherSymbol && isDigit(word.front()))
            addDigitList(word, pending == Marker::Symbol ? 1 : minBareDigits, source, out);
        pending = Marker::None;
    }
}

void findNumbers(const Words &words, ReferenceSource source, LineReferences &out)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!hasDigit(words[i]))
            continue;
        addNumber(out.numbers, words[i], source);
        // "FV 2025-000105": a short prefix written apart from the number.
        if (i > 0 && isShortPrefix(words[i - 1])) {
            const QStringView pair(words[i - 1].data(),
                                   words[i].data() + words[i].size() - words[i - 1].data());
            addNumber(out.numbers, pair, source);
        }
    }
}

} // namespace

void collectReferencesInText(QStringView text, ReferenceSource source, LineReferences &out,
                             int minBareDigits)
{
    Words words;
    splitWords(text, words);
    findSymbols(words, source, out, minBareDigits);
    findNumbers(words, source, out);
}

LineReferences findLineReferences(const StatementLine &line)
{
    LineReferences refs;
    if (!line.variableSymbol.isEmpty())
        addSymbol(refs.symbols, QStringView(line.variableSymbol.toString()),
                  ReferenceSource::VariableSymbolField);
    if (!line.reference.isEmpty())
        collectReferencesInText(line.reference, ReferenceSource::EndToEndId, refs);
    if (!line.creditorReference.isEmpty()) {
        // An RF reference usually wraps the invoice's number or VS: "RF18" + check + base.
        const QStringView base = QStringView(line.creditorReference.toString()).mid(4);
        if (allDigits(base))
            addSymbol(refs.symbols, base, ReferenceSource::CreditorReference);
        addNumber(refs.numbers, base, ReferenceSource::CreditorReference);
    }
    if (!line.kid.isEmpty()) {
        // A KID is the invoice's number or VS with a check digit appended (or the number itself).
        const QStringView kid = line.kid.toString();
        for (const QStringView part : { kid, kid.chopped(1) }) {
            if (allDigits(part))
                addSymbol(refs.symbols, part, ReferenceSource::Kid);
            addNumber(refs.numbers, part, ReferenceSource::Kid);
        }
    }
    if (!line.description.isEmpty())
        collectReferencesInText(line.description, ReferenceSource::Description, refs);
    return refs;
}

} // namespace Saldo
