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

} // namespace Saldo::SqlUtil
