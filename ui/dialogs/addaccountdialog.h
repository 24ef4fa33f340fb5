// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ownaccount.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Saldo {

class Ledger;

/// Adds one of the firm's own bank accounts to the ledger: IBAN (checked as it is typed), a
/// name, and the currency (suggested from the IBAN's country).
class AddAccountDialog : public QDialog
{
    Q_OBJECT
public:
    /// `ledger` must be open on this thread and outlive the dialog.
    explicit AddAccountDialog(Ledger &ledger, QWidget *parent = nullptr);

    /// The account stored by accept(); empty before.
    const OwnAccount &account() const { return m_account; }

    void accept() override;

private:
    void validate();

    Ledger &m_ledger;
    OwnAccount m_account;
    QLineEdit *m_iban;
    QLabel *m_ibanNote;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_currencyTouched = false;
};

} // namespace Saldo
