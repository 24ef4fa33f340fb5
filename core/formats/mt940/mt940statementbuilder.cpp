// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940statementbuilder.h"

#include "formats/common/referenceparser.h"
#include "mt940details.h"
#include "mt940nonswift.h"
#include "util/textview.h"
#include "util/tr.h"

#include <algorithm>
#include <cstring>

namespace Saldo {

using Mt940::left;
using Mt940::mid;

namespace {

QByteArrayView firstLine(const QByteArray &text)
{
    const qsizetype end = text.indexOf('\n');
    return end < 0 ? QByteArrayView(text) : left(QByteArrayView(text), end);
}

QString tagName(const Mt940Field &field)
{
    return QLatin1Char(':') + QString::fromLatin1(field.tag) + QLatin1Char(':');
}

/// What the SWIFT transaction type ("NCHG") or the German business code ("805") says.
LineKind kindFromCodes(QStringView transactionType, QStringView businessCode)
{
    if (transactionType.size() == 4) {
        const QStringView code = transactionType.mid(1);
        if (equalsText(code, u"CHG") || equalsText(code, u"COM"))
            return LineKind::Fee;
        if (equalsText(code, u"INT"))
            return LineKind::Interest;
    }
    if (equalsText(businessCode, u"805")) // Abschluss: account charges
        return LineKind::Fee;
    return LineKind::Unknown;
}

/// Transfers, direct debits and standing orders by the German business code (GVC): the code
/// says what the line is, so words in its text ("card", "ATM" in a purpose) must not make it
/// a card line, as camt's bank transaction codes of those families do not.
bool isGermanTransferCode(const Mt940Details &details)
{
    if (!details.germanBusinessCode)
        return false;
    const QStringView code = details.businessCode;
    if (code.size() != 3)
        return false;
    switch ((code[0].unicode() - u'0') * 100 + (code[1].unicode() - u'0') * 10
            + (code[2].unicode() - u'0')) {
    case 4: // direct debits
    case 5:
    case 104:
    case 105:
    case 171:
    case 8: // standing orders, transfers out
    case 20:
    case 116:
    case 117:
    case 118:
    case 119:
    case 51: // transfers in
    case 52:
    case 53:
    case 152:
    case 153:
    case 159:
    case 166:
    case 168:
    case 169:
        return true;
    default:
        return false;
    }
}

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Fills what the :86: left empty from the :NS: block after the same :61:.
void completeFromNonSwift(Mt940Details &details, Mt940Details &&nonSwift)
{
    if (details.counterpartyName.isEmpty())
        details.counterpartyName = std::move(nonSwift.counterpartyName);
    if (details.counterpartyIban.isNull() && details.counterpartyAccount.isEmpty()) {
        details.counterpartyIban = std::move(nonSwift.counterpartyIban);
        details.counterpartyAccount = std::move(nonSwift.counterpartyAccount);
    }
    if (details.postingText.isEmpty())
        details.postingText = std::move(nonSwift.postingText);
    if (details.description.isEmpty())
        details.description = std::move(nonSwift.description);
}

} // namespace

Mt940StatementBuilder::Mt940StatementBuilder(const ReadOptions &options, StatementPartSink &sink,
                                             ReadResult &result)
    : m_options(options)
    , m_sink(sink)
    , m_result(result)
{ }

void Mt940StatementBuilder::setEncoding(TextEncoding encoding, bool certain)
{
    m_encoding = encoding;
    m_encodingCertain = certain;
}

QByteArray Mt940StatementBuilder::pieceState() const
{
    QByteArray state(3, '0');
    state[0] = char('0' + int(m_encoding));
    state[1] = m_encodingCertain ? '1' : '0';
    state[2] = m_wrap.wordWrapSeen ? '1' : '0';
    return state;
}

void Mt940StatementBuilder::restorePieceState(QByteArrayView state)
{
    if (state.size() != 3 || state[0] < '0' || state[0] > char('0' + int(TextEncoding::Latin1)))
        return;
    m_encoding = TextEncoding(state[0] - '0');
    m_encodingCertain = state[1] == '1';
    m_wrap.wordWrapSeen = state[2] == '1';
}

void Mt940StatementBuilder::fail(qint64 line, const QString &field, const QString &message)
{
    m_result.error = ReadError { m_options.fileName, line, -1, field, message };
}

void Mt940StatementBuilder::warnUnknownTag(const Mt940Field &field)
{
    const QByteArray tag = field.tag.view().toByteArray();
    if (m_warnedTags.contains(tag))
        return;
    m_warnedTags.insert(tag);
    m_result.warnOnce("mt940 tag " + tag,
                      Tr::tr("%1:%2: tag %3 is not one of MT940; its content was skipped")
                          .arg(m_options.fileName)
                          .arg(field.line)
                          .arg(tagName(field)));
}

TextEncoding Mt940StatementBuilder::learnEncoding(QByteArrayView bytes)
{
    // The start of the file was plain ASCII; the first other bytes decide.
    if (!m_encodingCertain && !isAsciiText(bytes)) {
        m_encoding = detectEncoding(bytes, m_encoding);
        m_encodingCertain = true;
    }
    return m_encoding;
}

QString Mt940StatementBuilder::decode(QByteArrayView bytes)
{
    if (isAsciiText(bytes)) // eight bytes at a time: every field of a file comes through here
        return QString::fromLatin1(bytes);
    learnEncoding(bytes);
    return decodeText(bytes, m_encoding);
}

bool Mt940StatementBuilder::addField(Mt940Field &field)
{
    m_fieldsSeen = true;
    switch (field.kind) {
    case Mt940FieldKind::None:
    case Mt940FieldKind::Ignored:
        return true;
    case Mt940FieldKind::NonSwift:
        onNonSwift(field);
        return true;
    case Mt940FieldKind::Unknown:
        warnUnknownTag(field);
        return true;
    case Mt940FieldKind::Reference:
        if (!beginStatement(field.line, false))
            return false;
        m_statement.id = decode(firstLine(field.text)).trimmed();
        m_hasContent = true;
        return true;
    case Mt940FieldKind::Account:
        onAccount(field);
        return true;
    case Mt940FieldKind::Number:
        ensureStatement(field.line);
        m_statement.sequence = decode(firstLine(field.text)).trimmed();
        m_hasContent = true;
        return true;
    case Mt940FieldKind::Opening:
        return onOpening(field);
    case Mt940FieldKind::Entry:
        return onEntry(field);
    case Mt940FieldKind::Details:
        onDetails(field);
        return true;
    case Mt940FieldKind::Closing:
        return onClosing(field);
    case Mt940FieldKind::CurrencyHint:
        onCurrencyHint(field);
        return true;
    case Mt940FieldKind::DateTime:
        onDateTime(field);
        return true;
    }
    return true;
}

bool Mt940StatementBuilder::endMessage()
{
    return finishStatement();
}

bool Mt940StatementBuilder::finish()
{
    if (!finishStatement())
        return false;
    if (!m_fieldsSeen) {
        fail(0, {},
             Tr::tr("no MT940 statement found: expected lines starting with tags such as "
                    ":20:, :25:, :60F:, :61:"));
        return false;
    }
    return true;
}

void Mt940StatementBuilder::ensureStatement(qint64 line)
{
    if (!m_open)
        beginStatement(line, false);
}

bool Mt940StatementBuilder::beginStatement(qint64 line, bool nextPage)
{
    // A second opening balance without a :20: starts the next page of the same account.
    Statement carried;
    QByteArray accountCurrency;
    if (nextPage && m_open) {
        carried.id = m_statement.id;
        carried.accountIban = m_statement.accountIban;
        carried.accountNumber = m_statement.accountNumber;
        carried.sequence = m_statement.sequence;
        accountCurrency = m_accountCurrency;
    }
    if (!finishStatement())
        return false;
    m_statement = std::move(carried);
    m_statement.sourceLine = line;
    // Statements of one file are alike in size: room for a quarter more lines than the last one
    // had, so that a somewhat longer statement does not copy its lines into twice the room.
    const qsizetype expected = m_previousLineCount + m_previousLineCount / 4;
    m_statement.lines.reserve(expected);
    m_amounts.reserve(expected);
    m_open = true;
    m_hasContent = false;
    m_closed = false;
    m_amounts.clear();
    m_opening.reset();
    m_closing.reset();
    m_openingCurrency.clear();
    m_closingCurrency.clear();
    m_accountCurrency = accountCurrency;
    m_hintCurrency.clear();
    return true;
}

void Mt940StatementBuilder::onAccount(const Mt940Field &field)
{
    ensureStatement(field.line);
    const Mt940::Account account = Mt940::parseAccount(decode(firstLine(field.text)));
    m_statement.accountIban = account.iban;
    m_statement.accountNumber = account.number;
    m_accountCurrency = account.currency.toLatin1();
    m_hasContent = true;
}

bool Mt940StatementBuilder::onOpening(const Mt940Field &field)
{
    ensureStatement(field.line);
    if (m_opening && !beginStatement(field.line, true))
        return false;
    Mt940::Balance balance;
    if (auto error = Mt940::parseBalance(firstLine(field.text), balance)) {
        fail(field.line, tagName(field), *error);
        return false;
    }
    m_opening = balance.amount;
    m_openingCurrency = balance.currency.toByteArray();
    m_openingLine = field.line;
    m_statement.periodStart = balance.date;
    m_hasContent = true;
    return true;
}

bool Mt940StatementBuilder::onEntry(const Mt940Field &field)
{
    ensureStatement(field.line);
    if (m_closed) {
        fail(field.line, tagName(field),
             Tr::tr("statement line after the closing balance; expected :20: to start the next "
                    "statement"));
        return false;
    }
    if (!finishEntry())
        return false;
    if (m_statement.lines.size() >= kMaxStatementLines) {
        fail(field.line, tagName(field),
             Tr::tr("more than %1 lines in one statement; split the file").arg(kMaxStatementLines));
        return false;
    }
    Mt940::Entry entry;
    if (auto error = Mt940::parseEntry(field.text, entry, &m_entryDates)) {
        fail(field.line, tagName(field), *error);
        return false;
    }
    // The line is made in its place in the statement: a line is big, moving it costs.
    StatementLine &line = m_statement.lines.emplaceBack();
    line.sourceLine = field.line;
    line.valueDate = entry.valueDate;
    line.bookingDate = entry.entryDate.isValid() ? entry.entryDate : entry.valueDate;
    // Most lines of a file share a few codes: share their text too.
    char16_t type[4];
    const qsizetype typeLength = std::min<qsizetype>(entry.transactionType.size(), 4);
    for (qsizetype i = 0; i < typeLength; ++i)
        type[i] = uchar(entry.transactionType[i]);
    line.transactionCode = m_texts.get(QStringView(type, typeLength));
    line.bankReference = decode(entry.bankReference);
    m_customerReference = equalsText(entry.customerReference, "NONREF")
        ? QString()
        : decode(entry.customerReference);
    m_supplementary = decode(entry.supplementaryDetails);
    m_supplementary.replace(u'\n', u' ');
    m_entryAmount = entry.amount;
    // Empty already, mostly (finishEntry() cleared them): truncate() is a call into Qt.
    if (!m_details.isEmpty())
        m_details.truncate(0);
    if (!m_nonSwift.isEmpty())
        m_nonSwift.truncate(0);
    m_hasEntry = true;
    m_hasContent = true;
    return true;
}

void Mt940StatementBuilder::onDetails(Mt940Field &field)
{
    // Before the first :61: or after the closing balance the text is about the statement.
    if (!m_hasEntry || m_closed) {
        if (m_open)
            addInformation(decode(field.text).replace(u'\n', u' ').simplified());
        return;
    }
    if (m_details.isEmpty()) {
        // The usual case, one :86: per line: the text is taken, not copied; the parser gets
        // this (empty) buffer, and its memory, to fill next.
        m_detailsTagLength = field.tagLength;
        std::swap(m_details, field.text);
        return;
    }
    m_details.append('\n');
    Mt940::appendBytes(m_details, field.text);
}

void Mt940StatementBuilder::onNonSwift(const Mt940Field &field)
{
    if (m_hasEntry && !m_closed) {
        if (!m_nonSwift.isEmpty())
            m_nonSwift.append('\n');
        m_nonSwift.append(field.text);
        return;
    }
    ensureStatement(field.line);
    addInformation(mt940NonSwiftStatementInformation(parseMt940NonSwift(decode(field.text))));
}

void Mt940StatementBuilder::addInformation(const QString &text)
{
    // A file may repeat statement-level text without end; what matters fits in a few lines.
    constexpr qsizetype MaxInformation = 4096;
    if (text.isEmpty() || m_statement.information.size() >= MaxInformation)
        return;
    if (!m_statement.information.isEmpty())
        m_statement.information += u' ';
    m_statement.information += text.left(MaxInformation - m_statement.information.size());
}

bool Mt940StatementBuilder::finishEntry()
{
    if (!m_hasEntry)
        return true;
    m_hasEntry = false;
    StatementLine &line = m_statement.lines.last();
    Mt940Details details;
    if (!m_details.isEmpty()) {
        Mt940TextDecoder &decoder = *this;
        details = parseMt940Details(m_details, decoder, m_detailsTagLength, m_wrap, m_texts);
    }
    if (!m_nonSwift.isEmpty()) {
        completeFromNonSwift(details,
                             mt940NonSwiftLineDetails(parseMt940NonSwift(decode(m_nonSwift))));
        m_nonSwift.truncate(0);
    }
    line.counterpartyName = std::move(details.counterpartyName);
    line.counterpartyIban = std::move(details.counterpartyIban);
    line.counterpartyAccount = std::move(details.counterpartyAccount);
    line.counterpartyBic = std::move(details.counterpartyBic);
    line.creditorReference = std::move(details.creditorReference);
    line.reference = details.reference.isEmpty() ? m_customerReference : details.reference;
    line.description = details.description.isEmpty() ? m_supplementary : details.description;
    line.kind = kindFromCodes(line.transactionCode, details.businessCode);
    if (line.kind == LineKind::Unknown && !isGermanTransferCode(details)) {
        line.kind = postingTextKind(details.postingText);
        if (line.kind == LineKind::Unknown) {
            const bool known = details.descriptionKind && !details.description.isEmpty();
            line.kind = known ? *details.descriptionKind : kindFromText(line.description);
        }
    }
    line.card = line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
    fillMissingReferences(line);
    m_amounts.append(m_entryAmount);
    m_details.truncate(0);
    return true;
}

LineKind Mt940StatementBuilder::postingTextKind(const QString &text)
{
    if (text.isEmpty())
        return LineKind::Unknown;
    for (const auto &[known, kind] : m_postingKinds) {
        if (known == text)
            return kind;
    }
    const LineKind kind = kindFromText(text);
    m_postingKinds[m_nextPostingKind] = { text, kind };
    m_nextPostingKind = (m_nextPostingKind + 1) % m_postingKinds.size();
    return kind;
}

bool Mt940StatementBuilder::onClosing(const Mt940Field &field)
{
    ensureStatement(field.line);
    if (!finishEntry())
        return false;
    Mt940::Balance balance;
    if (auto error = Mt940::parseBalance(firstLine(field.text), balance)) {
        fail(field.line, tagName(field), *error);
        return false;
    }
    m_closing = balance.amount;
    m_closingCurrency = balance.currency.toByteArray();
    m_closingLine = field.line;
    m_statement.date = balance.date;
    m_statement.periodEnd = balance.date;
    m_closed = true;
    m_hasContent = true;
    return true;
}

void Mt940StatementBuilder::onCurrencyHint(const Mt940Field &field)
{
    // :64:/:65: "C…EUR…", :34F: "EURD0,00", :90D: "1EUR2,30": only the currency is of use.
    if (!m_open || !m_hintCurrency.isEmpty())
        return;
    const QByteArrayView text = firstLine(field.text);
    qsizetype pos = 0;
    if (field.tag.view().startsWith("6"))
        pos = 7;
    else if (field.tag.view().startsWith("90"))
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
    if (pos + 3 <= text.size() && isLetter(text[pos]) && isLetter(text[pos + 1])
        && isLetter(text[pos + 2]))
        m_hintCurrency = mid(text, pos, 3).toByteArray();
}

void Mt940StatementBuilder::onDateTime(const Mt940Field &field)
{
    ensureStatement(field.line);
    if (m_statement.date.isValid())
        return;
    if (const auto date = Mt940::parseDate(firstLine(field.text).trimmed()))
        m_statement.date = *date;
}

bool Mt940StatementBuilder::convertAmounts(Statement &statement)
{
    const QByteArray &code = !m_openingCurrency.isEmpty() ? m_openingCurrency
        : !m_closingCurrency.isEmpty()                    ? m_closingCurrency
        : !m_accountCurrency.isEmpty()                    ? m_accountCurrency
                                                          : m_hintCurrency;
    const auto currencyOf = [](const QByteArray &text, Currency fallback) {
        if (text.isEmpty())
            return fallback;
        auto currency = Currency::fromCode(QString::fromLatin1(text));
        return currency ? *currency : fallback;
    };
    statement.currency = currencyOf(code, Currency());
    const auto tooLong = [](Currency currency) {
        return Tr::tr("amount too large, or with more decimals than %1 has")
            .arg(currency.isValid() ? currency.code() : Tr::tr("the currency"));
    };
    for (qsizetype i = 0; i < statement.lines.size(); ++i) {
        const auto money = m_amounts[i].toMoney(statement.currency);
        if (!money) {
            fail(statement.lines[i].sourceLine, QStringLiteral(":61:"),
                 tooLong(statement.currency));
            return false;
        }
        statement.lines[i].amount = *money;
    }
    const auto balance
        = [&](const std::optional<Mt940::DecimalAmount> &amount, const QByteArray &currencyCode,
              qint64 line, const QString &tag, std::optional<Money> &target) {
              if (!amount)
                  return true;
              const Currency currency = currencyOf(currencyCode, statement.currency);
              target = amount->toMoney(currency);
              if (!target)
                  fail(line, tag, tooLong(currency));
              return target.has_value();
          };
    return balance(m_opening, m_openingCurrency, m_openingLine, QStringLiteral(":60F:"),
                   statement.openingBalance)
        && balance(m_closing, m_closingCurrency, m_closingLine, QStringLiteral(":62F:"),
                   statement.closingBalance);
}

bool Mt940StatementBuilder::finishStatement()
{
    if (!m_open)
        return true;
    if (!finishEntry())
        return false;
    m_open = false;
    if (!m_hasContent)
        return true;
    Statement statement = std::move(m_statement);
    m_statement = Statement();
    m_previousLineCount = std::min(statement.lines.size(), kMaxReservedLines);
    if (!convertAmounts(statement))
        return false;
    if (statement.accountIban.isNull() && !statement.accountNumber.isEmpty())
        statement.accountIban = Mt940::czSkAccountIban(statement.accountNumber);
    if (!handOverStatement(m_sink, std::move(statement))) {
        m_result.canceled = true;
        return false;
    }
    return true;
}

} // namespace Saldo
