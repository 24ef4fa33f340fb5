// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Saldo {

/// The tabs of the Settings section (SCREENS.md, "Settings").
enum class SettingsTab { Statements, PaymentOrders, PaidFlag, BankAccounts, Accountant, Other };

/// How the Settings section presents one ledger setting: its tab, a label and a one-line
/// tooltip saying what it changes. Keys it does not know (added by a later version) land on
/// the Other tab under their key.
struct SettingText
{
    SettingsTab tab = SettingsTab::Other;
    QString label;
    QString toolTip;
};

class SettingTexts
{
    Q_DECLARE_TR_FUNCTIONS(Saldo::SettingTexts)
public:
    static SettingText of(const QString &key);
    /// The words for one of a Choice setting's values ("line" → "The row's date").
    static QString choice(const QString &key, const QString &value);
    static QString tabTitle(SettingsTab tab);
};

} // namespace Saldo
