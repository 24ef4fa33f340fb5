// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "formats/csv/csvlayout.h"
#include "formats/csv/csvprofiles.h"
#include "formats/csv/csvrecordreader.h"
#include "formats/csv/csvrowmapper.h"
#include "util/tr.h"

#include <QRegularExpression>

namespace Saldo {

namespace {

// Enough for any metadata block and header; profiles are matched on this much of the file.
constexpr qint64 HeadSize = 64 * 1024;

QString knownProfiles(const CsvProfiles &profiles)
{
    QStringList ids;
    for (const CsvProfile &profile : profiles.all())
        ids.append(profile.id);
    return ids.join(QLatin1StringView(", "));
}

/// The layout of the file: the profile asked for, or the one whose header the file has.
Result<CsvLayout> layoutFor(const QByteArray &head, const ReadOptions &options)
{
    const CsvProfiles &profiles = CsvProfiles::instance();
    if (options.csvProfile.isEmpty()) {
        std::optional<CsvLayout> layout = detectCsvLayout(head, profiles.all());
        if (!layout) {
            return Error { Tr::tr("no CSV profile fits this file's header; choose one by id "
                                  "(known: %1)")
                               .arg(knownProfiles(profiles)) };
        }
        return *layout;
    }
    const CsvProfile *profile = profiles.find(options.csvProfile);
    if (!profile) {
        return Error { Tr::tr("unknown CSV profile \"%1\" (known: %2)")
                           .arg(options.csvProfile, knownProfiles(profiles)) };
    }
    std::optional<CsvLayout> layout = findCsvLayout(*profile, head);
    if (!layout && profile->headerless()) {
        return Error { Tr::tr("profile %1: the first rows do not have %2 fields with a date in "
                              "the booking date column")
                           .arg(profile->id)
                           .arg(profile->fieldCount) };
    }
    if (!layout) {
        return Error { Tr::tr("profile %1: no header with the columns %2 in the first %3 lines")
                           .arg(profile->id, profile->header.join(QLatin1StringView(", ")))
                           .arg(MaxRecordsBeforeHeader) };
    }
    return *layout;
}

/// The columns every row needs must be in the header.
std::optional<QString> missingColumn(const CsvLayout &layout)
{
    const CsvProfile &profile = *layout.profile;
    for (const CsvRole role : { CsvRole::BookingDate, CsvRole::Amount, CsvRole::Debit,
                                CsvRole::Credit, CsvRole::Direction }) {
        if (!profile.column(role).isEmpty() && layout.column(role) < 0)
            return profile.column(role);
    }
    return std::nullopt;
}

QString recordText(const CsvRecordReader &record, TextEncoding encoding)
{
    QStringList fields;
    for (int i = 0; i < record.fieldCount(); ++i)
        fields.append(decodeText(record.field(i), encoding));
    return fields.join(u' ');
}

QString firstCapture(const QRegularExpression &pattern, const QStringList &lines, int group = 1)
{
    if (pattern.pattern().isEmpty())
        return {};
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch())
            return match.captured(group).trimmed();
    }
    return {};
}

/// Account, balances and period from the lines before the header, where the profile says.
void applyMetadata(Statement &statement, const QStringList &lines, const CsvProfile &profile,
                   CsvRowMapper &mapper)
{
    const QString account = firstCapture(profile.accountPattern, lines);
    if (!account.isEmpty() && statement.accountNumber.isEmpty()) {
        statement.accountIban = mapper.ibanOf(account);
        statement.accountNumber = account;
    }
    const QString opening = firstCapture(profile.openingBalancePattern, lines);
    if (const Result<Money> money = mapper.parseAmount(opening, statement.currency);
        !opening.isEmpty() && money)
        statement.openingBalance = *money;
    const QString closing = firstCapture(profile.closingBalancePattern, lines);
    if (const Result<Money> money = mapper.parseAmount(closing, statement.currency);
        !closing.isEmpty() && money)
        statement.closingBalance = *money;
    const QDate start = profile.dateFormat.parse(firstCapture(profile.periodPattern, lines, 1));
    const QDate end = profile.dateFormat.parse(firstCapture(profile.periodPattern, lines, 2));
    if (start.isValid() && end.isValid()) {
        statement.periodStart = start;
        statement.periodEnd = end;
    }
}

/// Lines handed to the sink at a time: the file is one statement of any length, and only this
/// many of its lines are held in memory.
constexpr qsizetype ChunkSize = 1024;

