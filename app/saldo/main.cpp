// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// saldo [--ledger PATH] [--user NAME] [--lang CODE] [--section NAME] [--edit-line LINE] [FILE...]:
// the desktop app.
// Everything but the command line, the translations and the style lives in saldo_ui.
#include "import/importpage.h"
#include "import/statementssection.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>

namespace {

/// The same default as saldo-cli: $SALDO_LEDGER, else ledger.saldo in the app-data folder.
QString defaultLedgerPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return qEnvironmentVariable("SALDO_LEDGER", QDir(dir).filePath(QStringLiteral("ledger.saldo")));
}

QString defaultUser()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("user");
}

/// --lang is needed before the parser's own texts are made, so it is looked for by hand.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="))
            return arg.mid(7);
    }
    return {};
}

/// The platform's own style where it has one (Windows, macOS, a KDE or GNOME theme); Fusion
/// instead of the bare fallback that Qt uses where there is none.
void chooseStyle()
{
    const QString name = QApplication::style()->name();
    if (name.compare(u"windows", Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
}

/// Opens the ledger the command line names. The default ledger is created when missing; a
/// missing ledger named with --ledger is created only when the bookkeeper says so (a typo in a
/// path should not make a new, empty set of books).
void openStartLedger(Saldo::MainWindow &window, const QString &path, bool isDefault)
{
    using Mode = Saldo::Ledger::OpenMode;
    Mode mode = Mode::Existing;
    if (isDefault) {
        mode = Mode::CreateOrUpgrade;
    } else if (!QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            &window, QCoreApplication::translate("main", "Saldo"),
            QCoreApplication::translate("main",
                                        "There is no ledger at %1. Create a new, "
                                        "empty ledger there?")
                .arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes)
            return;
        mode = Mode::CreateOrUpgrade;
    }
    const Saldo::Status status = window.openLedger(path, mode);
    if (!status)
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Saldo"), status.error());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Saldo"));
    QCoreApplication::setApplicationName(QStringLiteral("Saldo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALDO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Saldo"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.saldo.Saldo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/saldo.svg")));
    chooseStyle();

    const QString language = languageArgument(QCoreApplication::arguments());
    Saldo::Language::install(language.isEmpty() ? Saldo::Language::preferred() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Bank statements paired with invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption ledgerOption(
        QStringLiteral("ledger"),
        QCoreApplication::translate("main", "The ledger file to open (default: %1).")
            .arg(QDir::toNativeSeparators(defaultLedgerPath())),
        QCoreApplication::translate("main", "PATH"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Who works, for the audit log (default: %1).")
            .arg(defaultUser()),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "The language of the user interface: en, sk, "
                                    "cs, bg or nb (default: the system's)."),
        QCoreApplication::translate("main", "CODE"));
    QStringList sectionKeys;
    for (Saldo::Section section : Saldo::Sections::all())
        sectionKeys.append(Saldo::Sections::key(section));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QCoreApplication::translate("main",
                                    "The section to show first: %1 (default: the "
                                    "one shown last).")
            .arg(sectionKeys.join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption editLineOption(
        QStringLiteral("edit-line"),
        QCoreApplication::translate("main",
                                    "Once FILE is read, open the edit dialog of its row LINE "
                                    "(for demos and screenshots)."),
        QCoreApplication::translate("main", "LINE"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QCoreApplication::translate("main", "Open the stored statement import ID."),
        QCoreApplication::translate("main", "ID"));
    parser.addOptions(
        { ledgerOption, userOption, langOption, sectionOption, editLineOption, importOption });
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main",
                                    "Bank statement files to import: the first is read at "
                                    "once into the account its statement names."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    std::optional<Saldo::Section> section;
    if (parser.isSet(sectionOption)) {
        section = Saldo::Sections::fromKey(parser.value(sectionOption));
        if (!section) {
            qCritical(
                "%s",
                qPrintable(
                    QCoreApplication::translate("main", "Unknown section %1; one of: %2.")
                        .arg(parser.value(sectionOption), sectionKeys.join(QStringLiteral(", ")))));
            return 2;
        }
    }

    Saldo::MainWindow window;
    if (section)
        window.setCurrentSection(*section);
    window.setUser(parser.isSet(userOption) ? parser.value(userOption) : defaultUser());
    window.show();
    const bool isDefault = !parser.isSet(ledgerOption);
    openStartLedger(window, isDefault ? defaultLedgerPath() : parser.value(ledgerOption),
                    isDefault);
    window.openFiles(parser.positionalArguments());
    Saldo::StatementsSection *statements = window.statementsSection();
    if (const qint64 importId = parser.value(importOption).toLongLong(); importId > 0) {
        window.setCurrentSection(Saldo::Section::BankStatements);
        statements->openImport(importId);
    }
    if (!parser.positionalArguments().isEmpty() && statements->isShowingPage()) {
        Saldo::ImportPage *page = statements->page();
        const int editLine = parser.value(editLineOption).toInt();
        if (editLine > 0) {
            QObject::connect(
                page, &Saldo::ImportPage::readFinished, page, [page, editLine](qint64 importId) {
                    if (importId != 0)
                        QTimer::singleShot(0, page, [page, editLine] { page->editRow(editLine); });
                });
        }
        page->readFile();
    }
    return app.exec();
}
