// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "models/invoicefiltermodel.h"
#include "preferences.h"
#include "section.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTimer;

namespace Saldo {

class AccountTableModel;
class AuditLogModel;
class AuditLogView;
class BankAccountsView;
class CounterpartiesView;
class CounterpartyTableModel;
class InvoiceTableModel;
class InvoicesView;
class LedgerLoader;
class OverviewView;
class SectionList;
class SettingsView;
class StatementsSection;
struct LedgerSnapshot;

/// Saldo's main window: the section list on the left, the selected section on the right, the
/// open ledger and the user in the status bar (SCREENS.md, "Main window").
///
/// The window keeps one ledger connection on the GUI thread for the few bounded writes it makes
/// (adding a bank account, settings); everything the views list is read on a worker thread by a
/// LedgerLoader with its own connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Who works: written into the ledger's audit log and shown in the status bar.
    void setUser(const QString &user);
    const QString &user() const { return m_user; }

    /// Opens (and with CreateOrUpgrade creates) the ledger at `path`, then reads it in the
    /// background; ledgerLoaded() follows. On failure the previous ledger stays open.
    Status openLedger(const QString &path, Ledger::OpenMode mode = Ledger::OpenMode::Existing);
    /// Reads the open ledger again (after saldo-cli or another window changed it).
    void reload();
    QString ledgerPath() const;
    /// Statement files named on the command line (or opened with Saldo): a new import of
    /// them in the Bank statements section.
    void openFiles(const QStringList &files);
    bool isLoading() const;

    Section currentSection() const;
    void setCurrentSection(Section section);
    /// Where the window opens when no size and place were saved: maximized on a laptop-sized
    /// screen, otherwise a large window centred on the screen.
    void placeByDefault();
    QWidget *sectionWidget(Section section) const { return m_sectionWidgets.value(section); }

    InvoiceTableModel *invoiceModel() const { return m_invoiceModel; }
    InvoicesView *invoicesView() const { return m_invoicesView; }
    OverviewView *overviewView() const { return m_overviewView; }
    SettingsView *settingsView() const { return m_settingsView; }
    StatementsSection *statementsSection() const { return m_statementsSection; }
    SectionList *sectionList() const { return m_sectionList; }
    /// The status bar's ledger text: "Firm: … · file · user: …".
    QString ledgerStatusText() const;

Q_SIGNALS:
    /// The views show the ledger's contents (or `error` says why they could not be read).
    void ledgerLoaded(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createInvoiceMenu();
    void createSections();
    void addSection(Section section, QWidget *widget);
    void updateRecentMenu();
    void updateStatus();
    void onSnapshot(const LedgerSnapshot &snapshot);
    void setLoading(bool loading);
    void newLedger();
    void openLedgerDialog();
    void openRecent(const QString &path);
    void addBankAccount();
    void showInvoices(InvoiceFilterModel::Status status);
    void updateActions();
    /// Before the ledger goes away (another ledger opened, window closed): asks what to do
    /// with settings edited but not applied. False: the bookkeeper cancelled.
    bool settleSettings();
    void about();
    void checkToday();

    Preferences m_preferences;
    std::unique_ptr<Ledger> m_ledger;
    QString m_user;
    QString m_firmName;

    InvoiceTableModel *m_invoiceModel;
    AccountTableModel *m_accountModel;
    CounterpartyTableModel *m_counterpartyModel;
    AuditLogModel *m_auditModel;
    LedgerLoader *m_loader;

    SectionList *m_sectionList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMap<Section, QWidget *> m_sectionWidgets;
    OverviewView *m_overviewView = nullptr;
    InvoicesView *m_invoicesView = nullptr;
    BankAccountsView *m_bankAccountsView = nullptr;
    CounterpartiesView *m_counterpartiesView = nullptr;
    AuditLogView *m_auditLogView = nullptr;
    SettingsView *m_settingsView = nullptr;
    StatementsSection *m_statementsSection = nullptr;

    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_dayTimer = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QActionGroup *m_sectionActions = nullptr;
};

} // namespace Saldo
