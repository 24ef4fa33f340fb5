// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940freetext.h"

#include "formats/common/referenceparser.h"
#include "mt940fields.h"
#include "util/findunit.h"
#include "util/textview.h"
#include "util/trimmed.h"

#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace Saldo {

namespace {

// SWIFT lines are at most 65 characters wide (see Mt940WrapState).
constexpr qsizetype kLineWidth = 65;
// A name longer than this without a landmark that ends it is not taken: it would swallow the
// purpose text.
constexpr int kMaxNameWords = 12;

struct Token
{
    QStringView text; // original
    QStringView folded; // foldForMatching()
};

using Tokens = QVarLengthArray<Token, 32>;

Tokens tokensOf(QStringView text, QStringView folded)
{
    Tokens tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == u' ')
            ++i;
        const qsizetype start = i;
        i = findUnit(text.utf16(), i, text.size(), u' ');
        if (i > start)
            tokens.append({ text.mid(start, i - start), folded.mid(start, i - start) });
    }
    return tokens;
}

QStringView withoutTrailingPunctuation(QStringView word)
{
    while (!word.isEmpty()
           && (word.back() == u':' || word.back() == u'.' || word.back() == u','
               || word.back() == u';'))
        word.chop(1);
    return word;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// "/VS2026000012/SS/KS0308": only VS/SS/KS segments, each with digits or none.
bool isSymbolToken(QStringView token)
{
    if (!token.startsWith(u'/') || token.size() < 3)
        return false;
    qsizetype start = 1;
    while (start <= token.size()) {
        qsizetype end = token.indexOf(u'/', start);
        if (end < 0)
            end = token.size();
        const QStringView segment = token.mid(start, end - start);
        const QStringView label = segment.left(2);
        if (segment.size() < 2
            || (!equalsText(label, u"VS") && !equalsText(label, u"SS") && !equalsText(label, u"KS"))
            || !std::all_of(segment.begin() + 2, segment.end(), isDigit))
            return false;
        start = end + 1;
    }
    return true;
}

std::u16string_view view(QStringView text)
{
    return { reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()) };
}

/// The space-separated words of a list (a string literal), with a quick test that turns most
/// other words away (which lengths the words starting with each character have), then a hash
/// table: names are tested word by word against these lists.
class WordSet
{
public:
    explicit WordSet(std::u16string_view list)
    {
        QList<std::u16string_view> words;
        while (!list.empty()) {
            const size_t space = list.find(u' ');
            const std::u16string_view word = list.substr(0, space);
            Q_ASSERT(word.size() < 32);
            if (!word.empty()) {
                words.append(word);
                m_lengths[bucket(word.front())] |= 1u << word.size();
            }
            list = space == std::u16string_view::npos ? std::u16string_view()
                                                      : list.substr(space + 1);
        }
        // Open addressing, a quarter full at most: a miss meets an empty slot soon.
        size_t slots = 16;
        while (slots < size_t(words.size()) * 4)
            slots *= 2;
        m_slots.resize(slots);
        for (const std::u16string_view word : std::as_const(words)) {
            size_t at = hashOf(word) & (slots - 1);
            while (!m_slots[at].empty() && m_slots[at] != word)
                at = (at + 1) & (slots - 1);
            m_slots[at] = word;
        }
    }

    bool contains(std::u16string_view word) const
    {
        if (word.empty() || !mayContain(word.front(), word.size()))
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t at = hashOf(word) & mask; !m_slots[at].empty(); at = (at + 1) & mask) {
            if (m_slots[at] == word)
                return true;
        }
        return false;
    }

    /// Whether a word of `size` characters starting with `first` may be one of the set.
    bool mayContain(char16_t first, size_t size) const
    {
        return size < 32 && (m_lengths[bucket(first)] & (1u << size));
    }

private:
    static size_t bucket(char16_t first) { return first & 0x7F; }
    static size_t hashOf(std::u16string_view word)
    {
        size_t hash = 2166136261U; // FNV-1a
        for (const char16_t c : word)
            hash = (hash ^ c) * 16777619U;
        return hash;
    }

    std::vector<std::u16string_view> m_slots; ///< empty views where no word is
    std::array<quint32, 128> m_lengths {}; // bit n: a word of length n starts so
};

