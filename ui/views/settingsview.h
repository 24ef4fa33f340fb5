// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/settingtexts.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Saldo {

class Ledger;

/// The Settings section: the open ledger's settings (what Saldo does to the books: pairing,
/// payment orders, paid flag, accountant ...) in tabs, each with a tooltip saying what it
/// changes, and the language of the program, which is this computer's choice, not the ledger's.
///
/// A section rather than a modal dialog, so that the bookkeeper can look up an invoice while
/// deciding a setting. Edits wait for Apply; Revert puts back what is stored.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(QWidget *parent = nullptr);

    /// Shows the settings of `ledger` (nullptr: no ledger open), dropping unapplied edits.
    /// The ledger must be open on this thread and stay open until the next setLedger().
    void setLedger(Ledger *ledger);

    bool hasUnappliedChanges() const;
    /// Stores the edited settings. On a refusal the message is shown, the rest stays unapplied
    /// and false is returned.
    bool apply();
    /// Puts every field back to the stored value.
    void revert();

    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    /// The ledger's settings were stored.
    void applied();

private:
    void rebuild();
    void clearTabs();
    QWidget *tabPage(SettingsTab tab);
    void addSetting(const QString &key, const QString &value);
    QWidget *createLanguagePage();
    void updateButtons();

    Ledger *m_ledger = nullptr;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QMap<SettingsTab, QWidget *> m_pages;
    QMap<QString, QString> m_stored; ///< key → value as read or last applied
    QMap<QString, std::function<QString()>> m_values; ///< key → the value on screen
    QComboBox *m_language;
};

} // namespace Saldo
