// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a file in pieces on several threads (readInPieces) must give exactly what reading it
// in one go gives: the same statements in the same order, the same errors with the same lines,
// the same warnings, whatever the pieces' size.
#include "catchqt.h"
#include "formats/common/heldbytes.h"
#include "formats/common/piecereader.h"
#include "formats/formatdetection.h"
#include "statementdescription.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <limits>
#include <memory>

using namespace Saldo;

namespace {

/// Where a test reads a file from: the file itself, which readInPieces() maps into memory, or a
/// copy in a buffer, a device that holds its bytes but cannot be mapped (its pieces are read).
enum class Source { File, Buffer };

/// `path` open for reading from `source`.
std::unique_ptr<QIODevice> openSource(const QString &path, Source source)
{
    auto file = std::make_unique<QFile>(path);
    REQUIRE(file->open(QIODevice::ReadOnly));
    if (source == Source::File)
        return file;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(file->readAll());
    REQUIRE(buffer->open(QIODevice::ReadOnly));
    return buffer;
}

/// Everything a read gave, as text.
QString readWhole(const QString &path, StatementFormat format, int stopAfter = -1,
                  Source source = Source::File)
{
    const std::unique_ptr<QIODevice> device = openSource(path, source);
    SaldoTest::DescribingSink sink;
    sink.stopAfterStatements = stopAfter;
    ReadOptions options;
    options.fileName = QStringLiteral("file");
    const ReadResult result = createReader(format)->read(*device, options, sink);
    return sink.text + SaldoTest::describeResult(result);
}

QString readCut(const QString &path, StatementFormat format, const PieceSettings &settings,
                int stopAfter = -1, Source source = Source::File)
{
    const std::unique_ptr<QIODevice> device = openSource(path, source);
    SaldoTest::DescribingSink sink;
    sink.stopAfterStatements = stopAfter;
    ReadOptions options;
    options.fileName = QStringLiteral("file");
    const ReadResult result = readInPieces(*device, *createReader(format), options, sink, settings);
    return sink.text + SaldoTest::describeResult(result);
}

PieceSettings tinyPieces(qsizetype bytes)
{
    PieceSettings settings;
    settings.pieceBytes = bytes;
    settings.minFileBytes = 0;
    settings.threads = 3;
    return settings;
}

StatementFormat formatOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StatementFormat::Auto;
    return detectFormat(file.peek(DetectionHeadSize));
}

/// Reads `path` whole and in pieces of several sizes; all must agree. Returns how many
/// statements the file has, for the caller to see that the file was worth cutting.
int checkSameInPieces(const QString &path)
{
    const StatementFormat format = formatOf(path);
    if (format == StatementFormat::Auto)
        return 0;
    const QString whole = readWhole(path, format);
    // Readers split a buffer's bytes where they are, and read a file's.
    CHECK(readWhole(path, format, -1, Source::Buffer) == whole);
    for (const qsizetype bytes : { 1, 200, 4096 }) {
        INFO(path.toStdString() << " in pieces of " << bytes << " bytes");
        CHECK(readCut(path, format, tinyPieces(bytes)) == whole);
        CHECK(readCut(path, format, tinyPieces(bytes), -1, Source::Buffer) == whole);
    }
    return int(whole.count(QStringLiteral("\nend ")) + whole.startsWith(QStringLiteral("end ")));
}

QString writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = SaldoTest::tempDir() + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

/// A small MT940 message with an unknown tag (warned once per file); `broken`: its entry has
/// no valid date.
QByteArray mt940Statement(int number, bool broken = false)
{
    const QByteArray n = QByteArray::number(number);
    return ":20:ST" + n + "\n:25:SK3112000000198742637541\n:28C:" + n
        + "/1\n:99:what is this\n:60F:C26010" + n
        + "EUR100,00\n:61:" + (broken ? QByteArray("26XX01") : "26010" + n) + "010" + n
        + "C10,00NTRFNONREF\n:86:Platba VS: 20260" + n + " dakujeme\n:62F:C26010" + n
        + "EUR110,00\n-\n";
}

} // namespace

