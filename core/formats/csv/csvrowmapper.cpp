// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrowmapper.h"

#include "formats/common/czskbankcodes.h"
#include "formats/common/referenceparser.h"
#include "formats/csv/csvrecordreader.h"
#include "util/tr.h"

#include <algorithm>

namespace Saldo {

namespace {

bool isIgnoredSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

/// "1 234,56" → "1234.56" under the profile's separators (kept as written when the profile
/// reads the separator from each value); nullopt for text that is not a number.
std::optional<QString> canonicalAmount(QStringView text, const CsvProfile &profile)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            out += c;
        } else if (c == u'-' || c == u'+') {
            if (!out.isEmpty())
                return std::nullopt;
            out += c;
        } else if (isIgnoredSpace(c) || profile.thousandsSeparators.contains(c)) {
            continue;
        } else if (profile.decimalSeparator.isNull() && (c == u',' || c == u'.')) {
            out += c;
        } else if (c == profile.decimalSeparator) {
            out += u'.';
        } else {
            return std::nullopt;
        }
    }
    return out;
}

/// A local account "[prefix-]number/bank" of the CZ/SK kind.
bool looksLikeCzSkAccount(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0 || text.size() - slash - 1 != 4)
        return false;
    const qsizetype dash = text.first(slash).indexOf(u'-');
    const QStringView prefix = dash < 0 ? QStringView() : text.first(dash);
    const QStringView number = text.sliced(dash + 1, slash - dash - 1);
    const auto digits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    return (dash < 0 || (!prefix.isEmpty() && prefix.size() <= 6 && digits(prefix)))
        && number.size() >= 2 && number.size() <= 10 && digits(number)
        && digits(text.sliced(slash + 1));
}

/// "000019-0002000145399/0800" → "19-2000145399/0800": leading zeros and a zero prefix dropped.
QString withoutLeadingZeros(QStringView account)
{
    const auto strip = [](QStringView digits) {
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.sliced(1);
        return digits;
    };
    const qsizetype slash = account.indexOf(u'/');
    const qsizetype dash = account.first(slash).indexOf(u'-');
    const QStringView prefix = dash < 0 ? QStringView() : strip(account.first(dash));
    QString text;
    if (!prefix.isEmpty() && prefix != u"0")
        text = prefix.toString() + u'-';
    text += strip(account.sliced(dash + 1, slash - dash - 1));
    text += account.sliced(slash);
    return text;
}

/// The country of a local account: its bank code's, else the profile's (when CZ or SK).
QStringView czSkCountry(QStringView account, const QString &profileCountry)
{
    const QLatin1StringView byBank
        = countryOfCzSkBankCode(account.sliced(account.indexOf(u'/') + 1));
    if (byBank == QLatin1StringView("SK"))
        return u"SK";
    if (byBank == QLatin1StringView("CZ"))
        return u"CZ";
    return profileCountry;
}

bool looksLikeIban(QStringView text)
{
    return text.size() >= 15 && text[0].isLetter() && text[1].isLetter() && text[2].isDigit()
        && text[3].isDigit();
}

} // namespace

CsvRowMapper::CsvRowMapper(const CsvLayout &layout, const QString &fileName)
    : m_layout(layout)
    , m_profile(*layout.profile)
    , m_fileName(fileName)
{ }

QString CsvRowMapper::text(const CsvRecordReader &record, int column) const
{
    if (column < 0)
        return {};
    const QByteArrayView bytes = record.field(column);
    QString text = decodeText(bytes, m_layout.encoding);
    // A quoted field may span lines; the statement keeps one line of text.
    if (bytes.contains('\n') || bytes.contains('\r')) {
        text.replace(QLatin1StringView("\r\n"), QLatin1StringView(" "));
        text.replace(u'\n', u' ');
        text.replace(u'\r', u' ');
    }
    return text;
}

bool CsvRowMapper::fail(const CsvRecordReader &record, int column, const QString &message)
{
    m_error = ReadError { m_fileName, record.line(), -1, m_layout.columnName(column), message };
    return false;
}

Result<Money> CsvRowMapper::parseAmount(QStringView text, Currency currency) const
{
    const std::optional<QString> canonical = canonicalAmount(text, m_profile);
    if (!canonical || canonical->isEmpty())
        return Error { Tr::tr("expected an amount such as %1, found '%2'")
                           .arg(m_profile.decimalSeparator == u'.' ? QStringLiteral("-1234.50")
                                                                   : QStringLiteral("-1234,50"),
                                text.toString()) };
    return Money::parse(*canonical, currency);
}

