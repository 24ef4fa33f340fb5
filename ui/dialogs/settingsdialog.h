// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingtexts.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QComboBox;
class QTabWidget;

namespace Saldo {

class Ledger;

/// The ledger's settings (what Saldo does to the books: pairing, paid flag, accountant ...)
/// grouped in tabs, each with a tooltip saying what it changes; and the language of the
/// program, which is this computer's choice, not the ledger's.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `ledger` must be open on this thread and outlive the dialog.
    explicit SettingsDialog(Ledger &ledger, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *tabPage(SettingsTab tab);
    void addSetting(const QString &key, const QString &value);
    void addLanguageTab();

    Ledger &m_ledger;
    QTabWidget *m_tabs;
    QMap<SettingsTab, QWidget *> m_pages;
    QMap<QString, QString> m_loaded; ///< key → value as read
    QMap<QString, std::function<QString()>> m_editors; ///< key → the value on screen
    QComboBox *m_language = nullptr;
};

} // namespace Saldo
