// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "dialogs/addaccountdialog.h"
#include "import/statementssection.h"
#include "ledgerloader.h"
#include "models/accounttablemodel.h"
#include "models/auditlogmodel.h"
#include "models/counterpartytablemodel.h"
#include "models/invoicetablemodel.h"
#include "views/auditlogview.h"
#include "views/bankaccountsview.h"
#include "views/counterpartiesview.h"
#include "views/invoicesview.h"
#include "views/overviewview.h"
#include "views/settingsview.h"
#include "widgets/datatableview.h"
#include "widgets/emptystate.h"
#include "widgets/sectionlist.h"

#include "ledger/settingsrepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace Saldo {

namespace {

QString ledgerFilter()
{
    return MainWindow::tr("Saldo ledgers (*.saldo);;All files (*)");
}

/// The firm's name as the ledger's settings know it, when this build has such a setting.
QString firmNameOf(Ledger &ledger)
{
    const QString key = QStringLiteral("firm.name");
    if (!SettingsRepository::definition(key))
        return {};
    const Result<QString> name = SettingsRepository(ledger).value(key);
    return name ? name->trimmed() : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_invoiceModel(new InvoiceTableModel(this))
    , m_accountModel(new AccountTableModel(this))
    , m_counterpartyModel(new CounterpartyTableModel(this))
    , m_auditModel(new AuditLogModel(this))
    , m_loader(new LedgerLoader(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_invoiceModel->setInvoices({}, QDate::currentDate());
    createActions();
    createSections();
    createMenus();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("ledgerStatus"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("Reading invoices: %p %"));
    // Wide enough for its text at 100 % in any language: the status bar gives a permanent widget
    // only its size hint, and the text wrapped onto two cut lines.
    QString widest = m_progress->format();
    widest.replace(QLatin1String("%p"), QLatin1String("100"));
    m_progress->setFixedWidth(fontMetrics().horizontalAdvance(widest)
                              + 4 * fontMetrics().averageCharWidth());
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    connect(m_loader, &LedgerLoader::finished, this, &MainWindow::onSnapshot);
    connect(m_loader, &LedgerLoader::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });

    // Invoices fall overdue at midnight without anything else changing.
    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &MainWindow::checkToday);
    m_dayTimer->start();

    if (!restoreGeometry(m_preferences.mainWindowGeometry))
        placeByDefault();
    restoreState(m_preferences.mainWindowState);
    m_invoicesView->restoreHeaderState(m_preferences.invoiceColumns);
    const int last = m_preferences.lastSection;
    setCurrentSection(last >= 0 && last < Sections::all().size() ? Sections::all().at(last)
                                                                 : Section::Overview);
    updateStatus();
    updateActions();
    m_sectionList->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::placeByDefault()
{
    // Tables are the product: the window takes what the screen has. Below about 1500 × 950 (a
    // laptop) that is the whole screen; on a big monitor a large window leaves room for the
    // bank's web page or a PDF beside it.
    const QSize preferred(1400, 880);
    const QRect available = screen()->availableGeometry();
    if (available.width() < preferred.width() + 100
        || available.height() < preferred.height() + 70) {
        setGeometry(available);
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    resize(preferred);
    move(available.center() - QPoint(preferred.width() / 2, preferred.height() / 2));
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Ledger…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create an empty ledger file, e.g. one for each firm"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newLedger);

    m_openAction = new QAction(tr("&Open Ledger…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openLedgerDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_reloadAction = new QAction(tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Read the ledger again, e.g. after saldo-cli changed it"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_addAccountAction = new QAction(tr("&Add Bank Account…"), this);
    m_addAccountAction->setToolTip(tr("Add one of the firm's own bank accounts by its IBAN"));
    connect(m_addAccountAction, &QAction::triggered, this, &MainWindow::addBankAccount);

    m_settingsAction = new QAction(tr("&Settings"), this);
    // Ctrl+, where the platform has no Preferences key of its own (Linux, Windows).
    m_settingsAction->setShortcuts(
        { QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    m_settingsAction->setToolTip(tr("Show the ledger's settings and the language"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this,
            [this] { setCurrentSection(Section::Settings); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_statementsSection->newImportAction());
    file->addSeparator();
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_sectionActions = new QActionGroup(this);
    int number = 1;
    for (Section section : Sections::all()) {
        QAction *action = view->addAction(Sections::title(section));
        action->setCheckable(true);
        action->setData(int(section));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_sectionActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, section] { setCurrentSection(section); });
    }
    view->addSeparator();
    view->addAction(m_reloadAction);

    QMenu *bank = menuBar()->addMenu(tr("&Bank"));
    bank->addAction(m_addAccountAction);
    createInvoiceMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Saldo"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createSections()
{
    m_sectionList = new SectionList;
    m_stack = new QStackedWidget;
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("sectionSplitter"));
    splitter->addWidget(m_sectionList);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_overviewView = new OverviewView(m_invoiceModel, m_accountModel);
    m_invoicesView = new InvoicesView(m_invoiceModel);
    m_bankAccountsView = new BankAccountsView(m_accountModel);
    m_counterpartiesView = new CounterpartiesView(m_counterpartyModel);
    m_auditLogView = new AuditLogView(m_auditModel);
    m_settingsView = new SettingsView;
    m_bankAccountsView->emptyState()->setAction(m_addAccountAction);
    m_bankAccountsView->addHeaderAction(m_addAccountAction);
    m_overviewView->emptyState()->setAction(m_addAccountAction);

    addSection(Section::Overview, m_overviewView);
    m_statementsSection = new StatementsSection;
    connect(m_statementsSection->newImportAction(), &QAction::triggered, this,
            [this] { setCurrentSection(Section::BankStatements); });
    addSection(Section::BankStatements, m_statementsSection);
    addSection(Section::BankAccounts, m_bankAccountsView);
    addSection(Section::Invoices, m_invoicesView);
    addSection(Section::Counterparties, m_counterpartiesView);
    addSection(Section::PaymentOrders,
               new EmptyState(tr("No payment orders yet"),
                              tr("Payment orders for the invoices you received will be listed "
                                 "here, ready for the bank as SEPA (pain.001) or ABO files. "
                                 "Creating them comes with a later version of Saldo.")));
    addSection(Section::Outbox,
               new EmptyState(tr("The outbox is empty"),
                              tr("Documents waiting to be sent to your accountant's inbox will be "
                                 "listed here, with any changes made since they were sent. "
                                 "Sending comes with a later version of Saldo.")));
    addSection(Section::AuditLog, m_auditLogView);
    addSection(Section::Settings, m_settingsView);
    connect(m_settingsView, &SettingsView::applied, this, [this] {
        if (m_ledger)
            m_firmName = firmNameOf(*m_ledger);
        updateStatus();
    });

    connect(m_sectionList, &SectionList::currentSectionChanged, this,
            &MainWindow::setCurrentSection);
    connect(m_overviewView, &OverviewView::sectionRequested, this, &MainWindow::setCurrentSection);
    connect(m_overviewView, &OverviewView::invoicesRequested, this,
            [this](InvoiceFilterModel::Status status, InvoiceFilterModel::Kind kind) {
                m_invoicesView->setFilter(status, kind);
                setCurrentSection(Section::Invoices);
            });
}

void MainWindow::addSection(Section section, QWidget *widget)
{
    m_sectionWidgets.insert(section, widget);
    m_stack->addWidget(widget);
}

Section MainWindow::currentSection() const
{
    return m_sectionList->currentSection();
}

void MainWindow::setCurrentSection(Section section)
{
    QWidget *widget = m_sectionWidgets.value(section);
    if (!widget)
        return;
    m_stack->setCurrentWidget(widget);
    if (m_sectionList->currentSection() != section)
        m_sectionList->setCurrentSection(section);
    for (QAction *action : m_sectionActions->actions()) {
        if (action->data().toInt() == int(section))
            action->setChecked(true);
    }
}

void MainWindow::setUser(const QString &user)
{
    m_user = user;
    if (m_ledger)
        m_ledger->setUser(user);
    updateStatus();
}

Status MainWindow::openLedger(const QString &path, Ledger::OpenMode mode)
{
    auto opened = Ledger::open(path, mode);
    if (!opened) {
        m_preferences.removeRecentLedger(path);
        return Error { opened.error() };
    }
    m_ledger = std::move(opened).value();
    m_ledger->setUser(m_user);
    m_firmName = firmNameOf(*m_ledger);
    m_settingsView->setLedger(m_ledger.get());
    m_statementsSection->setLedger(m_ledger.get());
    m_preferences.addRecentLedger(path);
    updateStatus();
    updateActions();
    reload();
    return Status::success();
}

QString MainWindow::ledgerPath() const
{
    return m_ledger ? m_ledger->path() : QString();
}

void MainWindow::openFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    setCurrentSection(Section::BankStatements);
    if (!m_ledger) {
        statusBar()->showMessage(tr("Open a ledger to import statements into."));
        return;
    }
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());
    m_statementsSection->newImport(absolute);
}

void MainWindow::reload()
{
    if (!m_ledger)
        return;
    setLoading(true);
    m_loader->load(m_ledger->path());
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::setLoading(bool loading)
{
    m_invoicesView->setLoading(loading);
    m_bankAccountsView->setLoading(loading);
    m_counterpartiesView->setLoading(loading);
    m_auditLogView->setLoading(loading);
    m_progress->setVisible(loading);
    m_progress->setRange(0, 0);
    updateActions();
}

void MainWindow::updateActions()
{
    // Without a ledger there is nothing to reload or add to: the actions say so by being off.
    const bool open = m_ledger != nullptr;
    m_reloadAction->setEnabled(open && !isLoading());
    m_addAccountAction->setEnabled(open);
}

void MainWindow::onSnapshot(const LedgerSnapshot &snapshot)
{
    setLoading(false);
    if (!snapshot.error.isEmpty()) {
        statusBar()->showMessage(tr("Could not read the ledger: %1").arg(snapshot.error));
        Q_EMIT ledgerLoaded(snapshot.error);
        return;
    }
    m_accountModel->setAccounts(snapshot.accounts);
    m_counterpartyModel->setCounterparties(snapshot.counterparties);
    m_auditModel->setEntries(snapshot.auditEntries);
    m_invoiceModel->setInvoices(snapshot.invoices, QDate::currentDate());
    m_statementsSection->reloadList();
    Q_EMIT ledgerLoaded(QString());
}

QString MainWindow::ledgerStatusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_ledger) {
        m_statusLabel->setText(tr("No ledger open · user: %1").arg(m_user));
        setWindowTitle(tr("Saldo"));
        return;
    }
    const QString file = QDir::toNativeSeparators(m_ledger->path());
    if (m_firmName.isEmpty()) {
        m_statusLabel->setText(tr("Ledger: %1 · user: %2").arg(file, m_user));
        setWindowTitle(tr("%1 – Saldo").arg(QFileInfo(file).fileName()));
    } else {
        m_statusLabel->setText(tr("Firm: %1 · %2 · user: %3").arg(m_firmName, file, m_user));
        setWindowTitle(tr("%1 – Saldo").arg(m_firmName));
    }
}

void MainWindow::newLedger()
{
    if (!settleSettings())
        return;
    QString path
        = QFileDialog::getSaveFileName(this, tr("New Ledger"), QDir::homePath(), ledgerFilter(),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".saldo");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Ledger"),
                             tr("%1 already exists. Choose another name, or open it with "
                                "File → Open Ledger.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const Status status = openLedger(path, Ledger::OpenMode::CreateOrUpgrade);
    if (!status)
        QMessageBox::warning(this, tr("New Ledger"), status.error());
}

void MainWindow::openLedgerDialog()
{
    if (!settleSettings())
        return;
    const QString start = m_ledger ? QFileInfo(m_ledger->path()).absolutePath() : QDir::homePath();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Ledger"), start, ledgerFilter());
    if (!path.isEmpty())
        openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    if (!settleSettings())
        return;
    const Status status = openLedger(path, Ledger::OpenMode::Existing);
    if (!status)
        QMessageBox::warning(this, tr("Open Ledger"), status.error());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_preferences.recentLedgers;
    int number = 1;
    for (const QString &path : recent) {
        const QFileInfo info(path);
        // "&1 demo.saldo (/home/jana/Firms)": the name first, the folder to tell twins apart.
        const QString text
            = tr("&%1 %2 (%3)")
                  .arg(number++)
                  .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent ledgers"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this,
                            [this] { m_preferences.recentLedgers.set({}); });
}

void MainWindow::addBankAccount()
{
    if (!m_ledger)
        return;
    AddAccountDialog dialog(*m_ledger, this);
    if (dialog.exec() == QDialog::Accepted) {
        setCurrentSection(Section::BankAccounts);
        reload();
    }
}

void MainWindow::createInvoiceMenu()
{
    using Status = InvoiceFilterModel::Status;
    QMenu *invoices = menuBar()->addMenu(tr("&Invoices"));
    const struct
    {
        QString text;
        Status status;
        QKeySequence shortcut;
    } entries[] = {
        { tr("&All Invoices"), Status::All, {} },
        { tr("&Open Invoices"), Status::Open, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
        { tr("O&verdue Invoices"), Status::Overdue,
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) },
        { tr("&Paid Invoices"), Status::Paid, {} },
    };
    for (const auto &entry : entries) {
        QAction *action = invoices->addAction(
            entry.text, this, [this, status = entry.status] { showInvoices(status); });
        action->setShortcut(entry.shortcut);
    }
}

void MainWindow::showInvoices(InvoiceFilterModel::Status status)
{
    m_invoicesView->setFilter(status, InvoiceFilterModel::Kind::All);
    setCurrentSection(Section::Invoices);
    m_invoicesView->table()->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::settleSettings()
{
    if (!m_settingsView->hasUnappliedChanges())
        return true;
    setCurrentSection(Section::Settings);
    const auto answer = QMessageBox::question(
        this, tr("Settings"), tr("Some settings were changed but not applied. Apply them?"),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Apply)
        return m_settingsView->apply();
    m_settingsView->revert();
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Saldo"),
        tr("<h3>Saldo %1</h3>"
           "<p>Bank statements paired with invoices: imports your bank's statements and "
           "pairs every payment with the invoice it settles.</p>"
           "<p>Copyright © 2026 The Saldo authors. Saldo is free software under the GNU "
           "General Public License, version 3 or (at your option) any later version; it "
           "comes with no warranty.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::checkToday()
{
    m_invoiceModel->setToday(QDate::currentDate());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleSettings()) {
        event->ignore();
        return;
    }
    m_preferences.mainWindowGeometry = saveGeometry();
    m_preferences.mainWindowState = saveState();
    m_preferences.invoiceColumns = m_invoicesView->headerState();
    m_preferences.lastSection = int(Sections::all().indexOf(currentSection()));
    m_loader->cancel();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // A theme switch (light ↔ dark) changes the status colours: let the views draw anew.
    if (event->type() == QEvent::PaletteChange)
        m_invoiceModel->refreshColours();
    QMainWindow::changeEvent(event);
}

} // namespace Saldo
