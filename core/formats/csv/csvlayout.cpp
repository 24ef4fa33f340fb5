// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvlayout.h"

#include "formats/csv/csvrecordreader.h"
#include "util/tr.h"

#include <QBuffer>
#include <QMap>

namespace Saldo {

namespace {

using RawRecords = QList<QList<QByteArray>>;

RawRecords firstRecords(QByteArrayView head, char delimiter, char quote)
{
    QByteArray bytes = head.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordReader reader(buffer, delimiter, quote);
    RawRecords records;
    while (records.size() <= MaxRecordsBeforeHeader && reader.next()) {
        QList<QByteArray> fields;
        fields.reserve(reader.fieldCount());
        for (int i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.field(i).toByteArray());
        records.append(std::move(fields));
    }
    return records;
}

QStringList decodedRecord(const QList<QByteArray> &record, TextEncoding encoding)
{
    QStringList names;
    names.reserve(record.size());
    for (const QByteArray &field : record)
        names.append(decodeText(field, encoding));
    return names;
}

QStringList normalized(const QStringList &names)
{
    QStringList result;
    result.reserve(names.size());
    for (const QString &name : names)
        result.append(normalizeCsvHeaderName(name));
    return result;
}

void resolveColumns(CsvLayout &layout, const QStringList &header)
{
    const CsvProfile &profile = *layout.profile;
    for (size_t i = 0; i < layout.columns.size(); ++i) {
        const QString &spec = profile.columns[i];
        layout.columns[i] = spec.isEmpty() ? -1 : findCsvColumn(header, spec);
    }
    layout.descriptionColumns.clear();
    for (const QString &spec : profile.descriptionColumns) {
        const int column = findCsvColumn(header, spec);
        if (column >= 0)
            layout.descriptionColumns.append(column);
    }
}

bool hasHeader(const CsvProfile &profile, const QStringList &header)
{
    return std::all_of(profile.header.begin(), profile.header.end(),
                       [&](const QString &spec) { return findCsvColumn(header, spec) >= 0; });
}

/// A file without a header fits when its first rows have the profile's number of fields and
/// a date where the booking date is.
bool rowsFit(const CsvLayout &layout, const RawRecords &records)
{
    constexpr int RowsToCheck = 3;
    const CsvProfile &profile = *layout.profile;
    const int dateColumn = layout.column(CsvRole::BookingDate);
    if (records.isEmpty() || dateColumn < 0)
        return false;
    for (int r = 0; r < std::min<int>(records.size(), RowsToCheck); ++r) {
        const QList<QByteArray> &record = records[r];
        if (record.size() != profile.fieldCount || dateColumn >= record.size()
            || !profile.dateFormat.parse(decodeText(record[dateColumn], layout.encoding)).isValid())
            return false;
    }
    return true;
}

std::optional<CsvLayout> layoutIn(const CsvProfile &profile, TextEncoding encoding,
                                  const RawRecords &records)
{
    CsvLayout layout;
    layout.profile = &profile;
    layout.encoding = encoding;
    if (profile.headerless()) {
        layout.headerRecord = -1; // every record is a row
        resolveColumns(layout, {});
        return rowsFit(layout, records) ? std::optional(layout) : std::nullopt;
    }
    for (int r = 0; r < records.size(); ++r) {
        const QStringList names = decodedRecord(records[r], layout.encoding);
        const QStringList header = normalized(names);
        const bool positional = profile.headerLine > 0;
        if (positional ? r + 1 != profile.headerLine : !hasHeader(profile, header))
            continue;
        layout.headerRecord = r;
        layout.headerNames = names;
        resolveColumns(layout, header);
        return layout;
    }
    return std::nullopt;
}

} // namespace

QString CsvLayout::columnName(int column) const
{
    const QString name
        = column >= 0 && column < headerNames.size() ? headerNames[column] : QString();
    if (name.isEmpty() || profile->headerLine > 0)
        return Tr::tr("column %1").arg(column + 1);
    return Tr::tr("%1 (column %2)").arg(name).arg(column + 1);
}

QString normalizeCsvHeaderName(QStringView name)
{
    QStringView text = name.trimmed();
    while (!text.isEmpty() && (text.back() == u',' || text.back() == u';'))
        text.chop(1);
    if (text.startsWith(u'#'))
        text = text.sliced(1);
    return text.trimmed().toString().simplified().toCaseFolded();
}

int findCsvColumn(const QStringList &normalizedHeader, const QString &spec)
{
    if (spec.startsWith(u'@')) {
        bool ok = false;
        const int position = spec.sliced(1).toInt(&ok);
        return ok && position >= 1 ? position - 1 : -1;
    }
    const QStringList alternatives = spec.split(u'|');
    for (const QString &alternative : alternatives) {
        QString name = alternative;
        int occurrence = 1;
        const qsizetype hash = alternative.lastIndexOf(u'#');
        if (hash > 0) {
            bool ok = false;
            const int n = alternative.sliced(hash + 1).toInt(&ok);
            if (ok && n >= 1) {
                occurrence = n;
                name = alternative.first(hash);
            }
        }
        const QString wanted = normalizeCsvHeaderName(name);
        for (int i = 0; i < normalizedHeader.size(); ++i) {
            if (normalizedHeader[i] == wanted && --occurrence == 0)
                return i;
        }
    }
    return -1;
}

std::optional<CsvLayout> findCsvLayout(const CsvProfile &profile, QByteArrayView head)
{
    return layoutIn(profile, detectEncoding(head, profile.encoding),
                    firstRecords(head, profile.delimiter, profile.quote));
}

std::optional<CsvLayout> detectCsvLayout(QByteArrayView head, const QList<CsvProfile> &profiles)
{
    std::optional<CsvLayout> best;
    QHash<QPair<char, char>, RawRecords> parsed; // profiles share separators: parse once each
    QMap<TextEncoding, TextEncoding> encodings;
    for (const CsvProfile &profile : profiles) {
        if (!profile.detect)
            continue;
        const QPair<char, char> key(profile.delimiter, profile.quote);
        auto records = parsed.find(key);
        if (records == parsed.end())
            records = parsed.insert(key, firstRecords(head, profile.delimiter, profile.quote));
        // Every file is tried against every profile: detect its encoding once per guess.
        auto encoding = encodings.find(profile.encoding);
        if (encoding == encodings.end())
            encoding = encodings.insert(profile.encoding, detectEncoding(head, profile.encoding));
        std::optional<CsvLayout> layout = layoutIn(profile, *encoding, *records);
        if (layout && (!best || profile.header.size() > best->profile->header.size()))
            best = std::move(layout);
    }
    return best;
}

} // namespace Saldo
