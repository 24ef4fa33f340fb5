// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "formats/formatdetection.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Saldo;

namespace {

StatementFormat detectFile(const QString &path, StatementFormat preferred = StatementFormat::Auto)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return detectFormat(file.peek(DetectionHeadSize), preferred);
}

/// Data files of a corpus folder: everything but licences and the projects' expected outputs.
QStringList corpusFiles(const QString &folder)
{
    static const QStringList notData { QStringLiteral("json"),   QStringLiteral("yml"),
                                       QStringLiteral("pydata"), QStringLiteral("md"),
                                       QStringLiteral("rst"),    QStringLiteral("xsd") };
    QStringList files;
    QDirIterator it(SaldoTest::sharedDir() + QStringLiteral("/corpus/") + folder, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.fileName().startsWith(u"LICENSE") || info.fileName() == u"COPYRIGHT"
            || notData.contains(info.suffix()))
            continue;
        files.append(info.filePath());
    }
    files.sort();
    return files;
}

/// The camt message a corpus file is, by its name ("camt052.v2.xml", "test-camt054").
StatementFormat camtByName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name.contains(u"camt052"))
        return StatementFormat::Camt052;
    if (name.contains(u"camt054"))
        return StatementFormat::Camt054;
    return StatementFormat::Camt053;
}

// Files that are not a statement the format's readers take, with the reason.
const QStringList undetectable {
    QStringLiteral("test-camt053.zip"), // a ZIP archive: the statement is inside it
    QStringLiteral("invalid_statement.sta"), // "1 2 3 4 ..." - no tag, no structure at all
    QStringLiteral("empty.abo"), // an empty file fits no format
};

} // namespace

TEST_CASE("detection: every corpus file as its format", "[detection]")
{
    SALDO_REQUIRE_SHARED();
    const std::pair<const char *, StatementFormat> folders[] = {
        { "camt", StatementFormat::Camt053 }, { "mt940", StatementFormat::Mt940 },
        { "gpc", StatementFormat::Gpc },      { "csv", StatementFormat::Csv },
        { "ofx", StatementFormat::Ofx },
    };
    int checked = 0;
    for (const auto &[folder, format] : folders) {
        const QStringList files = corpusFiles(QLatin1StringView(folder));
        REQUIRE_FALSE(files.isEmpty());
        for (const QString &path : files) {
            INFO(path.toStdString());
            const StatementFormat detected = detectFile(path);
            if (undetectable.contains(QFileInfo(path).fileName())) {
                CHECK(detected == StatementFormat::Auto);
                continue;
            }
            const StatementFormat expected
                = format == StatementFormat::Camt053 ? camtByName(path) : format;
            CHECK(formatName(detected) == formatName(expected));
            ++checked;
        }
    }
    CHECK(checked > 150);
}

TEST_CASE("detection: genbank files", "[detection]")
{
    SALDO_REQUIRE_SHARED();
    const QString dir = SaldoTest::sharedDir() + QStringLiteral("/samples/small/");
    CHECK(detectFile(dir + QStringLiteral("statement.camt053.xml")) == StatementFormat::Camt053);
    CHECK(detectFile(dir + QStringLiteral("statement.mt940")) == StatementFormat::Mt940);
    CHECK(detectFile(dir + QStringLiteral("statement.gpc")) == StatementFormat::Gpc);
    CHECK(detectFile(dir + QStringLiteral("statement.csv")) == StatementFormat::Csv);
    // Files that are no statement.
    CHECK(detectFile(dir + QStringLiteral("invoices.csv")) == StatementFormat::Auto);
    CHECK(detectFile(dir + QStringLiteral("summary.json")) == StatementFormat::Auto);
}

TEST_CASE("detection: our own fixtures", "[detection]")
{
    const QString data = SaldoTest::dataDir();
    for (const QString &name :
         { QStringLiteral("kb-internal-order.gpc"), QStringLiteral("storno-two-statements.gpc"),
           QStringLiteral("error-bad-amount.gpc") })
        CHECK(detectFile(data + QStringLiteral("/gpc/") + name) == StatementFormat::Gpc);
    for (const QString &name :
         { QStringLiteral("generic-rfc4180.csv"), QStringLiteral("tatra-banka.csv"),
           QStringLiteral("slsp-george.csv"), QStringLiteral("dsk-bank.csv"),
           QStringLiteral("dnb.csv"), QStringLiteral("csob-cz.csv"),
           QStringLiteral("fio-metadata.csv") })
        CHECK(detectFile(data + QStringLiteral("/csv/") + name) == StatementFormat::Csv);
    // Positional profiles are chosen by hand; a CSV no profile knows is CSV only by preference.
    CHECK(detectFile(data + QStringLiteral("/csv/vub-positional.csv")) == StatementFormat::Auto);
    CHECK(detectFile(data + QStringLiteral("/csv/unknown-layout.csv")) == StatementFormat::Auto);
    CHECK(detectFile(data + QStringLiteral("/csv/unknown-layout.csv"), StatementFormat::Csv)
          == StatementFormat::Csv);
}

TEST_CASE("detection: heads of each kind", "[detection]")
{
    CHECK(detectFormat("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                       "camt.052.001.02\"><BkToCstmrAcctRpt>")
          == StatementFormat::Camt052);
    CHECK(detectFormat("<Document><BkToCstmrDbtCdtNtfctn>") == StatementFormat::Camt054);
    CHECK(detectFormat("<Document><camt:BkToCstmrStmt>") == StatementFormat::Camt053);
    CHECK(detectFormat("\xEF\xBB\xBF<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\"?><OFX>")
          == StatementFormat::Ofx);
    CHECK(detectFormat("OFXHEADER:100\r\nDATA:OFXSGML\r\n") == StatementFormat::Ofx);
    CHECK(detectFormat("<OFX><SIGNONMSGSRSV1>") == StatementFormat::Ofx);
    CHECK(detectFormat("{1:F01ABCDEFGHXXXX0000000000}{2:I940}{4:\r\n:20:X\r\n")
          == StatementFormat::Mt940);
    CHECK(detectFormat("Prose before the message\r\n:20:REF\r\n:25:123\r\n:28C:1/1\r\n")
          == StatementFormat::Mt940);
    CHECK(detectFormat("074" + QByteArray(125, '0')) == StatementFormat::Gpc);
    CHECK(detectFormat("") == StatementFormat::Auto);
    CHECK(detectFormat("\r\n  \r\n") == StatementFormat::Auto);
    CHECK(detectFormat("just some text") == StatementFormat::Auto);
    CHECK(detectFormat("<html><body>no statement</body></html>") == StatementFormat::Auto);
    // `preferred` decides only between formats that fit.
    CHECK(detectFormat("just some text", StatementFormat::Gpc) == StatementFormat::Auto);
    CHECK(detectFormat(":20:REF\r\n:25:123\r\n", StatementFormat::Camt053)
          == StatementFormat::Mt940);
    // A file that starts with a tag is MT940 whatever is preferred.
    CHECK(detectFormat("  :20:REF;a;b\r\n:25:123;c;d\r\n1;2;3\r\n", StatementFormat::Csv)
          == StatementFormat::Mt940);
}
