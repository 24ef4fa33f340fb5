// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/sqlitestatement.h"

#include "util/tr.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

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
    m_bound.resize(m_texts.size());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

// A value equal to the one bound at the position before is not bound again: SQLite keeps the
// bindings from one run to the next, and most columns of a big import repeat from row to row
// (the import, the currency, the kind, empty references, the day); a bind costs SQLite its
// connection mutex and the release of the old value.
void SqliteStatement::bindInt64(int position, qint64 value)
{
    Bound &bound = m_bound[std::size_t(position)];
    if (bound.kind == Bound::Int && bound.value == value)
        return;
    sqlite3_bind_int64(m_statement, position + 1, value);
    bound = { Bound::Int, value };
}

void SqliteStatement::bindNull(int position)
{
    Bound &bound = m_bound[std::size_t(position)];
    if (bound.kind == Bound::Null)
        return;
    sqlite3_bind_null(m_statement, position + 1);
    bound = { Bound::Null, 0 };
}

// The text is written into a scratch buffer, then kept in a buffer of the position's own while
// it is bound, so a big import allocates nothing per value and SQLite copies nothing
// (SQLITE_STATIC): storing a draft binds three dozen values per line (docs/performance.md).
void SqliteStatement::bindText(int position, const QString &text)
{
    // UTF-8 takes at most three bytes for one UTF-16 unit.
    char *out = m_scratch.reserve(text.size() * 3);
    // Short texts (codes, symbols) byte by byte while they are ASCII; long ones (descriptions,
    // evidence) through Qt's encoder, which takes ASCII runs several characters at a time.
    constexpr qsizetype kShort = 16;
    const char16_t *in = QStringView(text).utf16();
    qsizetype i = 0;
    if (text.size() < kShort) {
        for (; i < text.size() && in[i] < 0x80; ++i)
            out[i] = char(in[i]);
    }
    char *end = out + i;
    if (i < text.size()) {
        QStringEncoder encoder(QStringEncoder::Utf8);
        end = encoder.appendToBuffer(end, QStringView(text).sliced(i));
    }
    m_scratch.size = end - out;
    bindScratch(position);
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8)
{
    std::copy(utf8.begin(), utf8.end(), m_scratch.reserve(utf8.size()));
    m_scratch.size = utf8.size();
    bindScratch(position);
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

void SqliteStatement::bindScratch(int position)
{
    Bound &bound = m_bound[std::size_t(position)];
    TextBuffer &text = m_texts[std::size_t(position)];
    if (bound.kind == Bound::Text && text == m_scratch)
        return;
    std::swap(text, m_scratch); // the old text's buffer is the next scratch: SQLite lets go of it
    // Never a null pointer: SQLite would bind NULL.
    sqlite3_bind_text(m_statement, position + 1, text.bytes ? text.bytes.get() : "", int(text.size),
                      SQLITE_STATIC);
    bound = { Bound::Text, 0 };
}

char *SqliteStatement::TextBuffer::reserve(qsizetype wanted)
{
    if (wanted > capacity) {
        capacity = std::max(wanted, 2 * capacity);
        bytes = std::make_unique_for_overwrite<char[]>(std::size_t(capacity));
    }
    return bytes.get();
}

bool SqliteStatement::TextBuffer::operator==(const TextBuffer &other) const
{
    return size == other.size
        && (size == 0 || std::memcmp(bytes.get(), other.bytes.get(), size) == 0);
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
