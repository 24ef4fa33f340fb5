// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referenceparser.h"

#include "util/trimmed.h"

#include <QList>

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

namespace {

// Base letters of U+00C0..U+017F; '*' keeps the (lower-cased) character (×, ÷, þ, ß).
constexpr char16_t kLatinFold[] = u"aaaaaaaceeeeiiiidnooooo*ouuuuy**"
                                  u"aaaaaaaceeeeiiiidnooooo*ouuuuy*y"
                                  u"aaaaaaccccccccddddeeeeeeeeeegggg"
                                  u"gggghhhhiiiiiiiiiiiijjkkklllllll"
                                  u"lllnnnnnnnnnoooooooorrrrrrssssss"
                                  u"ssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(sizeof(kLatinFold) / sizeof(char16_t) == 0x180 - 0xC0 + 1);

/// foldChar() beyond ASCII, out of line: the ASCII case stays small enough to inline.
[[gnu::noinline]] char16_t foldBeyondAscii(char16_t c)
{
    if (c >= 0xC0 && c < 0x180) {
        const char16_t base = kLatinFold[c - 0xC0];
        return base == u'*' ? QChar::toLower(c) : base;
    }
    if (c >= 0x218 && c <= 0x21B) // Romanian ș ț with comma below
        return c < 0x21A ? u's' : u't';
    if (c >= 0x400 && c < 0x482) // Cyrillic (Bulgarian names) without a call into Qt's tables
        return c < 0x410 ? char16_t(c + 0x50)
            : c < 0x430  ? char16_t(c + 0x20)
            : c < 0x460  ? c
                         : char16_t(c | 1);
    return QChar::toLower(c);
}

inline char16_t foldChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return foldBeyondAscii(c);
}

