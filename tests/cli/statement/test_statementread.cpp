// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "cli.h"
#include "statementplain.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Output
{
    int exitCode = -1;
    QByteArray out;
};

Output readStatement(const QString &path, bool json)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    QStringList arguments { QStringLiteral("saldo-cli"), QStringLiteral("statement"),
                            QStringLiteral("read"), path };
    if (json)
        arguments.append(QStringLiteral("--json"));
    Output result;
    result.exitCode = Saldo::Cli::run(arguments, &out, &err);
    result.out = out.data();
    return result;
}

/// The plain listing as the JSON says it should be, in the layout `statement read` has always
/// had (QString::arg and the justify functions): the oracle for the byte-buffer writer.
QByteArray listingFromJson(const QJsonDocument &document)
{
    QString text;
    for (const QJsonValue statementValue : document.object().value(u"statements").toArray()) {
        const QJsonObject statement = statementValue.toObject();
        const QJsonArray lines = statement.value(u"lines").toArray();
        const QString iban = statement.value(u"account_iban").toString();
        text += QStringLiteral("Statement %1  account %2  %3 lines  balance %4\n")
                    .arg(statement.value(u"id").toString(),
                         iban.isEmpty() ? statement.value(u"account_number").toString() : iban)
                    .arg(lines.size())
                    .arg(statement.value(u"balance_check").toString());
        for (const QJsonValue lineValue : lines) {
            const QJsonObject line = lineValue.toObject();
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(line.value(u"booking_date").toString(),
                             line.value(u"amount").toString().rightJustified(14),
                             line.value(u"counterparty_iban").toString().leftJustified(24),
                             line.value(u"variable_symbol").toString().leftJustified(10),
                             line.value(u"counterparty_name").toString());
        }
    }
    return text.toUtf8();
}

} // namespace

TEST_CASE("statement read lists what --json reads, in the plain layout")
{
    const QString data = SaldoTest::dataDir();
    int checked = 0;
    for (const QStringView folder : { u"mt940", u"gpc", u"camt", u"csv" }) {
        const QDir dir(data + u'/' + folder.toString());
        for (const QString &name : dir.entryList(QDir::Files)) {
            if (name.startsWith(u"error-"))
                continue;
            const QString path = dir.filePath(name);
            INFO(path.toStdString());
            const Output json = readStatement(path, true);
            const Output plain = readStatement(path, false);
            REQUIRE(plain.exitCode == json.exitCode);
            if (json.exitCode != 0)
                continue; // e.g. a CSV layout that needs a profile
            const QJsonDocument document = QJsonDocument::fromJson(json.out);
            REQUIRE(document.isObject());
            CHECK(plain.out == listingFromJson(document));
            ++checked;
        }
    }
    CHECK(checked >= 10);
}

namespace {

/// The plain listing of one statement of `count` lines, written by a sink that keeps at most
/// `spillBytes` of it in memory.
QByteArray listing(qsizetype count, qsizetype spillBytes)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        Saldo::Cli::StatementPlainSink sink(&out, spillBytes);
        Saldo::Statement header;
        header.id = QStringLiteral("S1");
        header.accountNumber = QStringLiteral("19-2000145399/0800");
        sink.begin(header);
        for (qsizetype part = 0; part < count; part += 100) {
            QList<Saldo::StatementLine> lines;
            for (qsizetype i = part; i < std::min(count, part + 100); ++i) {
                Saldo::StatementLine line;
                line.bookingDate = QDate(2026, 1, 5).addDays(i % 300);
                line.amount = Saldo::Money(i * 7 - 500, *Saldo::Currency::fromCode(u"EUR"));
                line.counterpartyName = QStringLiteral("Firma %1 s.r.o. – Žilina").arg(i);
                lines.append(line);
            }
            sink.addLines(std::move(lines));
        }
        sink.end(header);
    }
    return out.data();
}

} // namespace

TEST_CASE("statement read's plain listing is the same when a long statement waits on disk")
{
    const QByteArray inMemory = listing(5000, Saldo::Cli::StatementPlainSink::kDefaultSpillBytes);
    CHECK(inMemory.startsWith("Statement S1  account 19-2000145399/0800  5000 lines  balance "
                              "unknown\n2026-01-05"));
    CHECK(inMemory.count('\n') == 5001);
    CHECK(listing(5000, 1000) == inMemory); // spilled every 100 lines
    CHECK(listing(5000, 100000) == inMemory); // spilled a few times
}

