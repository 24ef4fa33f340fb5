// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QVarLengthArray>

namespace Saldo {

/// Splits delimiter-separated text into records and fields as RFC 4180 has it: fields may be
/// quoted, a quoted field may hold separators, line breaks and doubled quotes; CRLF, LF or CR
/// end a record. Works on bytes (the separators are ASCII in every supported encoding), reads
/// the device in chunks and keeps only the current record in memory.
class CsvRecordReader
{
public:
    CsvRecordReader(QIODevice &device, char delimiter, char quote);

    /// Reads the next record. False at the end of the input or on an error (see error()).
    bool next();
    /// What went wrong, empty when the input simply ended.
    const QString &error() const { return m_error; }
    /// The line the error is about.
    qint64 errorLine() const { return m_errorLine; }

    /// The 1-based line where the current record starts.
    qint64 line() const { return m_recordLine; }
    int fieldCount() const { return int(m_fields.size()); }
    /// The field's bytes: quotes removed, doubled quotes undone, spaces around it trimmed.
    /// Empty for a field the record does not have.
    QByteArrayView field(int index) const;
    /// True when every field is empty (a blank line or a line of separators).
    bool isBlank() const;

private:
    struct Field
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    bool fill();
    bool parseRecord();

    QIODevice &m_device;
    char m_delimiter;
    char m_quote;
    QByteArray m_buffer; ///< unread input, starting at m_position
    qsizetype m_position = 0;
    bool m_atEnd = false;
    bool m_started = false;
    QByteArray m_record; ///< the current record's field values, one after another
    QVarLengthArray<Field, 32> m_fields;
    qint64 m_line = 1; ///< line of the next unread byte
    qint64 m_recordLine = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace Saldo
