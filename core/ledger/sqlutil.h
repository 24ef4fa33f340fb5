// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Saldo {

/// Small helpers shared by the ledger's repositories: SQL errors as Saldo errors, and the
/// ledger's text forms of dates and timestamps. Internal to core/ledger. Like the queries they
/// work on, they belong to the thread that opened the connection.
namespace SqlUtil {

/// "ledger: <what>: <driver message>" for a failed query.
Error queryError(const QSqlQuery &query, const QString &what);

/// Prepares `sql` on `query`; an Error naming the statement when it fails.
Status prepare(QSqlQuery &query, const QString &sql);
/// Executes a prepared query with its bound values.
Status exec(QSqlQuery &query, const QString &what);
/// Executes one statement without bound values (DDL, PRAGMA).
Status execStatement(const QSqlDatabase &db, const QString &sql);

/// Text for a NOT NULL column: a null QString binds as SQL NULL, so it becomes "".
QVariant textValue(const QString &text);

/// Dates are stored as ISO text "YYYY-MM-DD"; an invalid date is stored as NULL.
QVariant dateValue(const QDate &date);
/// Reads a stored date: strict "YYYY-MM-DD"; an invalid QDate for NULL, "" or anything else.
/// Hand-written because QDate::fromString is slow in the loaders that read a million rows.
QDate parseIsoDate(QStringView text);

/// Timestamps are stored as UTC ISO text with milliseconds: "2026-01-05T10:15:00.000Z".
QString timestampText(const QDateTime &when);
QDateTime parseTimestamp(const QString &text);
/// The same from the UTF-8 of a column, with the stored form read without QDateTime's parser
/// (the loaders read one per counterparty IBAN).
QDateTime parseTimestamp(QByteArrayView utf8);

} // namespace SqlUtil

} // namespace Saldo