struct AsciiClasses
{
    bool word[128] {}; // letter or digit
    bool symbolStart[128] {}; // v k s r, either case: where a label or RF can begin
    constexpr AsciiClasses()
    {
        for (int c = 0; c < 128; ++c)
            word[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        for (const char c : { 'v', 'k', 's', 'r', 'V', 'K', 'S', 'R' })
            symbolStart[int(c)] = true;
    }
};
constexpr AsciiClasses kAscii;

/// isWordChar() beyond ASCII, out of line: the ASCII test stays small enough to inline.
[[gnu::noinline]] bool isWordCharBeyondAscii(char16_t c)
{
    // Latin letters with diacritics and Cyrillic letters are all letters (× and ÷ are not).
    if ((c >= 0xC0 && c < 0x180 && c != 0xD7 && c != 0xF7) || (c >= 0x400 && c < 0x482))
        return true;
    return QChar::isLetterOrNumber(c);
}

inline bool isWordChar(char16_t c)
{
    return c < 0x80 ? kAscii.word[c] : isWordCharBeyondAscii(c);
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// ---- symbols in free text ---------------------------------------------------------------------

enum class SymbolKind { Variable, Constant, Specific };

struct SymbolLabel
{
    std::u16string_view folded; // as foldForMatching() writes it
    SymbolKind kind;
    bool upperCaseOnly; // "ks"/"ss" are also common words ("5 ks" = five pieces)
};

constexpr SymbolLabel kSymbolLabels[] = {
    { u"variabilni symbol", SymbolKind::Variable, false },
    { u"variabilny symbol", SymbolKind::Variable, false },
    { u"var. symbol", SymbolKind::Variable, false },
    { u"var.symbol", SymbolKind::Variable, false },
    { u"var symbol", SymbolKind::Variable, false },
    { u"v. s.", SymbolKind::Variable, false },
    { u"v.s.", SymbolKind::Variable, false },
    { u"vs", SymbolKind::Variable, false },
    { u"konstantni symbol", SymbolKind::Constant, false },
    { u"konstantny symbol", SymbolKind::Constant, false },
    { u"konst. symbol", SymbolKind::Constant, false },
    { u"konst.symbol", SymbolKind::Constant, false },
    { u"k.s.", SymbolKind::Constant, false },
    { u"ks", SymbolKind::Constant, true },
    { u"specificky symbol", SymbolKind::Specific, false },
    { u"spec. symbol", SymbolKind::Specific, false },
    { u"spec.symbol", SymbolKind::Specific, false },
    { u"s.s.", SymbolKind::Specific, false },
    { u"ss", SymbolKind::Specific, true },
};

/// The folded second characters of the labels starting with `first`, as bits (c & 63).
constexpr quint64 secondCharacters(char16_t first)
{
    quint64 bits = 0;
    for (const SymbolLabel &label : kSymbolLabels) {
        if (label.folded[0] == first)
            bits |= quint64(1) << (label.folded[1] & 63);
    }
    return bits;
}

/// Whether a label can start with the folded characters `first` (v, k or s) and `second`: a
/// cheap test that rejects most words starting so ("splatka", "kod", "vo") before the labels
/// are tried one by one. It may say yes wrongly (bits are shared), never no.
inline bool mayStartLabel(char16_t first, char16_t second)
{
    static constexpr quint64 afterV = secondCharacters(u'v');
    static constexpr quint64 afterK = secondCharacters(u'k');
    static constexpr quint64 afterS = secondCharacters(u's');
    if (second >= 0x80)
        return false;
    const quint64 bits = first == u'v' ? afterV : first == u'k' ? afterK : afterS;
    return (bits >> (second & 63)) & 1;
}

/// Length of `label` when `text` has it at `pos` (case and diacritics aside) and it ends at a
/// word boundary, else 0.
qsizetype labelAt(QStringView text, qsizetype pos, const SymbolLabel &label)
{
    const std::u16string_view folded = label.folded;
    const auto length = qsizetype(folded.size());
    if (pos + length > text.size())
        return 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (foldChar(c) != folded[size_t(i)])
            return 0;
        if (label.upperCaseOnly && (c < u'A' || c > u'Z'))
            return 0;
    }
    const qsizetype end = pos + length;
    // "vs" must not be the start of a word ("vsetko"); a digit may follow directly ("VS123").
    if (end < text.size() && isWordChar(text[end].unicode()) && !isDigit(text[end].unicode()))
        return 0;
    return length;
}

/// The digits after a label at `pos` ("VS: 123" → "123"), or an empty view.
QStringView digitsAfter(QStringView text, qsizetype pos)
{
    int separators = 0;
    while (pos < text.size() && separators < 4) {
        const char16_t c = text[pos].unicode();
        if (c != u' ' && c != u':' && c != u'.' && c != u'=' && c != u'#' && c != u'-')
            break;
        ++pos;
        ++separators;
    }
    const qsizetype start = pos;
    while (pos < text.size() && isDigit(text[pos].unicode()))
        ++pos;
    if (pos == start || (pos < text.size() && isWordChar(text[pos].unicode())))
        return {};
    return text.mid(start, pos - start);
}

template<typename Symbol>
bool setSymbol(Symbol &target, QStringView digits)
{
    if (!target.isEmpty() || digits.isEmpty())
        return false;
    Symbol symbol = Symbol::fromDigits(digits);
    if (symbol.isEmpty())
        return false;
    target = std::move(symbol);
    return true;
}

bool setSymbol(FoundReferences &found, SymbolKind kind, QStringView digits)
{
    switch (kind) {
    case SymbolKind::Variable:
        return setSymbol(found.variableSymbol, digits);
    case SymbolKind::Constant:
        return setSymbol(found.constantSymbol, digits);
    case SymbolKind::Specific:
        return setSymbol(found.specificSymbol, digits);
    }
    return false;
}

// ---- RF creditor references -------------------------------------------------------------------

/// An ISO 11649 reference starting at `pos` ("RF18 5390 0754 7034" or "RF18539007547034"):
/// the longest run of space-separated groups that passes the check, if any.
CreditorReference creditorReferenceAt(QStringView text, qsizetype pos)
{
    constexpr qsizetype kMaxChars = 25;
    if (pos + 4 > text.size() || !isDigit(text[pos + 2].unicode())
        || !isDigit(text[pos + 3].unicode()))
        return {};
    QList<qsizetype> groupEnds;
    qsizetype alnum = 0;
    qsizetype i = pos;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && j - i + alnum <= kMaxChars && text[j].unicode() < 0x80
               && isWordChar(text[j].unicode()))
            ++j;
        if (j == i || (j < text.size() && isWordChar(text[j].unicode())))
            break; // an empty group, or one that runs on past the limit
        alnum += j - i;
        groupEnds.append(j);
        if (j + 1 >= text.size() || text[j] != u' ')
            break;
        i = j + 1;
    }
    for (qsizetype k = groupEnds.size() - 1; k >= 0; --k) {
        auto parsed = CreditorReference::parse(text.mid(pos, groupEnds[k] - pos));
        if (parsed)
            return std::move(parsed).value();
    }
    return {};
}

