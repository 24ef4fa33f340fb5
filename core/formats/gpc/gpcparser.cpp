// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcparser.h"

#include "formats/common/referenceparser.h"
#include "formats/gpc/gpcrecord.h"
#include "util/tr.h"
#include "util/trimmed.h"

#include <algorithm>
#include <cctype>

namespace Saldo {

namespace {

// Record lengths in characters. A record may be shorter when trailing fields are blank
// (writers trim spaces); these are the shortest that still hold every field that matters.
constexpr int RecordLength = 128;
constexpr int MinHeaderLength = 114; // through the statement date
constexpr int MinItemLength = 97; // through the value date

// The 074 name field sits at 19-38; hand-made files pad it past its 20 characters.
constexpr int HeaderNameEnd = 39;

/// `bytes` decoded, white space around removed as QString::trimmed() removes it, without the
/// call into Qt (and the copy) for the usual field that has none.
QString decodedTrimmed(QByteArrayView bytes, TextEncoding encoding)
{
    QString text = decodeText(bytes, encoding);
    const QStringView trimmed = trimmedText(text);
    return trimmed.size() == text.size() ? text : trimmed.toString();
}

QString positions(int start, int count)
{
    return Tr::tr("positions %1-%2").arg(start + 1).arg(start + count);
}

/// GPC amounts are in hundredths; a currency with other minor digits gets them rescaled.
std::optional<qint64> fromHundredths(qint64 hundredths, int minorDigits)
{
    if (minorDigits == 2)
        return hundredths;
    if (minorDigits > 2) {
        qint64 factor = 1;
        for (int i = 2; i < minorDigits; ++i)
            factor *= 10;
        return hundredths * factor;
    }
    const qint64 divisor = minorDigits == 1 ? 10 : 100;
    if (hundredths % divisor != 0)
        return std::nullopt;
    return hundredths / divisor;
}

QByteArray withoutSurplusNamePadding(QByteArrayView line, int surplus)
{
    QByteArray fixed = line.toByteArray();
    fixed.remove(HeaderNameEnd, surplus);
    return fixed;
}

/// The value of the field of `count` digits at `start`; nullopt when it is not that.
/// digitsField() with the error report left to the caller: the fields read on every item
/// skip the set-up of a function that can also build an error message.
std::optional<qint64> digitsValue(const GpcRecord &record, int start, int count)
{
    const QByteArrayView bytes = record.field(start, count);
    return bytes.size() == count ? gpcNumber(bytes) : std::nullopt;
}

/// Whether `text` starts with a `name` that is not empty. The first characters are compared
/// inline first: they differ on almost every item, and QString::startsWith() is a call.
bool startsWithName(const QString &text, const QString &name)
{
    return !name.isEmpty() && text.size() >= name.size() && text.front() == name.front()
        && text.startsWith(name);
}

/// A record type's three characters as one number.
constexpr int recordKind(char a, char b, char c)
{
    return (int(uchar(a)) << 16) | (int(uchar(b)) << 8) | int(uchar(c));
}

} // namespace

GpcParser::GpcParser(const ReadOptions &options, TextEncoding encoding, StatementPartSink &sink)
    : m_options(options)
    , m_encoding(encoding)
    , m_sink(sink)
{
    m_result.format = StatementFormat::Gpc;
}

void GpcParser::fail(qint64 line, const QString &field, const QString &message)
{
    if (!m_result.error)
        m_result.error = ReadError { m_options.fileName, line, -1, field, message };
}

bool GpcParser::addLine(QByteArrayView line, qint64 lineNumber)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == '\x1a'))
        line.chop(1);
    // A record starts with its type: look no further than the first character that is not
    // white space (trimmed() would look at both ends of every record).
    if (std::all_of(line.begin(), line.end(), [](char c) { return std::isspace(uchar(c)); }))
        return true;
    const QByteArrayView type = line.first(std::min<qsizetype>(line.size(), 3));
    // The type as a number: compared once per record kind instead of as text.
    const int kind = type.size() == 3 ? recordKind(type[0], type[1], type[2]) : 0;
    if (kind == recordKind('0', '7', '4')) {
        const GpcRecord header(line, m_encoding);
        const int surplus = header.length() - RecordLength;
        // A name padded past its field (seen in hand-made files): drop the surplus spaces.
        const QByteArrayView padding
            = surplus > 0 ? header.field(HeaderNameEnd, surplus) : QByteArrayView();
        if (surplus > 0 && padding.size() == surplus && padding.count(' ') == surplus) {
            m_result.warnings.append(Tr::tr("%1:%2: 074: the name field is %3 characters too "
                                            "long; the surplus spaces were ignored")
                                         .arg(m_options.fileName)
                                         .arg(lineNumber)
                                         .arg(surplus));
            const QByteArray fixed = withoutSurplusNamePadding(line, int(padding.size()));
            return statementHeader(GpcRecord(fixed, m_encoding), lineNumber);
        }
    }
    // Padding past the record's end is harmless (a space is one byte in every encoding).
    qsizetype excess = gpcCharacterCount(line, m_encoding) - RecordLength;
    while (excess-- > 0 && line.back() == ' ')
        line.chop(1);
    const GpcRecord record(line, m_encoding);
    if (kind == recordKind('0', '7', '4'))
        return statementHeader(record, lineNumber);
    if (kind == recordKind('0', '7', '5'))
        return item(record, lineNumber);
    if (kind == recordKind('0', '7', '6') || kind == recordKind('0', '7', '8')
        || kind == recordKind('0', '7', '9')) {
        if (!m_itemOpen) {
            fail(lineNumber, QString::fromLatin1(type),
                 Tr::tr("a %1 record must follow a 075 item").arg(QString::fromLatin1(type)));
            return false;
        }
        if (record.length() > RecordLength) {
            fail(lineNumber, QString::fromLatin1(type),
                 Tr::tr("record is %1 characters long; at most %2 expected")
                     .arg(record.length())
                     .arg(RecordLength));
            return false;
        }
        if (kind == recordKind('0', '7', '6'))
            return itemInfo(record);
        m_avText.add(record);
        return true;
    }
    fail(lineNumber, {},
         Tr::tr("unknown record type '%1'; expected 074, 075, 076, 078 or 079")
             .arg(decodeText(line.first(std::min<qsizetype>(line.size(), 3)), m_encoding)));
    return false;
}

