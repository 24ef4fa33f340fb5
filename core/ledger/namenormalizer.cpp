// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/namenormalizer.h"

#include <QSet>
#include <QStringList>

namespace Saldo {

namespace {

// Legal forms with punctuation and spaces removed, lower case. A trailing run of up to four
// words whose letters spell one of these is dropped.
const QSet<QString> &legalForms()
{
    static const QSet<QString> forms = [] {
        QSet<QString> set;
        for (const char16_t *form :
             { u"sro", u"spolsro", u"as", u"ks", u"vos", u"se", u"druzstvo", u"eood", u"еоод",
               u"ood", u"оод", u"ad", u"ад", u"et", u"ет", u"ead", u"еад", u"asa", u"ans", u"da",
               u"gmbh", u"ag", u"kg", u"ltd", u"plc", u"llc", u"inc", u"sa", u"spzoo", u"kft",
               u"ab", u"oy", u"bv", u"nv" })
            set.insert(QString::fromUtf16(form));
        return set;
    }();
    return forms;
}

// Letters that NFKD does not split into a base letter and a combining mark.
QStringView foldSpecial(char32_t c)
{
    switch (c) {
    case U'ø': return u"o";
    case U'æ': return u"ae";
    case U'œ': return u"oe";
    case U'ß': return u"ss";
    case U'ł': return u"l";
    case U'đ': return u"d";
    case U'ð': return u"d";
    case U'þ': return u"th";
    case U'ı': return u"i";
    default: return {};
    }
}

// Lower-case letters and digits, words separated by single spaces, nothing else.
QString foldedWords(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const char32_t c : QStringView(decomposed).toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (!QChar::isLetterOrNumber(c))
            continue; // punctuation joins: "s.r.o." -> "sro", "„Balkan“" -> "balkan"
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (const QStringView special = foldSpecial(c); !special.isEmpty())
            out.append(special);
        else if (QChar::requiresSurrogates(c))
            out.append(QChar(QChar::highSurrogate(c))).append(QChar(QChar::lowSurrogate(c)));
        else
            out.append(QChar(char16_t(c)));
    }
    return out;
}

} // namespace

QString normalizedCounterpartyName(QStringView name)
{
    QStringList words = foldedWords(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype k = std::min<qsizetype>(4, words.size() - 1); k >= 1; --k) {
        QString tail;
        for (qsizetype i = words.size() - k; i < words.size(); ++i)
            tail += words.at(i);
        if (legalForms().contains(tail)) {
            words.resize(words.size() - k);
            break;
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace Saldo