// ---- kind phrases -----------------------------------------------------------------------------

struct Phrase
{
    QList<std::u16string_view> words; // folded
    LineKind kind;
};

/// The phrases sorted by their first word, and which (first letter, length) pairs start one:
/// most words of a text are rejected by that test without being folded.
struct PhraseIndex
{
    QList<Phrase> phrases;
    std::array<quint32, 128> lengthsByFirstLetter {}; // bit n: a first word of length n
    std::array<quint64, 128> secondLettersByFirstLetter {}; // bit (c & 63): c is a second letter

    static size_t bucket(char16_t folded) { return folded & 0x7F; }
    bool mayStart(char16_t foldedFirst, qsizetype length) const
    {
        return length < 32 && (lengthsByFirstLetter[bucket(foldedFirst)] & (1u << length));
    }
    /// After mayStart(): the second letter too ("splatka" is no "service").
    bool mayContinue(char16_t foldedFirst, char16_t foldedSecond) const
    {
        return (secondLettersByFirstLetter[bucket(foldedFirst)] >> (foldedSecond & 63)) & 1;
    }

    // The first phrase starting with each first word, by a hash of the word: a word that passes
    // the letter tests ("platba" of "platba kartou") is looked up without a binary search.
    static quint32 hashStep(quint32 hash, char16_t folded) { return hash * 31 + folded; }
    static quint32 hashOf(std::u16string_view word)
    {
        quint32 hash = 0;
        for (const char16_t c : word)
            hash = hashStep(hash, c);
        return hash;
    }
    /// Index into `phrases` of the first phrase whose first word is `word` (its hashOf() is
    /// `hash`), or -1.
    qsizetype firstPhrase(std::u16string_view word, quint32 hash) const
    {
        for (size_t slot = hash % slots.size(); slots[slot].used;
             slot = (slot + 1) % slots.size()) {
            const Slot &s = slots[slot];
            if (s.hash == hash && phrases[s.phrase].words.first() == word)
                return s.phrase;
        }
        return -1;
    }
    void addFirstWords()
    {
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            const std::u16string_view word = phrases[i].words.first();
            if (i > 0 && phrases[i - 1].words.first() == word)
                continue;
            const quint32 hash = hashOf(word);
            size_t slot = hash % slots.size();
            while (slots[slot].used)
                slot = (slot + 1) % slots.size();
            slots[slot] = { hash, quint16(i), true };
        }
    }

    struct Slot
    {
        quint32 hash = 0;
        quint16 phrase = 0;
        bool used = false;
    };
    std::array<Slot, 512> slots {}; // a quarter full at most: probes end soon
};

const PhraseIndex &phraseIndex()
{
    static const PhraseIndex index = [] {
        // Folded phrases, "|" between them.
        const std::pair<LineKind, std::u16string_view> table[] = {
            { LineKind::Card, // card payments
              u"pos|platba kartou|nakup kartou|transakcia kartou|"
              u"transakce kartou|platba kartu|kartenzahlung|kartenumsatz|"
              u"girocard|card payment|card purchase|card transaction|kortkjop|"
              u"varekjop|kortbetaling|плащане с карта|покупка с карта|пос" },
            { LineKind::CashWithdrawal, // cash withdrawals
              u"atm|bankomat|vyber z bankomatu|vyber hotovosti|vyber z atm|"
              u"minibank|minibankuttak|kontantuttak|bargeldauszahlung|"
              u"bargeldabhebung|geldautomat|cash withdrawal|теглене|банкомат" },
            { LineKind::CashDeposit, // cash deposits
              u"vklad hotovosti|vklad v hotovosti|hotovostny vklad|"
              u"hotovostni vklad|vklad trzby|vklad trzeb|vklad na ucet|vklad pokladna|"
              u"bareinzahlung|cash deposit|kontantinnskudd|"
              u"вноска в брой|внасяне в брой" },
            { LineKind::Fee, // bank fees
              u"poplatok|poplatky|poplatek|poplatku|такса|такси|gebyr|gebyrer|"
              u"gebuhr|gebuhren|entgelt|entgelte|bank charges|bank fee|"
              u"account fee|service charge" },
            { LineKind::Interest, // interest
              u"urok|uroky|zinsen|renter|interest|лихва|лихви" },
        };
        PhraseIndex result;
        for (const auto &[kind, list] : table) {
            for (std::u16string_view rest = list; !rest.empty();) {
                const size_t bar = rest.find(u'|');
                std::u16string_view text = rest.substr(0, bar);
                rest = bar == std::u16string_view::npos ? std::u16string_view()
                                                        : rest.substr(bar + 1);
                Phrase phrase { {}, kind };
                while (!text.empty()) {
                    const size_t space = text.find(u' ');
                    phrase.words.append(text.substr(0, space));
                    text = space == std::u16string_view::npos ? std::u16string_view()
                                                              : text.substr(space + 1);
                }
                const std::u16string_view first = phrase.words.first();
                result.lengthsByFirstLetter[PhraseIndex::bucket(first.front())] |= 1u
                    << first.size();
                Q_ASSERT(first.size() >= 2); // mayContinue() looks at the second letter
                result.secondLettersByFirstLetter[PhraseIndex::bucket(first.front())] |= quint64(1)
                    << (first[1] & 63);
                result.phrases.append(std::move(phrase));
            }
        }
        std::sort(
            result.phrases.begin(), result.phrases.end(),
            [](const Phrase &a, const Phrase &b) { return a.words.first() < b.words.first(); });
        Q_ASSERT(result.phrases.size() < qsizetype(result.slots.size()) / 4);
        result.addFirstWords();
        return result;
    }();
    return index;
}