bool GpcParser::digitsField(const GpcRecord &record, qint64 line, int start, int count,
                            const char *field, qint64 &value)
{
    const QByteArrayView bytes = record.field(start, count);
    const std::optional<qint64> number = bytes.size() == count ? gpcNumber(bytes) : std::nullopt;
    if (!number) {
        const QString problem = Tr::tr("expected %1 digits at %2, found '%3'")
                                    .arg(count)
                                    .arg(positions(start, count), decodeText(bytes, m_encoding));
        fail(line, Tr::tr(field), problem);
        return false;
    }
    value = *number;
    return true;
}

bool GpcParser::dateField(const GpcRecord &record, qint64 line, int start, const char *field,
                          QDate &date)
{
    const QByteArrayView bytes = record.field(start, 6);
    const std::optional<QDate> parsed = m_lookups.date(bytes);
    if (!parsed) {
        const QString problem = Tr::tr("expected a date DDMMYY at %1, found '%2'")
                                    .arg(positions(start, 6), decodeText(bytes, m_encoding));
        fail(line, Tr::tr(field), problem);
        return false;
    }
    date = *parsed;
    return true;
}

bool GpcParser::signedBalance(const GpcRecord &record, qint64 line, int start, const char *field,
                              qint64 &value)
{
    if (!digitsField(record, line, start, 14, field, value))
        return false;
    const QByteArrayView sign = record.field(start + 14, 1);
    if (sign == "-") {
        value = -value;
    } else if (sign != "+" && sign != "0") {
        const QString problem = Tr::tr("expected the sign '+' or '-' at position %1, found '%2'")
                                    .arg(start + 15)
                                    .arg(decodeText(sign, m_encoding));
        fail(line, Tr::tr(field), problem);
        return false;
    }
    return true;
}