TEST_CASE("The project's statement files read the same in pieces as whole", "[pieces]")
{
    int cutFiles = 0;
    for (const QString &folder :
         { QStringLiteral("mt940"), QStringLiteral("gpc"), QStringLiteral("camt") }) {
        QDirIterator files(SaldoTest::dataDir() + u'/' + folder, QDir::Files);
        while (files.hasNext())
            cutFiles += checkSameInPieces(files.next()) > 1;
    }
    CHECK(cutFiles >= 2); // files have more than one statement to cut between
}

TEST_CASE("The corpus and a genbank set read the same in pieces as whole", "[pieces][shared]")
{
    SALDO_REQUIRE_SHARED();
    QStringList paths;
    QDirIterator corpus(SaldoTest::sharedDir() + QStringLiteral("/corpus"), QDir::Files,
                        QDirIterator::Subdirectories);
    while (corpus.hasNext())
        paths.append(corpus.next());
    for (const QString &name : { QStringLiteral("statement.mt940"), QStringLiteral("statement.gpc"),
                                 QStringLiteral("statement.camt053.xml") })
        paths.append(SaldoTest::sharedDir() + QStringLiteral("/samples/small/") + name);
    int statements = 0;
    for (const QString &path : std::as_const(paths)) {
        const StatementFormat format = formatOf(path);
        if (format == StatementFormat::Mt940 || format == StatementFormat::Gpc
            || format == StatementFormat::Camt053 || format == StatementFormat::Camt052
            || format == StatementFormat::Camt054)
            statements += checkSameInPieces(path);
    }
    CHECK(statements > 20);
}

TEST_CASE("A warning given once per file is given once when the file is read in pieces", "[pieces]")
{
    const QString path
        = writeFile(QStringLiteral("unknown-tags.sta"),
                    mt940Statement(1) + mt940Statement(2) + mt940Statement(3) + mt940Statement(4));
    const QString cut = readCut(path, StatementFormat::Mt940, tinyPieces(1));
    CHECK(cut == readWhole(path, StatementFormat::Mt940));
    CHECK(cut.count(QStringLiteral("is not one of MT940")) == 1);
    CHECK(cut.count(QStringLiteral("\nend ")) == 4);
}

TEST_CASE("An error in a later piece stops the reading where reading whole stops", "[pieces]")
{
    const QString path = writeFile(QStringLiteral("error-late.sta"),
                                   mt940Statement(1) + mt940Statement(2) + mt940Statement(3, true)
                                       + mt940Statement(4));
    const QString whole = readWhole(path, StatementFormat::Mt940);
    REQUIRE(whole.contains(QStringLiteral("error file:")));
    CHECK(whole.count(QStringLiteral("\nend ")) == 2);
    CHECK(readCut(path, StatementFormat::Mt940, tinyPieces(1)) == whole);
}

TEST_CASE("A sink that stops the reading stops it in pieces too", "[pieces]")
{
    QByteArray bytes;
    for (int i = 1; i <= 9; ++i)
        bytes += mt940Statement(i);
    const QString path = writeFile(QStringLiteral("stop.sta"), bytes);
    const QString whole = readWhole(path, StatementFormat::Mt940, 2);
    const QString cut = readCut(path, StatementFormat::Mt940, tinyPieces(1), 2);
    CHECK(cut.count(QStringLiteral("\nend ")) == 2);
    CHECK(cut.contains(QStringLiteral("canceled")));
    CHECK(whole.contains(QStringLiteral("canceled")));
}

TEST_CASE("A statement bigger than a piece may be is read as a stream", "[pieces]")
{
    QByteArray big = mt940Statement(1);
    QByteArray entries;
    for (int i = 0; i < 200; ++i)
        entries += ":61:2601020102C1,00NTRFNONREF\n:86:Platba " + QByteArray::number(i) + "\n";
    QByteArray second = mt940Statement(2);
    second.insert(second.indexOf(":62F:"), entries);
    const QString path = writeFile(QStringLiteral("big.sta"),
                                   big + second + mt940Statement(3) + mt940Statement(4));
    PieceSettings settings = tinyPieces(1);
    settings.maxPieceBytes = 1024;
    const QString whole = readWhole(path, StatementFormat::Mt940);
    CHECK(whole.count(QStringLiteral("\nend ")) == 4);
    CHECK(readCut(path, StatementFormat::Mt940, settings) == whole);
    CHECK(readCut(path, StatementFormat::Mt940, settings, -1, Source::Buffer) == whole);
}