/// The word starting at or after `from`: [start, end), or start == text.size() when none.
inline std::pair<qsizetype, qsizetype> nextWord(QStringView text, qsizetype from)
{
    const char16_t *data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    while (from < size && !isWordChar(data[from]))
        ++from;
    qsizetype end = from;
    while (end < size && isWordChar(data[end]))
        ++end;
    return { from, end };
}

bool foldedEquals(QStringView text, qsizetype start, qsizetype end, std::u16string_view word)
{
    if (end - start != qsizetype(word.size()))
        return false;
    for (qsizetype i = start; i < end; ++i) {
        if (foldChar(text[i].unicode()) != word[size_t(i - start)])
            return false;
    }
    return true;
}

} // namespace

QString foldForMatching(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    foldForMatching(text, reinterpret_cast<char16_t *>(folded.data()));
    return folded;
}

void foldForMatching(QStringView text, char16_t *out)
{
    const char16_t *in = text.utf16();
    qsizetype i = 0;
#ifdef __SSE2__
    // Eight units at a time: ASCII capitals are lowered in place, the units beyond ASCII (a
    // few per word of a Czech or Slovak text) folded one by one afterwards.
    for (; i + 8 <= text.size(); i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        const __m128i capital = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16('A' - 1)),
                                              _mm_cmplt_epi16(units, _mm_set1_epi16('Z' + 1)));
        const __m128i lowered = _mm_add_epi16(units, _mm_and_si128(capital, _mm_set1_epi16(32)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), lowered);
        const __m128i ascii = _mm_cmpeq_epi16(_mm_srli_epi16(units, 7), _mm_setzero_si128());
        quint32 others = ~quint32(_mm_movemask_epi8(_mm_packs_epi16(ascii, ascii))) & 0xFF;
        for (; others != 0; others &= others - 1) {
            const qsizetype at = i + qCountTrailingZeroBits(others);
            out[at] = foldChar(in[at]);
        }
    }
#endif
    for (; i < text.size(); ++i)
        out[i] = foldChar(in[i]);
}

