// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940details.h"

#include "formats/common/textdecoder.h"
#include "mt940fields.h"
#include "mt940freetext.h"
#include "util/findunit.h"
#include "util/textview.h"
#include "util/trimmed.h"

#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Saldo {

namespace {

// German banks write each sub-field in at most 27 characters; a longer text goes on in the
// next sub-field (genbank.py does the same). A full sub-field is therefore joined to the next
// without a space; a shorter one ended a word or an item.
constexpr qsizetype kSubFieldWidth = 27;

bool isNotProvided(QStringView text)
{
    return text.size() == 11 && text.compare(u"NOTPROVIDED", Qt::CaseInsensitive) == 0;
}

/// Text with runs of white space made single and none at the ends; no copy when it is so.
/// QChar::isSpace(), with the letters of Latin and Cyrillic names decided without a call into
/// Qt's tables: no white space lies between U+00A0 and U+1680.
bool isSpace(char16_t c)
{
    if (c > 0xA0 && c < 0x1680)
        return false;
    return QChar::isSpace(c);
}

/// Whether the unit at `i` keeps `text` simplified: no white space but single spaces between
/// other characters.
bool keepsSimplified(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c != u' ')
        return !isSpace(c);
    return i > 0 && i + 1 < text.size() && text[i - 1] != u' ';
}

/// `text` as QString::simplified() makes it; most texts already are, and are only copied.
QString simplified(QStringView text)
{
    const char16_t *chars = text.utf16();
    qsizetype i = 0;
    bool clean = !text.isEmpty();
#ifdef __SSE2__
    // Units from 0x21 to 0x7F keep a text simplified: eight are passed at once, the others
    // (spaces, controls, beyond ASCII) looked at one by one.
    for (; clean && i + 8 <= text.size(); i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
        // c - 0x21 < 0x5F unsigned; SSE2 compares signed, so both sides are moved by 0x8000.
        const __m128i bias = _mm_set1_epi16(short(0x8000));
        const __m128i offset = _mm_xor_si128(_mm_sub_epi16(units, _mm_set1_epi16(0x21)), bias);
        const __m128i plain
            = _mm_cmplt_epi16(offset, _mm_xor_si128(_mm_set1_epi16(0x7F - 0x21), bias));
        quint32 others = ~quint32(_mm_movemask_epi8(_mm_packs_epi16(plain, plain))) & 0xFF;
        for (; clean && others != 0; others &= others - 1)
            clean = keepsSimplified(text, i + qCountTrailingZeroBits(others));
    }
#endif
    for (; clean && i < text.size(); ++i)
        clean = (chars[i] > 0x20 && chars[i] < 0x80) || keepsSimplified(text, i);
    return clean ? text.toString() : text.toString().simplified();
}

void setIbanOrAccount(Mt940Details &details, QStringView value, Mt940TextCache &cache)
{
    const QStringView v = trimmedText(value);
    if (v.isEmpty() || !details.counterpartyIban.isNull())
        return;
    // Most banks write the electronic form: checked where it stands, before any shape test
    // (an IBAN it accepts passes looksLikeIban() too). Iban::parse, through the cache, takes
    // the print form with spaces; the cheap test sees the compact form.
    Iban iban = Iban::fromElectronic(v);
    if (iban.isNull()) {
        const bool spaced = findUnit(v.utf16(), 0, v.size(), u' ') < v.size();
        if (spaced || Mt940::looksLikeIban(v))
            iban = cache.iban(v);
    }
    if (!iban.isNull()) {
        details.counterpartyIban = std::move(iban);
        details.counterpartyAccount.clear();
        return;
    }
    if (details.counterpartyAccount.isEmpty())
        details.counterpartyAccount = v.toString();
}

// ---- sub-fields: 166?00…?20…?30… ------------------------------------------------------------
// Split in the file's bytes: the separators and keys are ASCII in every encoding a bank file
// comes in, and only the texts kept are decoded, one by one. A part decodes to what the same
// bytes give within the whole text, since parts begin and end next to ASCII separators.

bool isDigitByte(char c)
{
    return c >= '0' && c <= '9';
}