TEST_CASE("A camt statement's lines are numbered as in the whole file", "[pieces]")
{
    // Pieces after the first are read behind the message's start: the line numbers in what
    // they give, and in their errors, must still be the file's.
    QFile source(SaldoTest::dataDir() + QStringLiteral("/camt/batch-v08.xml"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const qsizetype start = bytes.indexOf("<Stmt>");
    const qsizetype end = bytes.indexOf("</Stmt>") + 7;
    REQUIRE(start > 0);
    QByteArray statement = bytes.mid(start, end - start);
    QByteArray broken = statement;
    broken.replace("<Amt ", "<Amt foo ");
    bytes.insert(end, "\n" + statement + "\n" + statement + "\n" + broken);
    const QString path = writeFile(QStringLiteral("lines.xml"), bytes);
    const QString whole = readWhole(path, StatementFormat::Camt053);
    REQUIRE(whole.contains(QStringLiteral("error file:")));
    CHECK(whole.count(QStringLiteral("\nend ")) == 3);
    CHECK(readCut(path, StatementFormat::Camt053, tinyPieces(1)) == whole);
}

TEST_CASE("What a reader learns in one piece reaches the pieces after it", "[pieces]")
{
    // Statement 1 shows that the bank wraps its texts between words; the full-width text of
    // statement 3 is then joined with a space, not glued (see Mt940WrapState). Pieces 2 and 3
    // may be read before piece 1 has told them.
    QByteArray first = mt940Statement(1);
    first.replace("Platba VS: 202601 dakujeme", "Platba za\nfaktury");
    QByteArray third = mt940Statement(3);
    const QByteArray fullLine(61, 'A');
    third.replace("Platba VS: 202603 dakujeme", fullLine + "\nBCD");
    const QString path = writeFile(QStringLiteral("wrap.sta"),
                                   first + mt940Statement(2) + third + mt940Statement(4));
    const QString whole = readWhole(path, StatementFormat::Mt940);
    REQUIRE(whole.contains(QString::fromLatin1(fullLine + " BCD")));
    CHECK(readCut(path, StatementFormat::Mt940, tinyPieces(1)) == whole);
}

TEST_CASE("A camt file is cut only between the message's statements", "[pieces]")
{
    // An element named like a statement deeper in the tree (here in an element the reader
    // skips) starts no piece: reading whole and in pieces agree.
    QFile source(SaldoTest::dataDir() + QStringLiteral("/camt/batch-v08.xml"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    const qsizetype start = bytes.indexOf("<Stmt>");
    const qsizetype end = bytes.indexOf("</Stmt>") + 7;
    REQUIRE(start > 0);
    const QByteArray statement = bytes.mid(start, end - start);
    QByteArray nested = statement;
    nested.insert(nested.indexOf("<Ntry>"), "<SplmtryData><Stmt><Id>X</Id></Stmt></SplmtryData>");
    bytes.insert(end, "\n" + nested + "\n" + statement);
    const QString path = writeFile(QStringLiteral("nested.xml"), bytes);
    const QString whole = readWhole(path, StatementFormat::Camt053);
    CHECK(whole.count(QStringLiteral("\nend ")) == 3);
    CHECK(readCut(path, StatementFormat::Camt053, tinyPieces(1)) == whole);
}

namespace {

/// A DescribingSink that takes its lines prepared: described on whatever thread reads them.
class PreparingSink : public SaldoTest::DescribingSink
{
public:
    class Describer : public LinePreparer
    {
    public:
        PreparedLines prepare(QList<StatementLine> &&lines) const override
        {
            PreparedLines prepared;
            for (const StatementLine &line : std::as_const(lines)) {
                prepared.bytes += SaldoTest::describeLine(line).toUtf8();
                prepared.total.add(line.amount);
            }
            prepared.count = lines.size();
            const QMutexLocker lock(&mutex);
            threads.insert(QThread::currentThread());
            return prepared;
        }
        mutable QMutex mutex;
        mutable QSet<QThread *> threads;
    };

    const LinePreparer *preparer() const override { return &describer; }
    bool addLines(QList<StatementLine> &&) override
    {
        unprepared = true;
        return true;
    }
    bool addPrepared(PreparedLines &&lines) override
    {
        text += QString::fromUtf8(lines.bytes);
        count += lines.count;
        return true;
    }

    Describer describer;
    bool unprepared = false;
    qsizetype count = 0;
};

} // namespace

TEST_CASE("A sink that takes lines prepared gets them prepared on the reading threads, in order",
          "[pieces]")
{
    QByteArray bytes;
    for (int i = 0; i < 40; ++i)
        bytes += mt940Statement(i % 9 + 1);
    const QString path = writeFile(QStringLiteral("prepared.sta"), bytes);
    const QString whole = readWhole(path, StatementFormat::Mt940);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    PreparingSink sink;
    ReadOptions options;
    options.fileName = QStringLiteral("file");
    const ReadResult result
        = readInPieces(file, *createReader(StatementFormat::Mt940), options, sink, tinyPieces(1));
    CHECK(sink.text + SaldoTest::describeResult(result) == whole);
    CHECK_FALSE(sink.unprepared);
    CHECK(sink.count == whole.count(QStringLiteral("\n  ")));
    // The first piece is read on this thread, the others (and their lines prepared) on the
    // pool's.
    CHECK(sink.describer.threads.size() >= 2);
}

TEST_CASE("Totals of lines counted apart add up to the total of all of them", "[pieces]")
{
    const Currency eur = *Currency::fromCode(u"EUR");
    const Currency czk = *Currency::fromCode(u"CZK");
    const Money opening(1000, eur);
    LineTotal first, second, all;
    for (const qint64 minor : { 250, -100 }) {
        first.add(Money(minor, eur));
        all.add(Money(minor, eur));
    }
    second.add(Money(40, eur));
    all.add(Money(40, eur));
    first.add(second);
    CHECK(first.check(opening, Money(1190, eur)) == BalanceCheck::Ok);
    CHECK(first.check(opening, Money(1191, eur)) == BalanceCheck::Mismatch);
    CHECK(all.check(opening, Money(1190, eur)) == BalanceCheck::Ok);

    LineTotal foreign;
    foreign.add(Money(5, czk));
    first.add(foreign); // a line in another currency: no exact sum
    CHECK(first.check(opening, Money(1190, eur)) == BalanceCheck::Unknown);

    LineTotal empty, big, huge;
    big.add(Money(std::numeric_limits<qint64>::max() - 1, eur));
    huge.add(Money(10, eur));
    big.add(huge); // overflows
    CHECK(big.check(opening, Money(1000, eur)) == BalanceCheck::Mismatch);
    empty.add(LineTotal());
    CHECK(empty.check(opening, opening) == BalanceCheck::Ok);
}

TEST_CASE("A buffer's bytes are taken where they are; a file's are read", "[pieces]")
{
    QByteArray data("first\nsecond\n");
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CHECK(buffer.read(6) == "first\n");
    const std::optional<QByteArrayView> held = takeHeldBytes(buffer);
    REQUIRE(held.has_value());
    CHECK(*held == QByteArrayView("second\n"));
    CHECK(held->data() == data.constData() + 6); // not a copy
    CHECK(buffer.atEnd());

    // No bytes left, or none at all: an empty view, never a null pointer (memchr() gets it).
    const std::optional<QByteArrayView> none = takeHeldBytes(buffer);
    REQUIRE(none.has_value());
    CHECK(none->isEmpty());
    CHECK(none->data() != nullptr);
    QBuffer empty;
    REQUIRE(empty.open(QIODevice::ReadOnly));
    REQUIRE(takeHeldBytes(empty).has_value());
    CHECK(takeHeldBytes(empty)->data() != nullptr);

    QBuffer writeOnly;
    REQUIRE(writeOnly.open(QIODevice::WriteOnly));
    CHECK_FALSE(takeHeldBytes(writeOnly).has_value());

    QFile file(writeFile(QStringLiteral("held.txt"), data));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(takeHeldBytes(file).has_value());
    CHECK(file.pos() == 0);
}
