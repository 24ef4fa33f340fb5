// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvprofile.h"

#include "util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Saldo {

namespace {

// JSON keys of the column roles, in CsvRole order.
constexpr std::array<const char *, size_t(CsvRole::Count)> roleKeys {
    "booking_date",
    "value_date",
    "amount",
    "debit",
    "credit",
    "direction",
    "currency",
    "account",
    "counterparty_iban",
    "counterparty_account_prefix",
    "counterparty_account",
    "counterparty_bank_code",
    "counterparty_name",
    "counterparty_bic",
    "variable_symbol",
    "constant_symbol",
    "specific_symbol",
    "reference",
    "bank_reference",
    "transaction_code",
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        list.append(value.toString());
        return list;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

class ProfileParser
{
public:
    ProfileParser(const QJsonObject &object, const QString &source)
        : m_object(object)
        , m_source(source)
    { }

    std::optional<Error> parse(CsvProfile &profile);

private:
    Error fail(const char *key, const QString &message) const
    {
        return Error { Tr::tr("%1: %2: %3").arg(m_source, QLatin1StringView(key), message) };
    }
    QString text(const char *key) const
    {
        return m_object.value(QLatin1StringView(key)).toString();
    }
    std::optional<Error> separators(CsvProfile &profile) const;
    std::optional<Error> columns(CsvProfile &profile) const;
    std::optional<Error> metadata(CsvProfile &profile) const;

    const QJsonObject &m_object;
    const QString &m_source;
};

std::optional<Error> ProfileParser::separators(CsvProfile &profile) const
{
    const QString delimiter = text("delimiter");
    if (delimiter.size() != 1 || delimiter[0].unicode() >= 0x80)
        return fail("delimiter", Tr::tr("expected one ASCII character such as \";\" or \",\""));
    profile.delimiter = char(delimiter[0].unicode());
    const QString quote
        = m_object.contains(QLatin1StringView("quote")) ? text("quote") : QStringLiteral("\"");
    if (quote.size() != 1 || quote[0].unicode() >= 0x80)
        return fail("quote", Tr::tr("expected one ASCII character such as '\"'"));
    profile.quote = char(quote[0].unicode());
    const QString decimal = text("decimal_separator");
    if (decimal == QLatin1StringView("auto"))
        profile.decimalSeparator = QChar();
    else if (decimal == QLatin1StringView(",") || decimal == QLatin1StringView("."))
        profile.decimalSeparator = decimal[0];
    else
        return fail("decimal_separator", Tr::tr("expected \",\", \".\" or \"auto\""));
    profile.thousandsSeparators = text("thousands_separator");
    return std::nullopt;
}

std::optional<Error> ProfileParser::columns(CsvProfile &profile) const
{
    const QJsonObject columns = m_object.value(QLatin1StringView("columns")).toObject();
    for (size_t i = 0; i < roleKeys.size(); ++i)
        profile.columns[i] = columns.value(QLatin1StringView(roleKeys[i])).toString();
    profile.descriptionColumns = stringList(columns.value(QLatin1StringView("description")));
    profile.creditValues = stringList(columns.value(QLatin1StringView("credit_values")));
    profile.debitValues = stringList(columns.value(QLatin1StringView("debit_values")));
    if (profile.column(CsvRole::BookingDate).isEmpty())
        return fail("columns", Tr::tr("a booking_date column is required"));
    const bool amount = !profile.column(CsvRole::Amount).isEmpty();
    const bool split
        = !profile.column(CsvRole::Debit).isEmpty() && !profile.column(CsvRole::Credit).isEmpty();
    if (amount == split)
        return fail("columns",
                    Tr::tr("expected either an amount column or debit and credit columns"));
    if (!profile.column(CsvRole::Direction).isEmpty()
        && (profile.creditValues.isEmpty() || profile.debitValues.isEmpty()))
        return fail("columns", Tr::tr("a direction column needs credit_values and debit_values"));
    return std::nullopt;
}

std::optional<Error> ProfileParser::metadata(CsvProfile &profile) const
{
    const QJsonObject metadata = m_object.value(QLatin1StringView("metadata")).toObject();
    const std::pair<const char *, QRegularExpression *> patterns[] = {
        { "account", &profile.accountPattern },
        { "opening_balance", &profile.openingBalancePattern },
        { "closing_balance", &profile.closingBalancePattern },
        { "period", &profile.periodPattern },
    };
    for (const auto &[key, pattern] : patterns) {
        const QString text = metadata.value(QLatin1StringView(key)).toString();
        if (text.isEmpty())
            continue;
        *pattern = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
        if (!pattern->isValid())
            return fail(key, Tr::tr("invalid pattern: %1").arg(pattern->errorString()));
    }
    return std::nullopt;
}

std::optional<Error> ProfileParser::parse(CsvProfile &profile)
{
    profile.id = text("id");
    if (profile.id.isEmpty())
        return fail("id", Tr::tr("a profile needs an id"));
    profile.bank = text("bank");
    profile.country = text("country").toUpper();
    profile.notes = text("notes");
    const std::optional<TextEncoding> encoding = encodingFromName(text("encoding"));
    if (!encoding)
        return fail("encoding", Tr::tr("unknown encoding \"%1\"").arg(text("encoding")));
    profile.encoding = *encoding;
    if (auto error = separators(profile))
        return error;
    const std::optional<CsvDateFormat> date = CsvDateFormat::fromPattern(text("date_format"));
    if (!date)
        return fail("date_format", Tr::tr("expected a pattern such as DD.MM.YYYY"));
    profile.dateFormat = *date;
    if (!text("currency").isEmpty()) {
        const Result<Currency> currency = Currency::fromCode(text("currency"));
        if (!currency)
            return fail("currency", currency.error());
        profile.currency = *currency;
    }
    profile.header = stringList(m_object.value(QLatin1StringView("header")));
    profile.headerLine = m_object.value(QLatin1StringView("header_line")).toInt(0);
    profile.fieldCount = m_object.value(QLatin1StringView("fields")).toInt(0);
    profile.detect = m_object.value(QLatin1StringView("detect")).toBool(true)
        && (!profile.header.isEmpty() || profile.headerless());
    if (profile.header.isEmpty() && profile.headerLine <= 0 && profile.fieldCount <= 0)
        return fail("header",
                    Tr::tr("expected the header's column names, a header_line, or the number "
                           "of fields of a file without a header"));
    if (auto error = columns(profile))
        return error;
    return metadata(profile);
}

} // namespace

Result<CsvProfile> CsvProfile::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        return Error { Tr::tr("%1: not a CSV profile (JSON object expected): %2")
                           .arg(source, parseError.errorString()) };
    }
    const QJsonObject object = document.object();
    CsvProfile profile;
    if (auto error = ProfileParser(object, source).parse(profile))
        return *error;
    return profile;
}

} // namespace Saldo