/// The separator when `text` starts like "166?00", "000>10", "000+20" or "?20" (line breaks
/// aside), else 0.
char subFieldSeparator(QByteArrayView text)
{
    char start[6];
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size() && length < 6; ++i) {
        if (text[i] != '\n')
            start[length++] = text[i];
    }
    const auto isSeparator = [](char c) {
        return c == '?' || c == '>' || c == '+' || c == '~' || c == '^';
    };
    if (length == 6 && isDigitByte(start[0]) && isDigitByte(start[1]) && isDigitByte(start[2])
        && isSeparator(start[3]) && isDigitByte(start[4]) && isDigitByte(start[5]))
        return start[3];
    if (length >= 3 && start[0] == '?' && isDigitByte(start[1]) && isDigitByte(start[2]))
        return '?';
    return 0;
}

/// Drops the '\n's of `text` in place, moving the pieces between them with memmove (a
/// sub-field text has a few long pieces).
void removeLineBreaks(QByteArray &text)
{
    char *const data = text.data();
    const qsizetype size = text.size();
    const auto *from = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    if (!from)
        return;
    char *to = data + (from - data);
    const char *const end = data + size;
    while (from < end) {
        ++from; // skip the '\n'
        const auto *next = static_cast<const char *>(std::memchr(from, '\n', size_t(end - from)));
        const char *pieceEnd = next ? next : end;
        std::memmove(to, from, size_t(pieceEnd - from));
        to += pieceEnd - from;
        from = pieceEnd;
    }
    text.truncate(to - data);
}

struct SubField
{
    int key;
    QByteArrayView value;
};

using SubFields = QVarLengthArray<SubField, 24>;
using Parts = QVarLengthArray<QByteArrayView, 16>;
using Offsets = QVarLengthArray<qsizetype, 16>;

bool isKeyAt(QByteArrayView text, qsizetype pos, char separator)
{
    return text[pos] == separator && pos + 2 < text.size() && isDigitByte(text[pos + 1])
        && isDigitByte(text[pos + 2]);
}

/// Where the keys ("?20") of `text` stand, in order: the separators found sixteen bytes at a
/// time, each then looked at (a memchr() call per key cost more than the keys' texts). Keys
/// never overlap: two digits follow a key's separator, and a digit is no separator.
QVarLengthArray<qsizetype, 24> keyPositions(QByteArrayView text, char separator)
{
    QVarLengthArray<qsizetype, 24> keys;
    const char *const data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i wanted = _mm_set1_epi8(separator);
    for (; i + 16 <= size; i += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        for (auto hits = quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(block, wanted))); hits != 0;
             hits &= hits - 1) {
            const qsizetype pos = i + qCountTrailingZeroBits(hits);
            if (isKeyAt(text, pos, separator))
                keys.append(pos);
        }
    }
#endif
    for (; i < size; ++i) {
        if (data[i] == separator && isKeyAt(text, i, separator))
            keys.append(i);
    }
    return keys;
}

SubFields splitSubFields(QByteArrayView text, char separator)
{
    const QVarLengthArray<qsizetype, 24> keys = keyPositions(text, separator);
    SubFields fields;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const qsizetype pos = keys[k];
        const qsizetype end = k + 1 < keys.size() ? keys[k + 1] : text.size();
        const int key = (text[pos + 1] - '0') * 10 + (text[pos + 2] - '0');
        fields.append({ key, text.sliced(pos + 3, end - pos - 3) });
    }
    return fields;
}

/// Purpose sub-fields in order: ?20-?29, then ?60-?63.
int purposeOrder(int key)
{
    if (key >= 20 && key <= 29)
        return key - 20;
    if (key >= 60 && key <= 63)
        return key - 50;
    return -1;
}

