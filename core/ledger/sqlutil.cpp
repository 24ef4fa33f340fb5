// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sqlutil.h"

#include "util/tr.h"

#include <QSqlError>

namespace Saldo::SqlUtil {

Error queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error { Tr::tr("ledger: %1: %2").arg(what, detail) };
}

Status prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return queryError(query, Tr::tr("cannot prepare \"%1\"").arg(sql.simplified()));
    return {};
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return queryError(query, what);
    return {};
}

Status execStatement(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return queryError(query, sql.simplified().left(80));
    return {};
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

namespace {

int digitsValue(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digitsValue(text, 0, 4);
    const int month = digitsValue(text, 5, 2);
    const int day = digitsValue(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2026-02-30
}

QString timestampText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDateTime parseTimestamp(QByteArrayView utf8)
{
    // "2026-01-05T10:15:00.000Z", as timestampText() writes it; anything else goes to Qt.
    const QString text = utf8.size() == 24 && utf8[10] == 'T' && utf8[19] == '.' && utf8[23] == 'Z'
        ? QString::fromLatin1(utf8)
        : QString();
    if (!text.isEmpty()) {
        const QDate date = parseIsoDate(QStringView(text).first(10));
        const int hour = text[13] == u':' ? digitsValue(text, 11, 2) : -1;
        const int minute = text[16] == u':' ? digitsValue(text, 14, 2) : -1;
        const int second = digitsValue(text, 17, 2);
        const int ms = digitsValue(text, 20, 3);
        const QTime time = hour < 0 || minute < 0 || second < 0 || ms < 0
            ? QTime()
            : QTime(hour, minute, second, ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return parseTimestamp(QString::fromUtf8(utf8));
}

} // namespace Saldo::SqlUtil
