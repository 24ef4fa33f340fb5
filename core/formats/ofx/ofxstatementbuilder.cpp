// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ofxstatementbuilder.h"

#include "formats/common/czskbankcodes.h"
#include "formats/common/referenceparser.h"
#include "util/tr.h"

namespace Saldo {

namespace {

/// Far more than any bank puts in one statement; the limit keeps a damaged or hostile file from
/// filling the memory (the lines of a statement are held until it closes).
constexpr qsizetype MaxStatementLines = 500000;
/// Lines handed to the sink at a time.
constexpr qsizetype LinesPerPart = 1024;

bool isStatement(QByteArrayView name)
{
    return name == "STMTRS" || name == "CCSTMTRS";
}

/// OFX TRNTYPE values that say what kind of movement a line is.
LineKind kindFromType(const QString &type, const Money &amount)
{
    if (type == u"POS")
        return LineKind::Card;
    if (type == u"ATM")
        return amount.isPositive() ? LineKind::CashDeposit : LineKind::CashWithdrawal;
    if (type == u"FEE" || type == u"SRVCHG")
        return LineKind::Fee;
    if (type == u"INT")
        return LineKind::Interest;
    if (type == u"CASH" && amount.isPositive())
        return LineKind::CashDeposit;
    return LineKind::Unknown;
}

/// An account as OFX gives it: an IBAN when ACCTID is one, else "ACCTID/BANKID" (the CZ/SK way
/// of writing an account with its bank code) or ACCTID alone. Czech and Slovak banks (Fio) give
/// the local account and the bank code, from which the IBAN follows, as MT940's :25: does.
void splitAccount(const QString &account, const QString &bank, Iban &iban, QString &number)
{
    if (account.isEmpty())
        return;
    if (Result<Iban> parsed = Iban::parse(account)) {
        iban = parsed.value();
        return;
    }
    number = bank.isEmpty() ? account : account + u'/' + bank;
    const QLatin1StringView country
        = bank.size() == 4 ? countryOfCzSkBankCode(bank) : QLatin1StringView();
    if (country.isEmpty())
        return;
    if (Result<Iban> derived = Iban::fromCzSkAccount(QString(country), number))
        iban = derived.value();
}

} // namespace

OfxStatementBuilder::OfxStatementBuilder(const ReadOptions &options, StatementPartSink &sink)
    : m_options(options)
    , m_sink(sink)
{
    m_result.format = StatementFormat::Ofx;
}

bool OfxStatementBuilder::isKnownAggregate(QByteArrayView name)
{
    static constexpr const char *known[] = {
        "OFX",          "STMTTRNRS",  "CCSTMTTRNRS",  "SONRS",      "STATUS",
        "STMTRS",       "CCSTMTRS",   "BANKACCTFROM", "CCACCTFROM", "BANKTRANLIST",
        "STMTTRN",      "BANKACCTTO", "CCACCTTO",     "PAYEE",      "CURRENCY",
        "ORIGCURRENCY", "LEDGERBAL",  "AVAILBAL",     "BALLIST",    "BAL",
    };
    for (const char *candidate : known) {
        if (name == candidate)
            return true;
    }
    return false;
}

bool OfxStatementBuilder::fail(qint64 line, const QString &field, const QString &message)
{
    m_result.error = ReadError { m_options.fileName, line, -1, field, message };
    return false;
}

bool OfxStatementBuilder::startAggregate(QByteArrayView name, qint64 line)
{
    if (name == "OFX") {
        m_sawOfx = true;
    } else if (isStatement(name)) {
        if (m_statement)
            return fail(line, QString::fromLatin1(name),
                        Tr::tr("statement inside a statement (the one of line %1 is not closed)")
                            .arg(m_statement->line));
        m_statement = RawStatement();
        m_statement->line = line;
        m_statement->tag = name.toByteArray();
    } else if (name == "STMTTRN") {
        if (!m_statement)
            return fail(line, QStringLiteral("STMTTRN"),
                        Tr::tr("transaction outside a statement (STMTRS or CCSTMTRS)"));
        if (m_statement->lines.size() >= MaxStatementLines) // kept as written: see addLine()
            return fail(line, QStringLiteral("STMTTRN"),
                        Tr::tr("more than %1 lines in one statement; split the file")
                            .arg(MaxStatementLines));
        m_line = RawLine();
        m_line->line = line;
    } else if (name == "STATUS") {
        m_status = Status();
        m_status->line = line;
    }
    return true;
}

bool OfxStatementBuilder::endAggregate(QByteArrayView name, qint64)
{
    if (name == "STMTTRN" && m_line) {
        RawLine raw = std::move(*m_line);
        m_line.reset();
        return addLine(std::move(raw));
    } else if (name == "STATUS") {
        finishStatus();
    } else if (isStatement(name) && m_statement) {
        return flushStatement();
    }
    return true;
}

bool OfxStatementBuilder::leaf(QByteArrayView name, QByteArrayView parent, QByteArrayView context,
                               QByteArrayView bytes, qint64 line)
{
    Value value { decodeOfxText(bytes, m_encoding), line };
    if (context == "STATUS") {
        statusLeaf(name, std::move(value));
        return true;
    }
    if (m_line)
        return lineLeaf(name, parent, context, std::move(value));
    if (m_statement)
        return statementLeaf(name, context, std::move(value));
    return true;
}

void OfxStatementBuilder::statusLeaf(QByteArrayView name, Value value)
{
    if (!m_status)
        return;
    if (name == "CODE")
        m_status->code = std::move(value);
    else if (name == "SEVERITY")
        m_status->severity = std::move(value);
    else if (name == "MESSAGE")
        m_status->message = std::move(value);
}

/// A STATUS with severity ERROR is the bank saying why a response carries no statement.
void OfxStatementBuilder::finishStatus()
{
    if (m_status && m_status->severity.text.compare(u"ERROR", Qt::CaseInsensitive) == 0) {
        m_bankErrors.append(Tr::tr("line %1: the bank reports error %2: %3")
                                .arg(m_status->line)
                                .arg(m_status->code.text,
                                     m_status->message.isEmpty() ? Tr::tr("(no message)")
                                                                 : m_status->message.text));
    }
    m_status.reset();
}

bool OfxStatementBuilder::statementLeaf(QByteArrayView name, QByteArrayView context, Value value)
{
    RawStatement &s = *m_statement;
    if (isStatement(context) && name == "CURDEF") {
        s.currency = std::move(value);
    } else if (context == "BANKACCTFROM" || context == "CCACCTFROM") {
        if (name == "ACCTID")
            s.account = std::move(value);
        else if (name == "BANKID")
            s.bankId = std::move(value);
    } else if (context == "BANKTRANLIST") {
        if (name == "DTSTART")
            s.start = std::move(value);
        else if (name == "DTEND")
            s.end = std::move(value);
    } else if (context == "LEDGERBAL") {
        if (name == "BALAMT")
            s.ledgerAmount = std::move(value);
        else if (name == "DTASOF")
            s.ledgerDate = std::move(value);
    } else if (context == "AVAILBAL") {
        if (name == "BALAMT")
            s.availableAmount = std::move(value);
        else if (name == "DTASOF")
            s.availableDate = std::move(value);
    }
    return true;
}

bool OfxStatementBuilder::lineLeaf(QByteArrayView name, QByteArrayView parent,
                                   QByteArrayView context, Value value)
{
    RawLine &l = *m_line;
    if (context == "STMTTRN") {
        struct Field
        {
            const char *name;
            Value RawLine::*member;
        };
        static constexpr Field fields[] = {
            { "TRNTYPE", &RawLine::type },      { "DTPOSTED", &RawLine::posted },
            { "DTUSER", &RawLine::user },       { "DTAVAIL", &RawLine::available },
            { "TRNAMT", &RawLine::amount },     { "FITID", &RawLine::fitId },
            { "NAME", &RawLine::name },         { "PAYEE", &RawLine::payee },
            { "MEMO", &RawLine::memo },         { "REFNUM", &RawLine::refNum },
            { "CHECKNUM", &RawLine::checkNum },
        };
        for (const Field &field : fields) {
            if (name == field.name)
                l.*field.member = std::move(value);
        }
    } else if (context == "PAYEE" && parent == "PAYEE" && name == "NAME") {
        l.payee = std::move(value);
    } else if (context == "BANKACCTTO" || context == "CCACCTTO") {
        if (name == "ACCTID")
            l.toAccount = std::move(value);
        else if (name == "BANKID")
            l.toBank = std::move(value);
    } else if (context == "CURRENCY" && name == "CURSYM") {
        l.currency = std::move(value);
    }
    return true;
}

bool OfxStatementBuilder::date(const Value &value, const char *field, bool required, qint64 line,
                               QDate &out)
{
    if (value.isEmpty()) {
        if (required)
            return fail(line, QString::fromLatin1(field), Tr::tr("date missing"));
        return true;
    }
    const std::optional<QDate> parsed = parseOfxDate(value.text);
    if (!parsed)
        return fail(value.line, QString::fromLatin1(field),
                    Tr::tr("date expected (YYYYMMDD...), found '%1'").arg(value.text));
    out = *parsed;
    return true;
}

bool OfxStatementBuilder::amount(const Value &value, const char *field, const Currency &currency,
                                 std::optional<Money> &out)
{
    if (value.isEmpty())
        return true; // callers that need one say so
    Result<Money> parsed = parseOfxAmount(value.text, currency);
    if (!parsed)
        return fail(value.line, QString::fromLatin1(field), parsed.error());
    out = parsed.value();
    return true;
}

bool OfxStatementBuilder::buildLine(const RawLine &raw, const Currency &statementCurrency,
                                    StatementLine &line)
{
    line.sourceLine = raw.line;
    Currency currency = statementCurrency;
    if (!raw.currency.isEmpty()) {
        const Result<Currency> own = Currency::fromCode(raw.currency.text);
        if (!own)
            return fail(raw.currency.line, QStringLiteral("STMTTRN/CURRENCY/CURSYM"), own.error());
        currency = own.value();
    }
    if (raw.amount.isEmpty())
        return fail(raw.line, QStringLiteral("STMTTRN/TRNAMT"), Tr::tr("amount missing"));
    std::optional<Money> money;
    if (!amount(raw.amount, "STMTTRN/TRNAMT", currency, money))
        return false;
    line.amount = *money;
    if (!date(raw.posted, "STMTTRN/DTPOSTED", true, raw.line, line.bookingDate))
        return false;
    QDate userDate;
    if (!date(raw.user, "STMTTRN/DTUSER", false, raw.line, userDate)
        || !date(raw.available, "STMTTRN/DTAVAIL", false, raw.line, line.valueDate))
        return false;
    if (!line.valueDate.isValid())
        line.valueDate = userDate;
    line.counterpartyName = raw.name.isEmpty() ? raw.payee.text : raw.name.text;
    splitAccount(raw.toAccount.text, raw.toBank.text, line.counterpartyIban,
                 line.counterpartyAccount);
    line.reference = raw.refNum.isEmpty() ? raw.checkNum.text : raw.refNum.text;
    line.bankReference = raw.fitId.text;
    line.description = raw.memo.text;
    line.transactionCode = raw.type.text;
    line.kind = kindFromType(raw.type.text.toUpper(), line.amount);
    if (line.kind == LineKind::Unknown)
        line.kind = kindFromText(line.description + u' ' + line.counterpartyName);
    line.card = line.kind == LineKind::Card || line.kind == LineKind::CashWithdrawal
        || raw.type.text.compare(u"ATM", Qt::CaseInsensitive) == 0;
    fillMissingReferences(line);
    return true;
}

/// Lines are built as they end once the statement's currency is known (CURDEF comes first
/// in STMTRS); until then, and for lines after such kept ones, they are kept as written.
bool OfxStatementBuilder::addLine(RawLine &&raw)
{
    RawStatement &statement = *m_statement;
    if (!m_begun && (statement.currency.isEmpty() || !statement.lines.isEmpty())) {
        statement.lines.append(std::move(raw));
        return true;
    }
    if (!m_begun) {
        const std::optional<Currency> currency = statementCurrency(statement);
        if (!currency || !beginStatement(statement, *currency))
            return false;
    }
    StatementLine line;
    if (!buildLine(raw, m_header.currency, line))
        return false;
    if (m_chunk.isEmpty())
        m_chunk.reserve(LinesPerPart);
    m_chunk.append(std::move(line));
    return m_chunk.size() < LinesPerPart || flushLines();
}

std::optional<Currency> OfxStatementBuilder::statementCurrency(const RawStatement &raw)
{
    const QString tag = QString::fromLatin1(raw.tag);
    QString code = raw.currency.text;
    if (code.isEmpty() && !raw.lines.isEmpty())
        code = raw.lines.constFirst().currency.text; // an empty CURDEF, lines that name theirs
    if (code.isEmpty()) {
        fail(raw.currency.line ? raw.currency.line : raw.line, tag + QStringLiteral("/CURDEF"),
             Tr::tr("currency missing"));
        return std::nullopt;
    }
    const Result<Currency> currency = Currency::fromCode(code);
    if (!currency) {
        fail(raw.currency.line ? raw.currency.line : raw.line, tag + QStringLiteral("/CURDEF"),
             currency.error());
        return std::nullopt;
    }
    return currency.value();
}

/// Hands on the statement's start: what comes before its lines (currency, account, period).
bool OfxStatementBuilder::beginStatement(const RawStatement &raw, const Currency &currency)
{
    m_header = Statement();
    m_header.sourceLine = raw.line;
    m_header.currency = currency;
    splitAccount(raw.account.text, raw.bankId.text, m_header.accountIban, m_header.accountNumber);
    if (!date(raw.start, "BANKTRANLIST/DTSTART", false, raw.line, m_header.periodStart)
        || !date(raw.end, "BANKTRANLIST/DTEND", false, raw.line, m_header.periodEnd))
        return false;
    m_begun = true;
    if (!m_sink.begin(m_header)) {
        m_result.canceled = true;
        return false;
    }
    return true;
}

/// The balances, which follow the lines.
bool OfxStatementBuilder::completeHeader(const RawStatement &raw)
{
    if (!date(raw.ledgerDate, "LEDGERBAL/DTASOF", false, raw.line, m_header.date)
        || !amount(raw.ledgerAmount, "LEDGERBAL/BALAMT", m_header.currency,
                   m_header.closingBalance))
        return false;
    // The available balance is not the ledger's, so it is only checked, not kept.
    QDate availableDate;
    std::optional<Money> available;
    if (!date(raw.availableDate, "AVAILBAL/DTASOF", false, raw.line, availableDate)
        || !amount(raw.availableAmount, "AVAILBAL/BALAMT", m_header.currency, available))
        return false;
    if (!m_header.date.isValid())
        m_header.date = m_header.periodEnd;
    return true;
}

bool OfxStatementBuilder::flushLines()
{
    if (m_chunk.isEmpty())
        return true;
    if (!m_sink.addLines(std::exchange(m_chunk, {}))) {
        m_result.canceled = true;
        return false;
    }
    return true;
}

bool OfxStatementBuilder::flushStatement()
{
    RawStatement raw = std::move(*m_statement);
    m_statement.reset();
    m_line.reset();
    if (!m_begun) {
        const std::optional<Currency> currency = statementCurrency(raw);
        if (!currency || !beginStatement(raw, *currency))
            return false;
    }
    m_begun = false;
    for (const RawLine &rawLine : std::as_const(raw.lines)) {
        StatementLine line;
        if (!buildLine(rawLine, m_header.currency, line))
            return false;
        m_chunk.append(std::move(line));
    }
    if (!flushLines() || !completeHeader(raw))
        return false;
    ++m_statements;
    if (!m_sink.end(m_header)) {
        m_result.canceled = true;
        return false;
    }
    return true;
}

bool OfxStatementBuilder::finish(qint64 line)
{
    if (!m_sawOfx)
        return fail(line, {}, Tr::tr("not an OFX file: no <OFX> element"));
    if (m_statement)
        return fail(line, QString::fromLatin1(m_statement->tag),
                    Tr::tr("the file ends inside the statement that starts on line %1")
                        .arg(m_statement->line));
    if (m_statements == 0) {
        if (!m_bankErrors.isEmpty())
            return fail(0, {}, Tr::tr("no statement; %1").arg(m_bankErrors.join(u"; ")));
        return fail(line, {}, Tr::tr("no bank or card statement (STMTRS or CCSTMTRS) in the file"));
    }
    m_result.warnings += m_bankErrors;
    return true;
}

} // namespace Saldo