/// Decoded sub-fields, on the stack unless they are long: they are only looked at, and what is
/// kept of them (simplified) is copied anyway.
class JoinedText
{
public:
    JoinedText() = default;
    Q_DISABLE_COPY_MOVE(JoinedText)

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QStringView view() const { return QStringView(m_data, m_size); }
    void clear() { m_size = 0; }
    void truncate(qsizetype size) { m_size = size; }
    /// Room for `count` more units at the end, for the caller to write.
    char16_t *extend(qsizetype count)
    {
        if (m_size + count > m_capacity)
            grow(m_size + count);
        char16_t *const at = m_data + m_size;
        m_size += count;
        return at;
    }

private:
    void grow(qsizetype needed)
    {
        std::vector<char16_t> bigger(size_t(std::max(needed, 2 * m_capacity)));
        std::copy_n(m_data, m_size, bigger.data());
        m_heap = std::move(bigger);
        m_data = m_heap.data();
        m_capacity = qsizetype(m_heap.size());
    }

    static constexpr qsizetype kInline = 512;
    char16_t m_inline[kInline];
    std::vector<char16_t> m_heap;
    char16_t *m_data = m_inline;
    qsizetype m_size = 0;
    qsizetype m_capacity = kInline;
};

/// Appends `bytes` decoded in `encoding` to `out`; returns how many UTF-16 units that made.
qsizetype appendDecoded(QByteArrayView bytes, TextEncoding encoding, JoinedText &out)
{
    const qsizetype at = out.size();
    const qsizetype written
        = decodeTextInto(bytes, encoding, out.extend(decodedSizeBound(bytes.size())));
    out.truncate(at + written);
    return written;
}

/// One sub-field decoded into `buffer` (which it replaces).
QStringView decoded(QByteArrayView bytes, TextEncoding encoding, JoinedText &buffer)
{
    buffer.clear();
    appendDecoded(bytes, encoding, buffer);
    return buffer.view();
}

/// Joins continued sub-fields (27-character rule, in decoded characters) into `text`; `starts`
/// gets where each one begins. Returns the joined text, a view into `text`.
QStringView joinSubFields(const Parts &parts, TextEncoding encoding, JoinedText &text,
                          Offsets *starts = nullptr)
{
    text.clear();
    qsizetype previous = kSubFieldWidth;
    for (const QByteArrayView part : parts) {
        if (!text.isEmpty() && previous < kSubFieldWidth)
            *text.extend(1) = u' ';
        if (starts)
            starts->append(text.size());
        previous = appendDecoded(part, encoding, text);
    }
    return text.view();
}

struct SepaKey
{
    qsizetype position;
    QStringView key; // "EREF"
};

/// SEPA keys ("EREF+", "SVWZ+" ...) where a sub-field starts or after a space.
QVarLengthArray<SepaKey, 8> findSepaKeys(QStringView purpose, const Offsets &starts)
{
    static constexpr QStringView keys[]
        = { u"EREF", u"KREF", u"MREF", u"CRED", u"DEBT", u"SVWZ", u"ABWA",
            u"ABWE", u"COAM", u"OAMT", u"PURP", u"IBAN", u"BIC" };
    QVarLengthArray<SepaKey, 8> found;
    const char16_t *chars = purpose.utf16();
    const qsizetype size = purpose.size();
    // A key has three or four letters: a '+' before the fourth character ends none.
    for (qsizetype p = findUnit(chars, 3, size, u'+'); p < size;
         p = findUnit(chars, p + 1, size, u'+')) {
        for (const QStringView k : keys) {
            const qsizetype start = p - k.size();
            if (start < 0 || purpose[start] != k[0]
                || !std::equal(k.begin(), k.end(), purpose.begin() + start))
                continue;
            if (start == 0 || purpose[start - 1] == u' '
                || std::find(starts.begin(), starts.end(), start) != starts.end()) {
                found.append({ start, purpose.mid(start, k.size()) });
                break;
            }
        }
    }
    return found;
}

void applyPurpose(Mt940Details &details, QStringView purpose, const Offsets &starts)
{
    const auto keys = findSepaKeys(purpose, starts);
    if (keys.isEmpty()) {
        details.description = simplified(purpose);
        return;
    }
    const QStringView before = trimmedText(purpose.left(keys.first().position));
    if (!before.isEmpty())
        details.description = simplified(before);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qsizetype begin = keys[i].position + keys[i].key.size() + 1;
        const qsizetype end = i + 1 < keys.size() ? keys[i + 1].position : purpose.size();
        const QStringView value = trimmedText(purpose.mid(begin, end - begin));
        if (equalsText(keys[i].key, u"EREF") && !isNotProvided(value))
            details.reference = value.toString();
        else if (equalsText(keys[i].key, u"SVWZ"))
            details.description = simplified(value);
    }
}