namespace {

/// parseSymbolEndToEnd() into `found`, whose values already set are kept (and not parsed again).
void addSymbolsEndToEnd(QStringView text, FoundReferences &found)
{
    const QStringView t = trimmedText(text);
    if (!t.startsWith(u'/'))
        return;
    // Segments are a few characters long: a plain loop finds their ends sooner than indexOf().
    const char16_t *data = t.utf16();
    qsizetype start = 1;
    while (start <= t.size()) {
        qsizetype end = start;
        while (end < t.size() && data[end] != u'/')
            ++end;
        const QStringView segment = t.mid(start, end - start);
        start = end + 1;
        if (segment.size() < 2)
            continue;
        const QStringView digits = segment.mid(2);
        if (foldChar(segment[1].unicode()) != u's'
            || !std::all_of(digits.begin(), digits.end(),
                            [](QChar c) { return isDigit(c.unicode()); }))
            continue;
        switch (foldChar(segment[0].unicode())) {
        case u'v':
            setSymbol(found, SymbolKind::Variable, digits);
            break;
        case u'k':
            setSymbol(found, SymbolKind::Constant, digits);
            break;
        case u's':
            setSymbol(found, SymbolKind::Specific, digits);
            break;
        default:
            break;
        }
    }
}

/// A label ("VS", "var. symbol" ...) or RF reference at `pos`, if one starts a word there.
void addReferenceAt(QStringView text, qsizetype pos, FoundReferences &found)
{
    const char16_t *data = text.utf16();
    const char16_t c = foldChar(data[pos]);
    if ((c != u'v' && c != u'k' && c != u's' && c != u'r')
        || (pos > 0 && isWordChar(data[pos - 1])))
        return;
    if (c == u'r') {
        if (found.creditorReference.isEmpty() && pos + 1 < text.size()
            && foldChar(text[pos + 1].unicode()) == u'f')
            found.creditorReference = creditorReferenceAt(text, pos);
        return;
    }
    // A kind the line has already is not looked for again: setSymbol() would keep the first.
    if ((c == u'v' && !found.variableSymbol.isEmpty())
        || (c == u'k' && !found.constantSymbol.isEmpty())
        || (c == u's' && !found.specificSymbol.isEmpty()))
        return;
    if (pos + 1 >= text.size())
        return;
    const char16_t second = foldChar(data[pos + 1]);
    if (!mayStartLabel(c, second))
        return;
    for (const SymbolLabel &label : kSymbolLabels) {
        // The first two characters turn most labels away before labelAt() compares them all.
        if (label.folded[0] != c || label.folded[1] != second)
            continue;
        const qsizetype length = labelAt(text, pos, label);
        if (length == 0)
            continue;
        setSymbol(found, label.kind, digitsAfter(text, pos + length));
        return;
    }
}

#ifdef __SSE2__
/// 0xFFFF in the lanes of `units` holding an ASCII letter or digit.
__m128i asciiWordLanes(__m128i units)
{
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(units, _mm_set1_epi16('0' - 1)),
                                        _mm_cmplt_epi16(units, _mm_set1_epi16('9' + 1)));
    // Units from 0x8000 up are negative here, and fail both tests.
    const __m128i lower = _mm_or_si128(units, _mm_set1_epi16(0x20));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi16(lower, _mm_set1_epi16('a' - 1)),
                                         _mm_cmplt_epi16(lower, _mm_set1_epi16('z' + 1)));
    return _mm_or_si128(digit, letter);
}

/// Bits of the eight units at `chars` that may start a label or an RF reference: v, k, s or r
/// in either case, or any unit from 0x80 up (which may fold to one of them), unless an ASCII
/// letter or digit stands before it (inside a word). `wordBefore` says whether the unit before
/// the eight is one, and becomes whether their last is.
quint32 symbolStartLanes(const char16_t *chars, bool &wordBefore)
{
    const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars));
    const __m128i lower = _mm_or_si128(units, _mm_set1_epi16(0x20));
    const __m128i letters = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(lower, _mm_set1_epi16('v')),
                                                      _mm_cmpeq_epi16(lower, _mm_set1_epi16('k'))),
                                         _mm_or_si128(_mm_cmpeq_epi16(lower, _mm_set1_epi16('s')),
                                                      _mm_cmpeq_epi16(lower, _mm_set1_epi16('r'))));
    const __m128i ascii = _mm_cmpeq_epi16(_mm_srli_epi16(units, 7), _mm_setzero_si128());
    const __m128i lanes = _mm_or_si128(letters, _mm_andnot_si128(ascii, _mm_set1_epi16(-1)));
    const __m128i words = asciiWordLanes(units);
    const quint32 candidates
        = quint32(_mm_movemask_epi8(_mm_packs_epi16(lanes, _mm_setzero_si128())));
    const quint32 wordBits
        = quint32(_mm_movemask_epi8(_mm_packs_epi16(words, _mm_setzero_si128())));
    const quint32 afterWord = ((wordBits << 1) | (wordBefore ? 1u : 0u)) & 0xFF;
    wordBefore = (wordBits & 0x80) != 0;
    return candidates & ~afterWord;
}
#endif

