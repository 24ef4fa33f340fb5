// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Saldo {

/// Reads RFC 4180 records from a UTF-8 text stream, one record at a time (the file is never
/// held whole): fields separated by `separator`, optionally in double quotes, where a quoted
/// field may hold separators, line breaks and doubled quotes (""). Line ends are LF, CRLF or CR;
/// a UTF-8 BOM is skipped; blank lines are skipped. A quote inside an unquoted field is taken
/// as a character (spreadsheets write "Firma "X"" unquoted now and then).
///
/// Bounded: a record longer than kMaxRecordBytes or with more than kMaxFields fields is an error,
/// as are an unterminated quoted field, text after a closing quote and invalid UTF-8.
/// Not thread-safe; the device must stay open while the reader lives.
class CsvRecordStream
{
public:
    static constexpr qsizetype kMaxRecordBytes = 1 << 20;
    static constexpr qsizetype kMaxFields = 256;

    enum class Next { Record, End, Error };

    explicit CsvRecordStream(QIODevice *device, char separator = ',');

    /// Reads the next record into `fields`. After Error, error() says what is wrong and every
    /// later call returns Error.
    Next next(QStringList &fields);

    /// The 1-based line on which the last record began (the header is line 1).
    qint64 recordLine() const { return m_recordLine; }
    /// What is wrong, without file or line (the caller adds them), after Next::Error.
    const QString &error() const { return m_error; }

private:
    bool fill();
    Next fail(const QString &message);
    bool finishField(QStringList &fields);
    bool readUnquoted(bool &endOfRecord);
    bool readQuoted();

    QIODevice *m_device;
    char m_separator;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_failed = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qsizetype m_recordBytes = 0;
    QByteArray m_field;
    QString m_error;
};

} // namespace Saldo