/// The sub-fields of `text`, the parts kept decoded in `encoding`.
void applySubFields(Mt940Details &details, QByteArrayView text, char separator,
                    TextEncoding encoding, Mt940TextCache &cache)
{
    JoinedText buffer;
    if (isDigitByte(text[0])) {
        details.businessCode = cache.get(decoded(text.first(3), encoding, buffer));
        details.germanBusinessCode = separator == '?';
    }
    const SubFields fields = splitSubFields(text, separator);
    SubFields purposeFields;
    Parts name;
    for (const SubField &field : fields) {
        if (purposeOrder(field.key) >= 0) {
            purposeFields.append(field);
        } else if (field.key == 0) {
            details.postingText = cache.get(trimmedText(decoded(field.value, encoding, buffer)));
        } else if (field.key == 30) {
            const QStringView bic = trimmedText(decoded(field.value, encoding, buffer));
            if (Mt940::looksLikeBic(bic))
                details.counterpartyBic = cache.get(bic);
        } else if (field.key == 31) {
            setIbanOrAccount(details, decoded(field.value, encoding, buffer), cache);
        } else if (field.key == 32 || field.key == 33) {
            // ING Romania writes the IBAN in ~33.
            if (field.key == 33 && details.counterpartyIban.isNull()) {
                const QStringView value = trimmedText(decoded(field.value, encoding, buffer));
                if (Mt940::looksLikeIban(value) && !cache.iban(value).isNull()) {
                    setIbanOrAccount(details, value, cache);
                    continue;
                }
            }
            name.append(field.value);
        }
    }
    // BRD ends the name with a lone "/" in +33.
    QStringView nameText = joinSubFields(name, encoding, buffer);
    while (!nameText.isEmpty() && (nameText.back() == u'/' || nameText.back().isSpace()))
        nameText.chop(1);
    details.counterpartyName = simplified(nameText);
    // Banks write ?20…?29 before ?60…?63; BRD puts +23 after +33.
    const auto byOrder = [](const SubField &a, const SubField &b) {
        return purposeOrder(a.key) < purposeOrder(b.key);
    };
    if (!std::is_sorted(purposeFields.begin(), purposeFields.end(), byOrder))
        std::stable_sort(purposeFields.begin(), purposeFields.end(), byOrder);
    Parts purpose;
    for (const SubField &field : purposeFields)
        purpose.append(field.value);
    Offsets starts;
    applyPurpose(details, joinSubFields(purpose, encoding, buffer, &starts), starts);
}

// ---- Dutch /KEY/value/ ------------------------------------------------------------------------

bool isSlashKey(QStringView token)
{
    static constexpr QStringView keys[]
        = { u"TRTP", u"EREF", u"REMI", u"NAME", u"IBAN", u"BIC",  u"CNTP", u"ORDP", u"BENM",
            u"ADDR", u"MARF", u"CSID", u"PREF", u"RTRN", u"ISDT", u"OCMT", u"ULTC", u"ULTD",
            u"ULTB", u"PURP", u"SVCL", u"BUSP", u"CHGS", u"EXCH", u"ACCW", u"IREF", u"SUM" };
    if (token.size() < 3 || token.size() > 4)
        return false;
    return std::any_of(std::begin(keys), std::end(keys),
                       [&](QStringView key) { return token == key; });
}

bool isSlashFormat(QStringView joined)
{
    if (!joined.startsWith(u'/'))
        return false;
    const qsizetype end = joined.indexOf(u'/', 1);
    return end > 1 && isSlashKey(joined.mid(1, end - 1)) && joined.mid(1, end - 1) != u"SUM";
}

QString joinValues(const QList<QStringView> &values, qsizetype from = 0)
{
    QString text;
    for (qsizetype i = from; i < values.size(); ++i) {
        if (i > from)
            text.append(u'/');
        text.append(values[i]);
    }
    while (text.startsWith(u'/'))
        text.remove(0, 1);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text.simplified();
}

