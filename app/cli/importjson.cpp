// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjson.h"

#include "clicontext.h"
#include "util/isodate.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Saldo::Cli {

namespace {

Money income(const ImportRow &row)
{
    const Money &amount = row.data.amount;
    return amount.isPositive() ? amount : Money(0, amount.currency());
}

Money expense(const ImportRow &row)
{
    const Money &amount = row.data.amount;
    return amount.isNegative() ? -amount : Money(0, amount.currency());
}

void writeStringArray(JsonWriter &json, const QStringList &values)
{
    json.beginArray();
    for (const QString &value : values)
        json.value(value);
    json.endArray();
}

// ImportRow::documents() without building its list: this runs for every row.
void writeDocuments(JsonWriter &json, const ImportRow &row)
{
    json.beginArray();
    for (const ImportAllocation &allocation : row.allocations)
        json.value(allocation.number);
    json.endArray();
}

// The date as QDate::toString(Qt::ISODate) writes it, without its printf-style formatter.
void dateMember(JsonWriter &json, QLatin1StringView name, const QDate &date)
{
    if (const auto text = isoDateChars(date))
        json.member(name, QLatin1StringView(text->data(), text->size()));
    else
        json.member(name, date.toString(Qt::ISODate));
}

// The suggestions are kept as JSON text in the ledger (an array of flat objects).
void writeSuggestions(JsonWriter &json, const QString &text)
{
    json.beginArray();
    const QJsonArray suggestions = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : suggestions) {
        const QJsonObject suggestion = value.toObject();
        json.beginObject();
        json.member(QLatin1StringView("reason"), suggestion.value(u"reason").toString());
        json.key(QLatin1StringView("documents"));
        writeStringArray(json, suggestion.value(u"documents").toVariant().toStringList());
        json.member(QLatin1StringView("counterparty"),
                    suggestion.value(u"counterparty").toString());
        json.member(QLatin1StringView("text"), suggestion.value(u"text").toString());
        json.endObject();
    }
    json.endArray();
}

struct Summary
{
    int green = 0, black = 0, red = 0, grey = 0, duplicates = 0;
};

Summary summarize(const QList<ImportRow> &rows)
{
    Summary summary;
    for (const ImportRow &row : rows) {
        if (row.deleted)
            continue;
        summary.duplicates += row.duplicate ? 1 : 0;
        switch (row.colour) {
        case RowColour::Green:
            ++summary.green;
            break;
        case RowColour::Black:
            ++summary.black;
            break;
        case RowColour::Red:
            ++summary.red;
            break;
        case RowColour::Grey:
            ++summary.grey;
            break;
        }
    }
    return summary;
}

// Formats the rows on all cores, a batch at a time, and writes them in order: formatting was
// most of the output's time at 200,000 rows (0.6 s on one core).
void writeRows(JsonWriter &json, const QList<ImportRow> &rows)
{
    constexpr qsizetype kChunkRows = 1024;
    constexpr qsizetype kBatchChunks = 16; // about 16 MB of text held at a time
    for (qsizetype batch = 0; batch < rows.size(); batch += kChunkRows * kBatchChunks) {
        QList<qsizetype> starts;
        for (qsizetype start = batch;
             start < std::min(rows.size(), batch + kChunkRows * kBatchChunks); start += kChunkRows)
            starts.append(start);
        const QList<QByteArray> texts = QtConcurrent::blockingMapped(starts, [&](qsizetype start) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                JsonWriter part(&buffer, json);
                for (qsizetype i = start; i < std::min(rows.size(), start + kChunkRows); ++i) {
                    if (!rows[i].deleted)
                        writeImportRowJson(part, rows[i]);
                }
            }
            return buffer.data();
        });
        for (const QByteArray &text : texts)
            json.appendElements(text);
    }
}

QString clipped(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
}

} // namespace

