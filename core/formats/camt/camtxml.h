// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/camt/xmlscanner.h"
#include "formats/common/statementreader.h"
#include "money/currency.h"
#include "money/money.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <array>
#include <cstring>
#include <optional>

namespace Saldo {

/// The camt parsers' view of the XML: the pull reader plus typed reading of the element at
/// hand (amount with its Ccy, date, text) and the first error, with file, line and field.
/// After fail() the reader stops, so every parsing loop ends by itself.
class CamtXml
{
public:
    CamtXml(XmlScanner &reader, const QString &fileName);

    XmlScanner &reader() { return m_reader; }
    /// The local name of the element at hand (namespaces are ignored: versions differ in them).
    /// Valid until the next read.
    QByteArrayView name() const { return m_reader.name(); }
    /// name() == `literal`, compared inline: parsers ask this for every element they read.
    template<qsizetype N>
    bool is(const char (&literal)[N]) const
    {
        const QByteArrayView current = name();
        return current.size() == N - 1 && std::memcmp(current.data(), literal, N - 1) == 0;
    }
    /// Moves to the next child element of the current one; false at its end or after an error.
    bool nextChild() { return m_reader.readNextStartElement(); }
    void skip() { m_reader.skipCurrentElement(); }
    qint64 line() const { return m_reader.lineNumber(); }

    /// The text of the current element (child elements' text included), trimmed.
    QString text();
    /// The same for free text (names, remittance): line breaks and runs of spaces become one
    /// space, as a line's texts are one line each.
    QString prose();
    /// Where valueText() keeps the text.
    struct ValueText
    {
        std::array<char16_t, 64> chars;
        QString string; ///< the text when it is not short plain ASCII
    };
    /// text() for values that are only looked at (amounts, dates, codes), without a QString
    /// when the element holds short plain ASCII. Valid as long as `storage`.
    QStringView valueText(ValueText &storage);
    /// The current `<Amt Ccy="EUR">12.50</Amt>`-like element, unsigned as written. When the
    /// element has no Ccy attribute, `fallback` is used (an error when it is invalid).
    std::optional<Money> amount(QStringView field, Currency fallback = {});
    /// The current element's text as an ISO date or date-time (the date part as written).
    QDate date(QStringView field);
    /// A DateAndDateTimeChoice element: its `<Dt>` or `<DtTm>` child.
    QDate dateChoice(QStringView field);
    /// CRDT → true, DBIT → false; anything else is an error.
    std::optional<bool> creditIndicator(QStringView field);
    /// A three-letter code, or an error.
    std::optional<Currency> currency(QStringView code, QStringView field);

    /// Records the first error at the current line and stops the stream reader.
    void fail(QStringView field, const QString &message);
    bool failed() const { return m_error.has_value() || m_reader.hasError(); }
    /// The error to report: ours, or the XML parser's (malformed XML).
    std::optional<ReadError> error() const;

private:
    std::optional<Currency> currencyOfAttribute(QStringView field, Currency fallback);

    XmlScanner &m_reader;
    QString m_fileName;
    std::optional<ReadError> m_error;
    // Files name the same currency on every amount: remember the last lookup.
    QByteArray m_lastCurrencyCode;
    Currency m_lastCurrency;
};

/// Parses an xs:decimal ("1234.5", "-0.10", "200000", "18.150") into minor units of a
/// currency with `minorDigits`. Decimals beyond those are accepted only when they are zeros;
/// no grouping, no exponent. nullopt when the text is not such a number or overflows.
std::optional<qint64> parseXmlDecimal(QStringView text, int minorDigits);

/// "2014-12-31", "2017-04-01+02:00" or "2014-12-31T12:15:00+01:00" → the date as written (no
/// time-zone shift: the bank's calendar day is the booking day); invalid otherwise.
QDate parseIsoDatePart(QStringView text);

} // namespace Saldo