bool GpcParser::statementHeader(const GpcRecord &record, qint64 line)
{
    if (!flushStatement())
        return false;
    if (record.length() < MinHeaderLength || record.length() > RecordLength) {
        fail(line, QStringLiteral("074"),
             Tr::tr("a statement header has %1 characters, this one has %2")
                 .arg(RecordLength)
                 .arg(record.length()));
        return false;
    }
    Statement statement;
    statement.sourceLine = line;
    // Statements of one file are alike in size: room for a little more than the last one had
    // (a statement that outgrows its room is copied whole).
    statement.lines.reserve(m_previousLineCount + m_previousLineCount / 4);
    qint64 opening = 0, closing = 0, debitTurnover = 0, creditTurnover = 0, number = 0;
    QDate previousDate;
    const QByteArrayView accountField = record.field(3, 16);
    if (!digitsField(record, line, 3, 16, QT_TRANSLATE_NOOP("Saldo", "074 account"), number)
        || !dateField(record, line, 39, QT_TRANSLATE_NOOP("Saldo", "074 old balance date"),
                      previousDate)
        || !signedBalance(record, line, 45, QT_TRANSLATE_NOOP("Saldo", "074 old balance"), opening)
        || !signedBalance(record, line, 60, QT_TRANSLATE_NOOP("Saldo", "074 new balance"), closing)
        || !signedBalance(record, line, 75, QT_TRANSLATE_NOOP("Saldo", "074 debit turnover"),
                          debitTurnover)
        || !signedBalance(record, line, 90, QT_TRANSLATE_NOOP("Saldo", "074 credit turnover"),
                          creditTurnover)
        || !digitsField(record, line, 105, 3, QT_TRANSLATE_NOOP("Saldo", "074 statement number"),
                        number)
        || !dateField(record, line, 108, QT_TRANSLATE_NOOP("Saldo", "074 statement date"),
                      statement.date))
        return false;

    // The bank is not in the header, except that Fio marks its files "FIO" after the date.
    const bool fio = record.field(114, 3) == "FIO";
    const QLatin1StringView bank = fio ? QLatin1StringView("2010") : QLatin1StringView();
    const GpcAccount account
        = GpcAccount::fromFieldInDetectedOrder(accountField, GpcAccount::Order::Plain);
    m_accountOrder = account.order();
    statement.accountNumber = account.localForm(bank);
    m_lookups.setStatementCountry(fio ? QLatin1StringView("CZ") : QLatin1StringView());
    if (fio && account.passesCheck())
        statement.accountIban = m_lookups.iban(account, bank);
    statement.sequence = QString::fromLatin1(record.field(105, 3));
    statement.periodEnd = statement.date;
    m_openingMinor = opening;
    m_closingMinor = closing;
    m_currency.reset();
    m_statement = std::move(statement);
    m_sawStatement = true;
    return true;
}

void GpcParser::counterparty(const GpcRecord &record, StatementLine &out)
{
    const QByteArrayView field = record.field(19, 16);
    if (gpcAllZeros(field))
        return;
    const GpcCounterAccount &account
        = m_lookups.counterAccount(field, record.field(73, 4), m_accountOrder);
    out.counterpartyAccount = account.local;
    if (!account.iban.isNull())
        out.counterpartyIban = account.iban;
}

bool GpcParser::symbols(const GpcRecord &record, qint64 line, StatementLine &out)
{
    struct SymbolField
    {
        int start, count;
        const char *name;
    };
    const SymbolField fields[] = { { 61, 10, QT_TRANSLATE_NOOP("Saldo", "075 VS") },
                                   { 77, 4, QT_TRANSLATE_NOOP("Saldo", "075 KS") },
                                   { 81, 10, QT_TRANSLATE_NOOP("Saldo", "075 SS") } };
    for (const SymbolField &f : fields) {
        const std::optional<qint64> digits = digitsValue(record, f.start, f.count);
        qint64 value = 0;
        if (!digits) // digitsField() reports what is wrong
            return digitsField(record, line, f.start, f.count, f.name, value);
        value = *digits;
        if (value == 0)
            continue;
        if (f.start == 61)
            out.variableSymbol = VariableSymbol::fromNumber(quint64(value));
        else if (f.start == 77)
            out.constantSymbol = m_lookups.constantSymbol(quint64(value));
        else
            out.specificSymbol = SpecificSymbol::fromNumber(quint64(value));
    }
    return true;
}