void writeImportRowJson(JsonWriter &json, const ImportRow &row)
{
    json.beginObject();
    json.member(QLatin1StringView("line"), row.line);
    json.member(QLatin1StringView("description"), row.data.description);
    json.member(QLatin1StringView("type"), documentTypeName(row.type));
    json.key(QLatin1StringView("documents"));
    writeDocuments(json, row);
    json.member(QLatin1StringView("reference"), row.reference());
    dateMember(json, QLatin1StringView("date"), row.date());
    json.member(QLatin1StringView("iban"), row.counterAccount());
    json.member(QLatin1StringView("counterparty_in_statement"), row.data.counterpartyName);
    json.member(QLatin1StringView("counterparty"), row.counterpartyName);
    json.member(QLatin1StringView("income"), income(row).toString());
    json.member(QLatin1StringView("expense"), expense(row).toString());
    json.member(QLatin1StringView("allocated"), row.allocated.toString());
    json.member(QLatin1StringView("unallocated"), row.unallocated.toString());
    json.member(QLatin1StringView("colour"), rowColourName(row.colour));
    json.member(QLatin1StringView("rule"), row.rule);
    // Saldo's additions to the contract's fields.
    json.member(QLatin1StringView("currency"), row.data.amount.currency().codeView());
    json.member(QLatin1StringView("evidence"), row.evidence);
    json.member(QLatin1StringView("duplicate"), row.duplicate);
    json.member(QLatin1StringView("written"), row.written);
    json.member(QLatin1StringView("annulled"), row.annulled);
    json.key(QLatin1StringView("suggestions"));
    writeSuggestions(json, row.suggestions);
    json.endObject();
}

void writeImportJson(QIODevice *out, const ImportView &view)
{
    JsonWriter json(out);
    json.beginObject();
    json.member(QLatin1StringView("import_id"), view.importId);
    json.key(QLatin1StringView("rows"));
    json.beginArray();
    writeRows(json, *view.rows);
    json.endArray();
    const Summary summary = summarize(*view.rows);
    json.key(QLatin1StringView("summary"));
    json.beginObject();
    json.member(QLatin1StringView("green"), summary.green);
    json.member(QLatin1StringView("black"), summary.black);
    json.member(QLatin1StringView("red"), summary.red);
    json.member(QLatin1StringView("grey"), summary.grey);
    json.member(QLatin1StringView("duplicates"), summary.duplicates);
    json.endObject();
    json.member(QLatin1StringView("state"), view.state);
    json.member(QLatin1StringView("format"), view.format);
    json.member(QLatin1StringView("file"), view.fileName);
    json.key(QLatin1StringView("warnings"));
    writeStringArray(json, view.warnings);
    json.endObject();
    json.flush();
    out->write("\n");
}

QString importTableHeader()
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
        .arg(Translate::tr("Line").rightJustified(6), Translate::tr("Date").leftJustified(10),
             Translate::tr("Income").rightJustified(12),
             Translate::tr("Expense").rightJustified(12), Translate::tr("Colour").leftJustified(6),
             Translate::tr("Type").leftJustified(15), Translate::tr("Documents").leftJustified(20),
             Translate::tr("Counterparty").leftJustified(24), Translate::tr("Rule"));
}

QString importTableRow(const ImportRow &row)
{
    QString rule = row.rule;
    if (row.duplicate)
        rule = Translate::tr("DUPLICATE: %1").arg(row.rule);
    else if (row.annulled)
        rule = Translate::tr("ANNULLED: %1").arg(row.rule);
    else if (row.written)
        rule = Translate::tr("WRITTEN: %1").arg(row.rule);
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
        .arg(QString::number(row.line).rightJustified(6),
             row.date().toString(Qt::ISODate).leftJustified(10),
             income(row).toString().rightJustified(12), expense(row).toString().rightJustified(12),
             QString(rowColourName(row.colour)).leftJustified(6),
             QString(documentTypeName(row.type)).leftJustified(15),
             clipped(row.documents().join(QLatin1Char(',')), 20).leftJustified(20),
             clipped(row.counterpartyName.isEmpty() ? row.data.counterpartyName
                                                    : row.counterpartyName,
                     24)
                 .leftJustified(24),
             rule);
}

void writeImportTable(QIODevice *out, const ImportView &view)
{
    const Summary summary = summarize(*view.rows);
    out->write(Translate::tr("Import %1 (%2): %3, %4\n")
                   .arg(view.importId)
                   .arg(view.state, view.fileName, view.format)
                   .toUtf8());
    out->write(importTableHeader().toUtf8());
    for (const ImportRow &row : *view.rows) {
        if (!row.deleted)
            out->write(importTableRow(row).toUtf8());
    }
    out->write(Translate::tr("green %1, black %2, red %3, grey %4 (duplicates %5)\n")
                   .arg(summary.green)
                   .arg(summary.black)
                   .arg(summary.red)
                   .arg(summary.grey)
                   .arg(summary.duplicates)
                   .toUtf8());
}

} // namespace Saldo::Cli
