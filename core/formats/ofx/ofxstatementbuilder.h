// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementreader.h"
#include "formats/ofx/ofxvalues.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Saldo {

/// Turns the elements of an OFX document into statements: each STMTRS (bank) or CCSTMTRS (card)
/// becomes one Statement, handed to the sink in parts: its start and lines as soon as CURDEF
/// (needed to read amounts) is known, its balances when it closes. Lines before an empty or
/// late CURDEF are kept as written until the statement closes.
class OfxStatementBuilder
{
public:
    OfxStatementBuilder(const ReadOptions &options, StatementPartSink &sink);

    void setEncoding(const OfxEncoding &encoding) { m_encoding = encoding; }

    /// Aggregates the builder looks into; leaves inside others are ignored.
    static bool isKnownAggregate(QByteArrayView name);

    /// Each returns false when reading must stop (error or cancel).
    bool startAggregate(QByteArrayView name, qint64 line);
    bool endAggregate(QByteArrayView name, qint64 line);
    /// A value element: `context` is the innermost known aggregate around it, `parent` the
    /// element directly around it.
    bool leaf(QByteArrayView name, QByteArrayView parent, QByteArrayView context,
              QByteArrayView value, qint64 line);
    /// The end of the file: complains about a cut file or a file without statements.
    bool finish(qint64 line);
    bool fail(qint64 line, const QString &field, const QString &message);

    const ReadResult &result() const { return m_result; }

private:
    struct Value
    {
        QString text;
        qint64 line = 0;
        bool isEmpty() const { return text.isEmpty(); }
    };
    struct RawLine
    {
        qint64 line = 0;
        Value type, posted, user, available, amount, fitId, name, payee, memo, refNum, checkNum;
        Value toAccount, toBank, currency;
    };
    struct RawStatement
    {
        qint64 line = 0;
        QByteArray tag; ///< STMTRS or CCSTMTRS
        Value currency, account, bankId, start, end, ledgerAmount, ledgerDate, availableAmount,
            availableDate;
        QList<RawLine> lines; ///< kept as written only while the currency is not known
    };
    struct Status
    {
        qint64 line = 0;
        Value code, severity, message;
    };

    bool statementLeaf(QByteArrayView name, QByteArrayView context, Value value);
    bool lineLeaf(QByteArrayView name, QByteArrayView parent, QByteArrayView context, Value value);
    void statusLeaf(QByteArrayView name, Value value);
    void finishStatus();
    bool flushStatement();
    bool addLine(RawLine &&raw);
    std::optional<Currency> statementCurrency(const RawStatement &raw);
    bool beginStatement(const RawStatement &raw, const Currency &currency);
    bool completeHeader(const RawStatement &raw);
    bool flushLines();
    bool buildLine(const RawLine &raw, const Currency &currency, StatementLine &line);
    bool date(const Value &value, const char *field, bool required, qint64 line, QDate &out);
    bool amount(const Value &value, const char *field, const Currency &currency,
                std::optional<Money> &out);

    const ReadOptions &m_options;
    StatementPartSink &m_sink;
    OfxEncoding m_encoding;
    ReadResult m_result;

    bool m_sawOfx = false;
    int m_statements = 0;
    std::optional<RawStatement> m_statement;
    std::optional<RawLine> m_line;
    // The statement handed on in parts once its currency is known (a statement may have any
    // number of lines): its header and the lines not yet handed on.
    bool m_begun = false;
    Statement m_header;
    QList<StatementLine> m_chunk;
    std::optional<Status> m_status;
    QStringList m_bankErrors;
};

} // namespace Saldo