bool GpcParser::item(const GpcRecord &record, qint64 line)
{
    finishItem();
    if (!m_statement) {
        fail(line, QStringLiteral("075"), Tr::tr("an item before any 074 statement header"));
        return false;
    }
    if (record.length() < MinItemLength || record.length() > RecordLength) {
        QString message = Tr::tr("an item has %1 characters, this one has %2")
                              .arg(RecordLength)
                              .arg(record.length());
        // Some converters (php-abo-parser's "extended format") write 075 items with 8-digit
        // dates and long texts; no bank delivers them and no bank documents their layout.
        if (record.length() > RecordLength)
            message += Tr::tr(": longer \"extended\" items (8-digit dates, long texts) are not "
                              "the ABO/GPC format of the banks and are not supported");
        fail(line, QStringLiteral("075"), message);
        return false;
    }
    // The line is made in its place in the statement (a line is big, moving it costs); an
    // error below ends the reading, and the statement with it.
    StatementLine &out = m_statement->lines.emplaceBack();
    out.sourceLine = line;
    qint64 hundredths = 0;
    const std::optional<qint64> amount = digitsValue(record, 48, 12);
    if (!amount) // digitsField() reports what is wrong
        return digitsField(record, line, 48, 12, QT_TRANSLATE_NOOP("Saldo", "075 amount"),
                           hundredths);
    hundredths = *amount;
    if (!symbols(record, line, out))
        return false;
    // Read like the amount: dateField() only for a field that is no date, to report it.
    QDate valueDate, dueDate;
    if (const std::optional<QDate> date = m_lookups.date(record.field(91, 6)))
        valueDate = *date;
    else
        return dateField(record, line, 91, QT_TRANSLATE_NOOP("Saldo", "075 value date"), valueDate);
    if (record.length() >= RecordLength) {
        if (const std::optional<QDate> date = m_lookups.date(record.field(122, 6)))
            dueDate = *date;
        else
            return dateField(record, line, 122, QT_TRANSLATE_NOOP("Saldo", "075 due date"),
                             dueDate);
    }
    const QByteArrayView codeField = record.field(60, 1);
    // Compared as a character: comparing the one-byte view as text calls into Qt each time.
    const char code = codeField.size() == 1 ? codeField.front() : '\0';
    if (code == '1' || code == '5') {
        hundredths = -hundredths; // debit, or the reversal of a credit
    } else if (code != '2' && code != '4') {
        fail(line, Tr::tr("075 accounting code"),
             Tr::tr("expected 1, 2, 4 or 5 at position 61, found '%1'")
                 .arg(decodeText(codeField, m_encoding)));
        return false;
    }
    static const QString codes[]
        = { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("5") };
    out.transactionCode = codes[code == '1' ? 0 : code == '2' ? 1 : code == '4' ? 2 : 3];
    out.bookingDate = dueDate.isValid() ? dueDate
        : valueDate.isValid()           ? valueDate
                                        : m_statement->date;
    out.valueDate = valueDate.isValid() ? valueDate : out.bookingDate;
    const QByteArrayView document = record.field(35, 13);
    if (!gpcAllZeros(document))
        out.bankReference = decodedTrimmed(document, m_encoding);
    out.counterpartyName = record.text(97, 20);
    counterparty(record, out);
    const std::optional<Currency> currency = m_lookups.currency(record.field(118, 4));
    if (currency && !m_currency)
        m_currency = currency;
    // The amount is finished at the end of the statement, when its currency is known.
    out.amount = Money(hundredths, currency.value_or(Currency()));
    m_itemOpen = true;
    return true;
}