/// findReferencesInText() into `found`, whose values already set are kept (and not parsed
/// again: a line's variable symbol from its own field is often repeated in its text).
void addReferencesInText(QStringView text, FoundReferences &found)
{
    const char16_t *data = text.utf16();
    qsizetype pos = 0;
#ifdef __SSE2__
    // Every unit of every line's text is looked at: eight at a time, and only those that may
    // start a label (not inside a word of ASCII letters) one by one.
    bool wordBefore = false;
    for (; pos + 8 <= text.size(); pos += 8) {
        for (quint32 lanes = symbolStartLanes(data + pos, wordBefore); lanes != 0;
             lanes &= lanes - 1)
            addReferenceAt(text, pos + qCountTrailingZeroBits(lanes), found);
    }
#endif
    for (; pos < text.size(); ++pos) {
        if (data[pos] >= 0x80 || kAscii.symbolStart[data[pos]])
            addReferenceAt(text, pos, found);
    }
}

bool isComplete(const FoundReferences &found)
{
    return !found.variableSymbol.isEmpty() && !found.constantSymbol.isEmpty()
        && !found.specificSymbol.isEmpty() && !found.creditorReference.isEmpty();
}

} // namespace

FoundReferences parseSymbolEndToEnd(QStringView text)
{
    FoundReferences found;
    addSymbolsEndToEnd(text, found);
    return found;
}

FoundReferences findReferencesInText(QStringView text)
{
    FoundReferences found;
    addReferencesInText(text, found);
    return found;
}

void fillMissingReferences(StatementLine &line)
{
    // What the line has is where the search starts: the first of each kind wins, and a kind
    // the line already has is neither parsed nor overwritten.
    FoundReferences found { std::move(line.variableSymbol), std::move(line.constantSymbol),
                            std::move(line.specificSymbol), std::move(line.creditorReference) };
    if (!line.reference.isEmpty()) {
        addSymbolsEndToEnd(line.reference, found);
        const QStringView reference(line.reference);
        const auto isRf = [&reference] { // "RF…" in any case, without a call into Qt
            return reference.size() >= 2 && (reference[0].unicode() | 0x20) == u'r'
                && (reference[1].unicode() | 0x20) == u'f';
        };
        if (found.creditorReference.isEmpty() && isRf()) {
            if (auto rf = CreditorReference::parse(line.reference))
                found.creditorReference = std::move(rf).value();
        }
    }
    if (!isComplete(found) && !line.description.isEmpty())
        addReferencesInText(line.description, found);
    line.variableSymbol = std::move(found.variableSymbol);
    line.constantSymbol = std::move(found.constantSymbol);
    line.specificSymbol = std::move(found.specificSymbol);
    line.creditorReference = std::move(found.creditorReference);
}

KindPhrase findKindPhrase(QStringView text)
{
    const PhraseIndex &index = phraseIndex();
    constexpr qsizetype kLongestWord = 32;
    char16_t buffer[kLongestWord];
    for (auto [start, end] = nextWord(text, 0); start < text.size();
         std::tie(start, end) = nextWord(text, end)) {
        const qsizetype length = end - start;
        const char16_t first = foldChar(text[start].unicode());
        if (!index.mayStart(first, length)
            || !index.mayContinue(first, foldChar(text[start + 1].unicode())))
            continue;
        quint32 hash = 0;
        for (qsizetype i = 0; i < length; ++i) {
            buffer[i] = foldChar(text[start + i].unicode());
            hash = PhraseIndex::hashStep(hash, buffer[i]);
        }
        const std::u16string_view word(buffer, size_t(length));
        const qsizetype firstPhrase = index.firstPhrase(word, hash);
        if (firstPhrase < 0)
            continue;
        auto it = index.phrases.begin() + firstPhrase;
        const Phrase *best = nullptr;
        qsizetype bestEnd = 0;
        for (; it != index.phrases.end() && it->words.first() == word; ++it) {
            if (best && best->words.size() >= it->words.size())
                continue;
            qsizetype wordEnd = end;
            bool all = true;
            for (qsizetype k = 1; k < it->words.size() && all; ++k) {
                const auto [nextStart, nextEnd] = nextWord(text, wordEnd);
                all = foldedEquals(text, nextStart, nextEnd, it->words[k]);
                wordEnd = nextEnd;
            }
            if (all) {
                best = &*it;
                bestEnd = wordEnd;
            }
        }
        if (best)
            return { best->kind, start, bestEnd - start };
    }
    return {};
}

LineKind kindFromText(QStringView text)
{
    return findKindPhrase(text).kind;
}

} // namespace Saldo
