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

/// Period and date from the lines where the file said nothing.
void completePeriod(Statement &statement)
{
    if (!statement.periodEnd.isValid()) {
        for (const StatementLine &line : std::as_const(statement.lines)) {
            if (!statement.periodStart.isValid() || line.bookingDate < statement.periodStart)
                statement.periodStart = line.bookingDate;
            if (!statement.periodEnd.isValid() || line.bookingDate > statement.periodEnd)
                statement.periodEnd = line.bookingDate;
        }
    }
    statement.date = statement.periodEnd;
}

/// About how many rows the file has, from the length of the rows at its start: the whole file
/// is one statement, and growing its list of lines step by step would copy it again and again.
qsizetype estimatedRows(QIODevice &device)
{
    const QByteArray head = device.peek(HeadSize);
    const qsizetype lines = std::max<qsizetype>(head.count('\n'), 1);
    const qint64 size = device.isSequential() ? 0 : device.size();
    if (size <= 0 || head.isEmpty())
        return 0;
    const qint64 estimate = size / std::max<qint64>(head.size() / lines, 16) + 16;
    return qsizetype(std::min<qint64>(estimate, 1'000'000));
}

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
                           const StatementSink &sink) const
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
    Statement statement;
    statement.sourceLine = 1;
    statement.lines.reserve(estimatedRows(device));
    QStringList metadata;
    const int accountColumn = layout.column(CsvRole::Account);
    for (int index = 0; reader.next(); ++index) {
        if (index < layout.headerRecord)
            metadata.append(recordText(reader, layout.encoding));
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
        if (statement.lines.isEmpty() && accountColumn >= 0) {
            statement.accountNumber = mapper.text(reader, accountColumn);
            statement.accountIban = mapper.ibanOf(statement.accountNumber);
        }
        statement.lines.append(std::move(line));
    }
    if (!reader.error().isEmpty())
        return failed(reader.errorLine(), reader.error());
    statement.currency = statement.lines.isEmpty() ? layout.profile->currency
                                                   : statement.lines.first().amount.currency();
    applyMetadata(statement, metadata, *layout.profile, mapper);
    completePeriod(statement);
    if (!statement.accountIban.isNull()
        && statement.accountNumber == statement.accountIban.toString())
        statement.accountNumber.clear(); // an IBAN is not repeated as the account number
    if (!sink(std::move(statement)))
        result.canceled = true;
    return result;
}

} // namespace Saldo