/// Hands the one statement of a CSV file to the sink in parts, as its rows are mapped. The
/// header goes out with the first line, which gives the currency and the own account.
class CsvStatementStream
{
public:
    CsvStatementStream(StatementPartSink &sink, const CsvLayout &layout, CsvRowMapper &mapper)
        : m_sink(sink)
        , m_layout(layout)
        , m_mapper(mapper)
    {
        m_header.sourceLine = 1;
    }

    void addMetadata(QString line) { m_metadata.append(std::move(line)); }

    bool add(StatementLine &&line, const CsvRecordReader &record)
    {
        if (!m_begun && !begin(&line, &record))
            return false;
        if (!m_periodFromFile) {
            if (!m_header.periodStart.isValid() || line.bookingDate < m_header.periodStart)
                m_header.periodStart = line.bookingDate;
            if (!m_header.periodEnd.isValid() || line.bookingDate > m_header.periodEnd)
                m_header.periodEnd = line.bookingDate;
        }
        if (m_chunk.isEmpty())
            m_chunk.reserve(ChunkSize);
        m_chunk.append(std::move(line));
        return m_chunk.size() < ChunkSize || flush();
    }

    bool finish()
    {
        if (!m_begun && !begin(nullptr, nullptr))
            return false;
        if (!flush())
            return false;
        m_header.date = m_header.periodEnd;
        return m_sink.end(m_header);
    }

private:
    bool begin(const StatementLine *first, const CsvRecordReader *record)
    {
        m_begun = true;
        m_header.currency = first ? first->amount.currency() : m_layout.profile->currency;
        const int accountColumn = m_layout.column(CsvRole::Account);
        if (first && accountColumn >= 0) {
            m_header.accountNumber = m_mapper.text(*record, accountColumn);
            m_header.accountIban = m_mapper.ibanOf(m_header.accountNumber);
        }
        applyMetadata(m_header, m_metadata, *m_layout.profile, m_mapper);
        m_metadata.clear();
        m_periodFromFile = m_header.periodEnd.isValid();
        if (!m_header.accountIban.isNull()
            && m_header.accountNumber == m_header.accountIban.toString())
            m_header.accountNumber.clear(); // an IBAN is not repeated as the account number
        return m_sink.begin(m_header);
    }

    bool flush()
    {
        if (m_chunk.isEmpty())
            return true;
        return m_sink.addLines(std::exchange(m_chunk, {}));
    }

    StatementPartSink &m_sink;
    const CsvLayout &m_layout;
    CsvRowMapper &m_mapper;
    Statement m_header;
    QStringList m_metadata;
    QList<StatementLine> m_chunk;
    bool m_begun = false;
    bool m_periodFromFile = false;
};

} // namespace

StatementFormat CsvReader::format() const
{
    return StatementFormat::Csv;
}

QString CsvReader::detectProfile(QByteArrayView head)
{
    const std::optional<CsvLayout> layout = detectCsvLayout(head, CsvProfiles::instance().all());
    return layout ? layout->profile->id : QString();
}

ReadResult CsvReader::read(QIODevice &device, const ReadOptions &options,
                           StatementPartSink &sink) const
{
    ReadResult result;
    result.format = format();
    const auto failed = [&](qint64 line, const QString &message) {
        result.error = ReadError { options.fileName, line, -1, {}, message };
        return result;
    };
    const Result<CsvLayout> found = layoutFor(device.peek(HeadSize), options);
    if (!found)
        return failed(0, found.error());
    const CsvLayout &layout = *found;
    if (const std::optional<QString> missing = missingColumn(layout)) {
        return failed(0,
                      Tr::tr("profile %1: the header has no column \"%2\"")
                          .arg(layout.profile->id, *missing));
    }

    CsvRecordReader reader(device, layout.profile->delimiter, layout.profile->quote);
    CsvRowMapper mapper(layout, options.fileName);
    CsvStatementStream stream(sink, layout, mapper);
    for (int index = 0; reader.next(); ++index) {
        if (index < layout.headerRecord)
            stream.addMetadata(recordText(reader, layout.encoding));
        if (index <= layout.headerRecord)
            continue;
        StatementLine line;
        const CsvRowMapper::Outcome outcome = mapper.map(reader, line);
        if (outcome == CsvRowMapper::Outcome::Error) {
            result.error = mapper.error();
            return result;
        }
        if (outcome == CsvRowMapper::Outcome::Skip)
            continue;
        if (!stream.add(std::move(line), reader)) {
            result.canceled = true;
            return result;
        }
    }
    if (!reader.error().isEmpty())
        return failed(reader.errorLine(), reader.error());
    if (!stream.finish())
        result.canceled = true;
    return result;
}

} // namespace Saldo
