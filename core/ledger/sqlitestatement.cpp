// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sqlitestatement.h"

#include "util/tr.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace Saldo {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db) {
        m_status = Error {
            Tr::tr("ledger: cannot prepare \"%1\": not an SQLite ledger").arg(sql.simplified())
        };
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
        != SQLITE_OK) {
        m_status = error(Tr::tr("cannot prepare \"%1\"").arg(sql.simplified()));
        return;
    }
    m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindInt64(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position + 1, value);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position + 1);
}

// The text of every position goes into a buffer of its own that is kept from row to row, so a
// big import allocates nothing per value and SQLite copies nothing (SQLITE_STATIC): storing a
// draft binds three dozen values per line (docs/performance.md).
void SqliteStatement::bindText(int position, const QString &text)
{
    QByteArray &utf8 = m_texts[std::size_t(position)];
    // UTF-8 takes at most three bytes for one UTF-16 unit; resize() keeps the capacity.
    utf8.resize(text.size() * 3);
    char *out = utf8.data();
    const char16_t *in = QStringView(text).utf16();
    qsizetype i = 0;
    for (; i < text.size() && in[i] < 0x80; ++i) // most bank texts are ASCII
        out[i] = char(in[i]);
    char *end = out + i;
    if (i < text.size()) {
        QStringEncoder encoder(QStringEncoder::Utf8);
        end = encoder.appendToBuffer(end, QStringView(text).sliced(i));
    }
    bindBuffer(position, end - out);
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8)
{
    QByteArray &buffer = m_texts[std::size_t(position)];
    buffer.resize(utf8.size());
    std::copy(utf8.begin(), utf8.end(), buffer.begin());
    bindBuffer(position, utf8.size());
}

void SqliteStatement::bindText(int position, QLatin1StringView text)
{
    if (text.isNull()) {
        bindNull(position);
        return;
    }
    // The codes and names bound here are ASCII, which UTF-8 spells the same.
    bindUtf8(position, QByteArrayView(text.data(), text.size()));
}

void SqliteStatement::bindBuffer(int position, qsizetype size)
{
    // data() of an empty QByteArray is "", never null: SQLite would bind a null as NULL.
    sqlite3_bind_text(m_statement, position + 1, m_texts[std::size_t(position)].constData(),
                      int(size), SQLITE_STATIC);
}

bool SqliteStatement::runToEnd()
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    // reset() repeats the step's error code; the message stays until the next call.
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_failed = false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

Error SqliteStatement::error(const QString &what) const
{
    return Error {
        Tr::tr("ledger: %1: %2").arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : ""))
    };
}

} // namespace Saldo
