// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Saldo {

/// The SQLite connection under a QSQLITE QSqlDatabase, or nullptr for another driver. The hot
/// paths of a big import (storing the draft, loading the pairing data) use it directly: QtSql
/// costs a QVariant, a placeholder name and a UTF-16 conversion per value (docs/performance.md).
/// Statements on it run in the same transactions as the QSqlQuery ones.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// One prepared statement of the sqlite3 C API, finalized on destruction. Positions are
/// 0-based like QSqlQuery::bindValue(). A QString is bound as UTF-8 from a buffer the statement
/// keeps until that position is bound again, so SQLite copies nothing; a value equal to the one
/// bound at its position already is not bound again (bindings last from run to run).
/// Internal to core/ledger.
///
/// Threads: the thread of the connection, like the QSqlDatabase it came from.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Whether it was prepared; an Error naming the statement when not.
    const Status &status() const { return m_status; }

    void bindInt64(int position, qint64 value);
    void bindNull(int position);
    /// A null QString binds as "" (the NOT NULL text columns, as SqlUtil::textValue).
    void bindText(int position, const QString &text);
    /// UTF-8 text (copied into the position's buffer).
    void bindUtf8(int position, QByteArrayView utf8);
    /// Short ASCII text (codes, enum names; copied into the position's buffer); a null view
    /// binds NULL, as a null QString does in QtSql.
    void bindText(int position, QLatin1StringView text);

    /// Runs a statement that returns no rows and resets it for the next values; on failure an
    /// Error "ledger: <what>: <SQLite's message>" (`what` is formatted only then).
    template<typename What>
    Status exec(const What &what)
    {
        if (runToEnd())
            return {};
        return error(what());
    }

    /// The rowid of the connection's last successful INSERT.
    qint64 lastInsertId() const;

    /// The next row of a query: true with a row, false at the end or on failure (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    /// Makes a query ready to run again (with the same or newly bound values).
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    /// The column's UTF-8 bytes, valid until the next step; empty for NULL.
    QByteArrayView utf8(int column) const;
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }

    /// "ledger: <what>: <SQLite's message>".
    Error error(const QString &what) const;

private:
    bool runToEnd();
    /// Binds the scratch buffer's text at the position unless it is bound there already.
    void bindScratch(int position);

    /// UTF-8 bytes with a capacity that only grows (QByteArray::resize() is a call per use).
    struct TextBuffer
    {
        std::unique_ptr<char[]> bytes;
        qsizetype capacity = 0;
        qsizetype size = 0;
        /// Room for `size` bytes; the old content is dropped when it has to grow.
        char *reserve(qsizetype size);
        bool operator==(const TextBuffer &other) const;
    };

    /// What a position was last bound to, to skip binding the same value again.
    struct Bound
    {
        enum Kind : char { None, Null, Int, Text } kind = None;
        qint64 value = 0;
    };

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Status m_status;
    bool m_failed = false;
    std::vector<TextBuffer> m_texts; ///< per position: the UTF-8 of the bound text
    std::vector<Bound> m_bound; ///< per position
    TextBuffer m_scratch; ///< the text being bound
};

} // namespace Saldo