bool GpcParser::itemInfo(const GpcRecord &record)
{
    StatementLine &current = m_statement->lines.last();
    const QByteArrayView id = record.field(3, 26);
    if (current.bankReference.isEmpty() && !id.trimmed().isEmpty() && !gpcAllZeros(id))
        current.bankReference = decodedTrimmed(id, m_encoding);
    // The rest (a date and a bank-internal note) says nothing the line needs.
    return true;
}

void GpcParser::finishItem()
{
    if (!m_itemOpen)
        return;
    m_itemOpen = false;
    StatementLine &line = m_statement->lines.last();
    QString description = m_avText.take();
    // Banks without a name put the start of the payment text in the name field.
    if (startsWithName(description, line.counterpartyName))
        line.counterpartyName.clear();
    line.description = std::move(description);
    fillMissingReferences(line);
    // The text says what the line is; without one, the name field holds it (Fio: "Nákup: ...").
    line.kind = kindFromText(line.description.isEmpty() ? line.counterpartyName : line.description);
    line.card = line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
}

bool GpcParser::flushStatement()
{
    finishItem();
    if (!m_statement)
        return true;
    Statement statement = std::move(*m_statement);
    m_statement.reset();
    // Bounded: one huge statement must not make every later one take its memory.
    m_previousLineCount = std::min<qsizetype>(statement.lines.size(), 4096);
    // Without items naming it, the currency is the file's previous statement's (one account per
    // file), or CZK, the currency ABO was made for.
    statement.currency = m_currency ? *m_currency
        : m_previousCurrency        ? *m_previousCurrency
                                    : Currency::fromCode(u"CZK").value();
    m_previousCurrency = statement.currency;
    const int digits = statement.currency.minorDigits();
    for (StatementLine &line : statement.lines) {
        const Currency currency
            = line.amount.currency().isValid() ? line.amount.currency() : statement.currency;
        const std::optional<qint64> minor
            = fromHundredths(line.amount.minorUnits(), currency.minorDigits());
        if (!minor) {
            fail(line.sourceLine, Tr::tr("075 amount"),
                 Tr::tr("%1 has no minor units; the amount has hundredths").arg(currency.code()));
            return false;
        }
        line.amount = Money(*minor, currency);
    }
    const std::optional<qint64> opening = fromHundredths(*m_openingMinor, digits);
    const std::optional<qint64> closing = fromHundredths(*m_closingMinor, digits);
    if (opening)
        statement.openingBalance = Money(*opening, statement.currency);
    if (closing)
        statement.closingBalance = Money(*closing, statement.currency);
    if (!handOverStatement(m_sink, std::move(statement))) {
        m_result.canceled = true;
        return false;
    }
    return true;
}

void GpcParser::finish()
{
    if (m_result.error || m_result.canceled)
        return;
    if (flushStatement() && !m_sawStatement) {
        m_result.warnings.append(
            Tr::tr("%1: no statement in the file (no 074 record)").arg(m_options.fileName));
    }
    if (m_options.piece)
        m_result.pieceState = pieceState();
}

QByteArray GpcParser::pieceState() const
{
    QByteArray state(1, char('0' + int(m_encoding)));
    if (m_previousCurrency)
        state += m_previousCurrency->code().toLatin1();
    return state;
}

std::optional<TextEncoding> GpcParser::pieceEncoding(QByteArrayView state)
{
    if (state.isEmpty() || state[0] < '0' || state[0] > char('0' + int(TextEncoding::Latin1)))
        return std::nullopt;
    return TextEncoding(state[0] - '0');
}

void GpcParser::restorePieceState(QByteArrayView state)
{
    if (const std::optional<TextEncoding> encoding = pieceEncoding(state))
        m_encoding = *encoding;
    if (state.size() > 1) {
        if (const Result<Currency> currency
            = Currency::fromCode(QString::fromLatin1(state.sliced(1))))
            m_previousCurrency = *currency;
    }
}

} // namespace Saldo