bool CsvRowMapper::readCurrency(const CsvRecordReader &record, Currency &currency)
{
    const int column = m_layout.column(CsvRole::Currency);
    const QString code = text(record, column);
    if (code.isEmpty()) {
        currency = m_profile.currency;
        if (!currency.isValid())
            return fail(record, column, Tr::tr("expected a currency code such as EUR"));
        return true;
    }
    const auto cached = m_currencies.constFind(code);
    if (cached != m_currencies.constEnd()) {
        currency = *cached;
        return true;
    }
    const Result<Currency> parsed = Currency::fromCode(code);
    if (!parsed)
        return fail(record, column, parsed.error());
    currency = *parsed;
    m_currencies.insert(code, currency);
    return true;
}

bool CsvRowMapper::readAmount(const CsvRecordReader &record, Currency currency, Money &amount)
{
    const int amountColumn = m_layout.column(CsvRole::Amount);
    if (m_profile.column(CsvRole::Amount).isEmpty()) {
        // Separate money-in and money-out columns; either may be empty or zero.
        const int creditColumn = m_layout.column(CsvRole::Credit);
        const int debitColumn = m_layout.column(CsvRole::Debit);
        const QString credit = text(record, creditColumn);
        const QString debit = text(record, debitColumn);
        if (credit.isEmpty() && debit.isEmpty())
            return fail(record, creditColumn,
                        Tr::tr("expected an amount in this column or in %1")
                            .arg(m_layout.columnName(debitColumn)));
        Money in(0, currency), out(0, currency);
        if (!credit.isEmpty()) {
            Result<Money> parsed = parseAmount(credit, currency);
            if (!parsed)
                return fail(record, creditColumn, parsed.error());
            in = parsed->abs();
        }
        if (!debit.isEmpty()) {
            Result<Money> parsed = parseAmount(debit, currency);
            if (!parsed)
                return fail(record, debitColumn, parsed.error());
            out = parsed->abs();
        }
        amount = in - out;
        return true;
    }
    const Result<Money> parsed = parseAmount(text(record, amountColumn), currency);
    if (!parsed)
        return fail(record, amountColumn, parsed.error());
    amount = *parsed;
    const int directionColumn = m_layout.column(CsvRole::Direction);
    if (m_profile.column(CsvRole::Direction).isEmpty())
        return true;
    const QString direction = text(record, directionColumn);
    if (m_profile.creditValues.contains(direction, Qt::CaseInsensitive))
        amount = amount.abs();
    else if (m_profile.debitValues.contains(direction, Qt::CaseInsensitive))
        amount = -amount.abs();
    else
        return fail(record, directionColumn,
                    Tr::tr("expected %1 or %2, found '%3'")
                        .arg(m_profile.creditValues.join(u'/'), m_profile.debitValues.join(u'/'),
                             direction));
    return true;
}

bool CsvRowMapper::readDates(const CsvRecordReader &record, StatementLine &line)
{
    const int bookingColumn = m_layout.column(CsvRole::BookingDate);
    const QString booking = text(record, bookingColumn);
    line.bookingDate = m_profile.dateFormat.parse(booking);
    if (!line.bookingDate.isValid()) {
        return fail(record, bookingColumn,
                    Tr::tr("expected a date %1 (years 1900-2100), found '%2'")
                        .arg(m_profile.dateFormat.pattern(), booking));
    }
    const int valueColumn = m_layout.column(CsvRole::ValueDate);
    const QString value = text(record, valueColumn);
    line.valueDate = value.isEmpty() ? line.bookingDate : m_profile.dateFormat.parse(value);
    if (!line.valueDate.isValid()) {
        return fail(record, valueColumn,
                    Tr::tr("expected a date %1 (years 1900-2100), found '%2'")
                        .arg(m_profile.dateFormat.pattern(), value));
    }
    return true;
}