// Words that start the purpose of a payment (folded), in the languages of the banks we read.
// A counterparty name in free text ends before the first of them.
const WordSet &purposeWords()
{
    static const WordSet words(
        u"platba platby platbu uhrada uhrady uhradu faktura faktury faktur fakturu fa fv "
        u"zaloha zalohova zalohy zalohu preddavok prispevok prispevek clensky clenske "
        u"kaucia kauce vratenie vraceni refundacia refundace dar splatka splatky vratka "
        u"poplatok poplatek poplatky mesacny mesicni presun prevod interny interni vklad "
        u"hotovostny hotovostni vyber cast ciastocna castecna doplatok doplatek najomne "
        u"najemne najem predplatne objednavka objednavky mzda vyplata dobropis storno "
        u"nakup плащане предплата фактура такса вноска превод заплата наем аванс "
        u"betaling forskudd gebyr overforing innbetaling husleie lonn zahlung rechnung "
        u"miete gebuhr uberweisung gutschrift lastschrift gehalt lohn beitrag payment "
        u"invoice inv fee refund deposit transfer salary rent order factuur iban ref bic");
    return words;
}

// Legal forms (folded, without dots and spaces): "s.r.o." and "s. r. o." are both "sro".
const WordSet &legalForms()
{
    static const WordSet forms(
        u"sro spolsro as ks vos asa ad ood eood ead ад оод еоод еад gmbh ag kg ug ohg se "
        u"ltd llc inc plc srl sa bv nv oy oyj ab aps kft zrt doo dooel spzoo sas sarl spa");
    return forms;
}

bool isSymbolLabel(QStringView folded)
{
    return startsWithText(folded, u"vs") || startsWithText(folded, u"ks")
        || startsWithText(folded, u"ss");
}

/// Whether token `k` starts the purpose: a purpose word, a reference, or a symbol label with
/// its number ("VS2026001", "VS: 2026001"; a bare "KS" is a legal form, k.s.).
bool startsPurpose(const Tokens &tokens, qsizetype k)
{
    const QStringView folded = tokens[k].folded;
    if (folded.startsWith(u'/'))
        return true;
    if (isSymbolLabel(folded) && folded.size() > 2)
        return isDigit(folded[2]) || folded[2] == u':';
    if (isSymbolLabel(folded) && folded.size() == 2)
        return k + 1 < tokens.size()
            && (isDigit(tokens[k + 1].folded.front()) || tokens[k + 1].folded.front() == u':');
    return purposeWords().contains(view(withoutTrailingPunctuation(folded)));
}

/// A token as a legal form is spelled: without its dots and commas.
struct Spelling
{
    qsizetype letters = 0; ///< how many characters remain
    char16_t lead = 0; ///< the first of them; 0 when none does
};

Spelling spellingOf(QStringView folded)
{
    Spelling spelling;
    for (const QChar c : folded) {
        if (c == u'.' || c == u',')
            continue;
        if (spelling.letters++ == 0)
            spelling.lead = c.unicode();
    }
    return spelling;
}

/// A legal form ends at token `last` when the last one to four tokens spell one
/// ("s.r.o.", "spol. s r.o.", "a. s.", "AS", "GmbH", "ЕООД"). `spellings` are those of the
/// tokens from `first` to `last`.
bool endsWithLegalForm(const Tokens &tokens, qsizetype first, qsizetype last,
                       const Spelling *spellings)
{
    constexpr qsizetype kLongest = 16;
    const WordSet &forms = legalForms();
    qsizetype length = 0;
    for (qsizetype m = 0; m < 4 && last - m >= first; ++m) {
        const Spelling &spelling = spellings[last - m - first];
        length += spelling.letters;
        if (length > kLongest)
            return false;
        if (spelling.letters == 0 || !forms.mayContain(spelling.lead, size_t(length)))
            continue; // spells what the token after it did, or no form's length and start
        char16_t spelled[kLongest];
        qsizetype at = 0;
        for (qsizetype j = last - m; j <= last; ++j) {
            for (const QChar c : tokens[j].folded) {
                if (c != u'.' && c != u',')
                    spelled[at++] = c.unicode();
            }
        }
        if (forms.contains(std::u16string_view(spelled, size_t(at))))
            return true;
    }
    return false;
}

/// The IBAN after an "IBAN:" label at token `i` (also "IBAN:SK31…" and print form in groups of
/// four); `next` becomes the token after it.
Iban ibanAfterLabel(const Tokens &tokens, qsizetype i, qsizetype &next)
{
    const QStringView label = tokens[i].folded;
    QStringView glued;
    if (equalsText(label, u"iban:") || equalsText(label, u"iban")) {
        next = i + 1;
    } else if (startsWithText(label, u"iban:") && label.size() > 5) {
        glued = tokens[i].text.mid(5);
        next = i;
    } else {
        return {};
    }
    QString candidate;
    for (qsizetype j = next; j < tokens.size() && candidate.size() <= 34; ++j) {
        const QStringView part = withoutTrailingPunctuation(j == i ? glued : tokens[j].text);
        if (j > next && part.size() > 4)
            break; // print-form groups have at most four characters
        candidate += part;
        if (Mt940::looksLikeIban(candidate)) {
            if (auto iban = Iban::parse(candidate)) {
                next = j + 1;
                return std::move(iban).value();
            }
        }
    }
    return {};
}