TEST_CASE("statement read's plain listing keeps statements of any size in order")
{
    // Small statements are gathered into blocks, big ones written as they are: the headers
    // and lines still come out in the order of the statements.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const qsizetype sizes[] = { 2, 300, 1, 1, 500, 3 };
    {
        Saldo::Cli::StatementPlainSink sink(&out);
        qsizetype number = 0;
        for (const qsizetype size : sizes) {
            Saldo::Statement header;
            header.id = QStringLiteral("S%1").arg(++number);
            sink.begin(header);
            QList<Saldo::StatementLine> lines;
            for (qsizetype i = 0; i < size; ++i) {
                Saldo::StatementLine line;
                line.bookingDate = QDate(2026, 1, 5);
                line.amount = Saldo::Money(number, *Saldo::Currency::fromCode(u"EUR"));
                line.counterpartyName = QStringLiteral("Statement %1").arg(number);
                lines.append(line);
            }
            sink.addLines(std::move(lines));
            sink.end(header);
        }
    }
    const QList<QByteArray> rows = out.data().split('\n');
    qsizetype row = 0;
    qsizetype number = 0;
    for (const qsizetype size : sizes) {
        ++number;
        REQUIRE(row + size < rows.size());
        CHECK(rows[row++].startsWith("Statement S" + QByteArray::number(number) + "  "));
        for (qsizetype i = 0; i < size; ++i)
            CHECK(rows[row++].endsWith("Statement " + QByteArray::number(number)));
    }
    CHECK(rows[row].isEmpty()); // after the last line end
}

TEST_CASE("statement read's plain listing holds lines longer than the room made for them")
{
    // The listing makes room for about 128 bytes a line and grows when lines need more: names
    // of 40 to 400 characters, some with letters of two and three bytes in UTF-8.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QStringList names;
    {
        Saldo::Cli::StatementPlainSink sink(&out);
        Saldo::Statement header;
        header.id = QStringLiteral("LONG");
        sink.begin(header);
        QList<Saldo::StatementLine> lines;
        for (int i = 0; i < 300; ++i) {
            Saldo::StatementLine line;
            line.bookingDate = QDate(2026, 1, 5);
            line.amount = Saldo::Money(i, *Saldo::Currency::fromCode(u"EUR"));
            const QString unit = i % 3 == 0 ? QStringLiteral("Ž€") : QStringLiteral("ab");
            line.counterpartyName = unit.repeated(20 + (i * 37) % 180) + QString::number(i);
            names.append(line.counterpartyName);
            lines.append(line);
        }
        sink.addLines(std::move(lines));
        sink.end(header);
    }
    const QList<QByteArray> rows = out.data().split('\n');
    REQUIRE(rows.size() == 302); // the header, 300 lines, and after the last line end
    for (int i = 0; i < 300; ++i) {
        CAPTURE(i);
        CHECK(rows[i + 1].endsWith("  " + names[i].toUtf8()));
    }
}

namespace {

/// An MT940 file of `statements` statements of 50 lines each, with names and symbols that vary.
QByteArray bigMt940(int statements)
{
    QByteArray bytes;
    for (int s = 1; s <= statements; ++s) {
        const QByteArray n = QByteArray::number(s);
        bytes += ":20:ST" + n + "\n:25:SK3112000000198742637541\n:28C:" + n
            + "/1\n:60F:C260105EUR1000,00\n";
        for (int i = 0; i < 50; ++i) {
            const QByteArray k = QByteArray::number(s * 100 + i);
            bytes += ":61:2601050105" + QByteArray(i % 3 ? "C" : "D") + QByteArray::number(i + 1)
                + ",5" + QByteArray::number(i % 10) + "NTRFNONREF//" + k
                + "\n:86:166?00Prijata platba?20Úhrada VS2026" + k + "?30TATRSKBX?31SK3112000000"
                + "198742637541?32Dunaj Pekáreň " + k + " s.r.o.\n";
        }
        bytes += ":62F:C260105EUR1000,00\n-\n";
    }
    return bytes;
}

} // namespace

TEST_CASE("statement read lists a file read on several threads as what --json reads")
{
    // Big enough to be read in pieces on several threads (PieceSettings::minFileBytes).
    const QByteArray bytes = bigMt940(700);
    REQUIRE(bytes.size() > 5 * 1024 * 1024);
    const QString path = SaldoTest::tempDir() + QStringLiteral("/big.sta");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const Output plain = readStatement(path, false);
    const Output json = readStatement(path, true);
    REQUIRE(plain.exitCode == 0);
    REQUIRE(json.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out);
    REQUIRE(document.object().value(u"statements").toArray().size() == 700);
    CHECK(plain.out == listingFromJson(document));
    CHECK(plain.out.count('\n') == 700 * 51);
}