Iban CsvRowMapper::ibanOf(const QString &account)
{
    if (account.isEmpty())
        return {};
    const auto cached = m_ibans.constFind(account);
    if (cached != m_ibans.constEnd())
        return *cached;
    Iban iban;
    if (looksLikeIban(account)) {
        if (const Result<Iban> parsed = Iban::parse(account))
            iban = *parsed;
    } else if (looksLikeCzSkAccount(account)) {
        const QStringView country = czSkCountry(account, m_profile.country);
        if (country == u"CZ" || country == u"SK") {
            if (const Result<Iban> parsed = Iban::fromCzSkAccount(country, account))
                iban = *parsed;
        }
    }
    if (m_ibans.size() >= 4096) // a cache of the accounts seen lately, not of every one
        m_ibans.clear();
    m_ibans.insert(account, iban);
    return iban;
}

void CsvRowMapper::readCounterparty(const CsvRecordReader &record, StatementLine &line)
{
    line.counterpartyName = text(record, m_layout.column(CsvRole::CounterpartyName));
    line.counterpartyBic = text(record, m_layout.column(CsvRole::CounterpartyBic));
    const QString iban = text(record, m_layout.column(CsvRole::CounterpartyIban));
    if (!iban.isEmpty()) {
        line.counterpartyIban = ibanOf(iban);
        if (line.counterpartyIban.isNull())
            line.counterpartyAccount = iban; // not a valid IBAN: keep it as written
        return;
    }
    QString account = text(record, m_layout.column(CsvRole::CounterpartyAccount));
    if (account.isEmpty())
        return;
    const QString prefix = text(record, m_layout.column(CsvRole::CounterpartyAccountPrefix));
    if (!prefix.isEmpty() && prefix.count(u'0') != prefix.size())
        account = prefix + u'-' + account;
    const QString bank = text(record, m_layout.column(CsvRole::CounterpartyBankCode));
    if (!bank.isEmpty() && !account.contains(u'/'))
        account += u'/' + bank;
    if (looksLikeCzSkAccount(account))
        account = withoutLeadingZeros(account);
    line.counterpartyIban = ibanOf(account);
    // The local form stays beside a derived IBAN; an IBAN as written is not repeated.
    if (line.counterpartyIban.isNull() || !looksLikeIban(account))
        line.counterpartyAccount = account;
}

void CsvRowMapper::readSymbols(const CsvRecordReader &record, StatementLine &line) const
{
    // Symbols that are not digits (anonymised "X", free text) are left out, not guessed at.
    if (auto vs = VariableSymbol::parse(text(record, m_layout.column(CsvRole::VariableSymbol))))
        line.variableSymbol = *vs;
    if (auto ks = ConstantSymbol::parse(text(record, m_layout.column(CsvRole::ConstantSymbol))))
        line.constantSymbol = *ks;
    if (auto ss = SpecificSymbol::parse(text(record, m_layout.column(CsvRole::SpecificSymbol))))
        line.specificSymbol = *ss;
}

QString CsvRowMapper::description(const CsvRecordReader &record) const
{
    QStringList parts;
    for (const int column : m_layout.descriptionColumns) {
        const QString part = text(record, column);
        if (!part.isEmpty() && !parts.contains(part))
            parts.append(part);
    }
    return parts.join(u' ');
}

CsvRowMapper::Outcome CsvRowMapper::map(const CsvRecordReader &record, StatementLine &line)
{
    const bool noDate = record.field(m_layout.column(CsvRole::BookingDate)).isEmpty();
    const bool noAmount = record.field(m_layout.column(CsvRole::Amount)).isEmpty()
        && record.field(m_layout.column(CsvRole::Credit)).isEmpty()
        && record.field(m_layout.column(CsvRole::Debit)).isEmpty();
    if (record.isBlank() || (noDate && noAmount))
        return Outcome::Skip;
    line.sourceLine = record.line();
    Currency currency;
    if (!readDates(record, line) || !readCurrency(record, currency)
        || !readAmount(record, currency, line.amount))
        return Outcome::Error;
    readCounterparty(record, line);
    readSymbols(record, line);
    line.reference = text(record, m_layout.column(CsvRole::Reference));
    line.bankReference = text(record, m_layout.column(CsvRole::BankReference));
    line.transactionCode = text(record, m_layout.column(CsvRole::TransactionCode));
    line.description = description(record);
    fillMissingReferences(line);
    for (const QString *kindText :
         { &line.transactionCode, &line.description, &line.counterpartyName }) {
        if (kindText->isEmpty())
            continue;
        line.kind = kindFromText(*kindText);
        if (line.kind != LineKind::Unknown)
            break;
    }
    line.card = line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal;
    return Outcome::Line;
}

} // namespace Saldo