/// The name from token `first` on. After an IBAN it may run to the end of the text; after a
/// posting phrase only a landmark after it tells a name from the rest of a sentence ("Bank
/// charges March").
QString nameFrom(QStringView text, const Tokens &tokens, qsizetype first, bool mayRunToEnd)
{
    qsizetype last = -1;
    qsizetype k = first;
    bool ended = false;
    Spelling spellings[kMaxNameWords];
    for (; k < tokens.size() && k - first < kMaxNameWords; ++k) {
        if (startsPurpose(tokens, k)) {
            ended = true;
            break;
        }
        last = k;
        spellings[k - first] = spellingOf(tokens[k].folded);
        if (endsWithLegalForm(tokens, first, k, spellings)) {
            ended = true;
            break;
        }
    }
    if (last < 0 || (!ended && (k < tokens.size() || !mayRunToEnd)))
        return {};
    const qsizetype begin = tokens[first].text.data() - text.data();
    const qsizetype end = tokens[last].text.data() + tokens[last].text.size() - text.data();
    return text.mid(begin, end - begin).toString();
}

} // namespace

QString joinMt940FreeText(QStringView lines, int tagLength, Mt940WrapState &wrap)
{
    QVarLengthArray<QStringView, 8> parts;
    qsizetype start = 0;
    while (start <= lines.size()) {
        const qsizetype end = findUnit(lines.utf16(), start, lines.size(), u'\n');
        parts.append(lines.mid(start, end - start));
        start = end + 1;
    }
    bool allFull = parts.size() > 1;
    for (qsizetype i = 0; i + 1 < parts.size() && allFull; ++i) {
        const QStringView line = parts[i];
        const qsizetype width = line.size() + (i == 0 ? tagLength : 0);
        allFull = width == kLineWidth && !line.isEmpty() && !line.back().isSpace()
            && !parts[i + 1].isEmpty() && !parts[i + 1].front().isSpace();
    }
    if (parts.size() > 1 && !allFull)
        wrap.wordWrapSeen = true;
    const bool hardWrapped = allFull && !wrap.wordWrapSeen;
    // Written in place: a space at most for each line end dropped, so the text is never
    // longer than the lines.
    QString text(lines.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *out = begin;
    for (const QStringView line : parts) {
        const QStringView content = hardWrapped ? line : trimmedText(line);
        if (trimmedText(content).isEmpty())
            continue;
        if (out != begin && !hardWrapped)
            *out++ = u' ';
        out = std::copy(content.utf16(), content.utf16() + content.size(), out);
    }
    text.truncate(out - begin);
    return hardWrapped ? text.trimmed() : text;
}

Mt940FreeText parseMt940FreeText(QStringView lines, int tagLength, Mt940WrapState &wrap)
{
    Mt940FreeText result;
    result.text = joinMt940FreeText(lines, tagLength, wrap);
    // Folded on the stack: only looked at while the text is parsed.
    QVarLengthArray<char16_t, 256> folded(result.text.size());
    foldForMatching(result.text, folded.data());
    const Tokens tokens = tokensOf(result.text, QStringView(folded.constData(), folded.size()));
    qsizetype nameStart = -1;
    bool afterIban = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QChar first = tokens[i].folded.front();
        if (first == u'/' && result.reference.isEmpty() && isSymbolToken(tokens[i].text))
            result.reference = tokens[i].text.toString();
        if (first == u'i' && result.counterpartyIban.isNull()
            && startsWithText(tokens[i].folded, u"iban")) {
            qsizetype next = -1;
            result.counterpartyIban = ibanAfterLabel(tokens, i, next);
            if (!result.counterpartyIban.isNull()) {
                nameStart = next;
                afterIban = true;
            }
        }
    }
    if (nameStart < 0) {
        // No IBAN: "Platba kartou POS 1234 TESCO …", "Poplatok Tatra banka, a.s. …".
        const KindPhrase phrase = findKindPhrase(result.text);
        result.kind = phrase.kind;
        if (phrase.position == 0) {
            nameStart = 0;
            while (nameStart < tokens.size()
                   && tokens[nameStart].text.data() - result.text.constData() < phrase.length)
                ++nameStart;
        }
    }
    if (nameStart >= 0 && nameStart < tokens.size())
        result.counterpartyName = nameFrom(result.text, tokens, nameStart, afterIban);
    return result;
}

} // namespace Saldo