/// /REMI/USTD//text/, /REMI/STRD/CUR/RF18…/ or plain text.
void applyRemittance(Mt940Details &details, const QList<QStringView> &values)
{
    if (values.isEmpty())
        return;
    if (values.first() == u"USTD") {
        details.description = joinValues(values, 1);
        return;
    }
    if (values.first() == u"STRD") {
        for (auto it = values.rbegin(); it != values.rend(); ++it) {
            if (it->trimmed().isEmpty())
                continue;
            if (auto rf = CreditorReference::parse(it->trimmed()))
                details.creditorReference = std::move(rf).value();
            details.description = it->trimmed().toString();
            break;
        }
        return;
    }
    details.description = joinValues(values);
}

void applySlashFields(Mt940Details &details, QStringView joined, Mt940TextCache &cache)
{
    QList<std::pair<QStringView, QList<QStringView>>> fields;
    for (const QStringView token : joined.mid(1).split(u'/')) {
        if (isSlashKey(token))
            fields.append({ token, {} });
        else if (!fields.isEmpty())
            fields.last().second.append(token);
    }
    QString extra;
    for (const auto &[key, values] : fields) {
        const QStringView first = values.isEmpty() ? QStringView() : values.first().trimmed();
        if (key == u"NAME") {
            details.counterpartyName = joinValues(values);
        } else if (key == u"IBAN") {
            setIbanOrAccount(details, first, cache);
        } else if (key == u"BIC" && Mt940::looksLikeBic(first)) {
            details.counterpartyBic = first.toString();
        } else if (key == u"EREF") {
            const QString value = joinValues(values);
            if (!isNotProvided(value))
                details.reference = value;
        } else if (key == u"REMI") {
            applyRemittance(details, values);
        } else if (key == u"TRTP") {
            details.postingText = joinValues(values);
        } else if (key == u"CNTP" || key == u"ORDP" || key == u"BENM") {
            // account/BIC/name/city (ING CNTP), or account/name/text… (Komercijalna banka)
            const bool ing = key == u"CNTP";
            setIbanOrAccount(details, first, cache);
            if (ing && values.size() > 1 && Mt940::looksLikeBic(values[1].trimmed()))
                details.counterpartyBic = values[1].trimmed().toString();
            const qsizetype nameAt = ing ? 2 : 1;
            if (details.counterpartyName.isEmpty() && values.size() > nameAt)
                details.counterpartyName = values[nameAt].trimmed().toString();
            for (qsizetype i = nameAt + 1; !ing && i < values.size(); ++i)
                extra += values[i].trimmed().toString() + u' ';
        }
    }
    if (details.description.isEmpty())
        details.description = extra.simplified();
}

} // namespace

Mt940Details parseMt940Details(QByteArray &text, Mt940TextDecoder &decoder, int tagLength,
                               Mt940WrapState &wrap, Mt940TextCache &cache)
{
    Mt940Details details;
    // The dialect shows in the first characters; line breaks carry nothing there.
    if (const char separator = subFieldSeparator(text)) {
        // Sub-fields ignore line breaks. The whole text has its say on the file's encoding
        // before its parts are decoded.
        removeLineBreaks(text);
        applySubFields(details, text, separator, decoder.learnEncoding(text), cache);
        return details;
    }
    const QString decodedText = decoder.decode(text);
    if (decodedText.startsWith(u'/')) {
        QString joined = decodedText;
        joined.remove(u'\n');
        if (isSlashFormat(joined)) {
            applySlashFields(details, joined, cache);
            if (details.description.isEmpty())
                details.description = joinMt940FreeText(decodedText, tagLength, wrap);
            return details;
        }
    }
    Mt940FreeText free = parseMt940FreeText(decodedText, tagLength, wrap);
    details.description = std::move(free.text);
    details.reference = std::move(free.reference);
    details.counterpartyIban = std::move(free.counterpartyIban);
    details.counterpartyName = std::move(free.counterpartyName);
    details.descriptionKind = free.kind;
    return details;
}

} // namespace Saldo
