// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/namenormalizer.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Saldo {

namespace {

// Letters that Unicode does not decompose but that people drop to plain Latin when they type
// without diacritics ("Førde" → "Forde", "Sæther" → "Saether").
QStringView specialFold(char32_t c)
{
    switch (c) {
    case U'ø':
    case U'Ø':
        return u"o";
    case U'æ':
    case U'Æ':
        return u"ae";
    case U'ł':
    case U'Ł':
        return u"l";
    case U'đ':
    case U'Đ':
        return u"d";
    case U'ð':
    case U'Ð':
        return u"d";
    case U'þ':
    case U'Þ':
        return u"th";
    case U'œ':
    case U'Œ':
        return u"oe";
    case U'ß':
    case U'ẞ':
        return u"ss";
    case U'ı':
        return u"i";
    default:
        return {};
    }
}

struct WordSpan
{
    qsizetype begin;
    qsizetype size;
    bool breakAfter;
};

// Folds a text into one string of words separated by single spaces, remembering where each
// word is: one allocation per text, however many words (every line's name goes through here).
class Folder
{
public:
    Folder() = default;

    void run(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text[i].unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                && QChar::isLowSurrogate(text[i + 1].unicode())) {
                c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
                ++i;
            }
            fold(c);
        }
        endWord();
        if (!m_words.isEmpty())
            m_words.last().breakAfter = true;
    }

    QStringView text() const { return QStringView(m_text.constData(), m_text.size()); }
    const QVarLengthArray<WordSpan, 16> &words() const { return m_words; }

private:
    void appendChar(char32_t c)
    {
        if (m_wordBegin < 0) {
            if (!m_text.isEmpty())
                m_text.append(QLatin1Char(' '));
            m_wordBegin = m_text.size();
        }
        if (QChar::requiresSurrogates(c)) {
            m_text.append(QChar(QChar::highSurrogate(c)));
            m_text.append(QChar(QChar::lowSurrogate(c)));
        } else {
            m_text.append(QChar(char16_t(c)));
        }
    }

    void endWord()
    {
        if (m_wordBegin >= 0)
            m_words.append({ m_wordBegin, m_text.size() - m_wordBegin, false });
        m_wordBegin = -1;
    }

    void separator(char32_t c)
    {
        endWord();
        // Punctuation (not a plain space) ends a name: "Tatra Stav, Bratislava".
        if (!QChar::isSpace(c) && !m_words.isEmpty())
            m_words.last().breakAfter = true;
    }

    // Its full compatibility decomposition without combining marks, case folded; anything that
    // is not a letter or digit separates words.
    void fold(char32_t c)
    {
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                appendChar(c);
            else if (c >= u'A' && c <= u'Z')
                appendChar(c - u'A' + u'a');
            else
                separator(c);
            return;
        }
        const QStringView special = specialFold(c);
        if (!special.isEmpty()) {
            for (const QChar s : special)
                appendChar(s.unicode());
            return;
        }
        const QString decomposed = QChar::decomposition(c);
        if (decomposed.isEmpty()) {
            if (QChar::isMark(c))
                return; // a diacritic that decomposition split off
            if (QChar::isLetterOrNumber(c))
                appendChar(QChar::toCaseFolded(c));
            else
                separator(c);
            return;
        }
        // Decompositions can nest (ǖ → ü + macron → u + diaeresis + macron).
        for (qsizetype i = 0; i < decomposed.size(); ++i) {
            char32_t part = decomposed[i].unicode();
            if (QChar::isHighSurrogate(part) && i + 1 < decomposed.size()) {
                part = QChar::surrogateToUcs4(decomposed[i].unicode(), decomposed[i + 1].unicode());
                ++i;
            }
            fold(part);
        }
    }

    QVarLengthArray<QChar, 128> m_text; // no allocation for a usual name
    QVarLengthArray<WordSpan, 16> m_words;
    qsizetype m_wordBegin = -1;
};

// Legal forms as folded words, longest first so "spol s r o" wins over "s r o".
const QList<QStringList> &legalForms()
{
    static const QList<QStringList> forms = [] {
        const QStringView spelled[] = {
            u"spol s r o", u"spol s ro", u"spols r o", u"sp z o o", u"s r o", u"v o s", u"d o o",
            u"sro",        u"a s",       u"k s",       u"as",       u"asa",   u"ks",    u"vos",
            u"еоод",       u"оод",       u"ад",        u"еад",      u"eood",  u"ood",   u"ad",
            u"ead",        u"gmbh",      u"ag",        u"ltd",      u"inc",   u"llc",   u"oy",
            u"ab",         u"bv",        u"kft",
        };
        QList<QStringList> list;
        for (const QStringView form : spelled)
            list.append(form.toString().split(QLatin1Char(' ')));
        std::stable_sort(list.begin(), list.end(), [](const QStringList &a, const QStringList &b) {
            return a.size() > b.size();
        });
        return list;
    }();
    return forms;
}

// Whether the words from `from` on start with `form`; `word(i)` gives word i as a view.
template<typename WordAt>
bool formAt(qsizetype count, qsizetype from, const QStringList &form, WordAt word)
{
    if (from + form.size() > count)
        return false;
    for (qsizetype i = 0; i < form.size(); ++i) {
        if (word(from + i) != form[i])
            return false;
    }
    return true;
}

} // namespace

QList<FoldedToken> foldTokens(QStringView text)
{
    Folder folder;
    folder.run(text);
    QList<FoldedToken> tokens;
    tokens.reserve(folder.words().size());
    for (const WordSpan &w : folder.words())
        tokens.append({ folder.text().mid(w.begin, w.size).toString(), w.breakAfter });
    return tokens;
}

int legalFormLength(const QList<FoldedToken> &tokens, qsizetype from)
{
    const auto word = [&](qsizetype i) {
        return QStringView(tokens[i].text);
    };
    for (const QStringList &form : legalForms()) {
        if (formAt(tokens.size(), from, form, word))
            return int(form.size());
    }
    return 0;
}

QString normalizeName(QStringView name)
{
    Folder folder;
    folder.run(name);
    const auto &words = folder.words();
    const QStringView text = folder.text();
    const auto word = [&](qsizetype i) {
        return text.mid(words[i].begin, words[i].size);
    };
    qsizetype count = words.size();
    // Several trailing forms are dropped ("X a.s. s.r.o." is rare but costs nothing), always
    // keeping one word: a firm called "AS" is still a name.
    bool dropped = true;
    while (dropped) {
        dropped = false;
        for (const QStringList &form : legalForms()) {
            const qsizetype from = count - form.size();
            if (from >= 1 && formAt(count, from, form, word)) {
                count = from;
                dropped = true;
                break;
            }
        }
    }
    if (count == 0)
        return QString();
    return text.left(words[count - 1].begin + words[count - 1].size).toString();
}

} // namespace Saldo
