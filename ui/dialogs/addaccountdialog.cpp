// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addaccountdialog.h"

#include "ledger/accountrepository.h"
#include "models/banknames.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Saldo {

namespace {

/// The currency most accounts of a country hold; the bookkeeper can pick another.
QString usualCurrency(const QString &country)
{
    if (country == u"CZ")
        return QStringLiteral("CZK");
    if (country == u"NO")
        return QStringLiteral("NOK");
    if (country == u"HU")
        return QStringLiteral("HUF");
    if (country == u"PL")
        return QStringLiteral("PLN");
    return QStringLiteral("EUR"); // SK, and BG since 2026
}

} // namespace

AddAccountDialog::AddAccountDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_iban(new QLineEdit(this))
    , m_ibanNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Bank Account"));
    setObjectName(QStringLiteral("addAccountDialog"));
    m_iban->setObjectName(QStringLiteral("ibanEdit"));
    m_ibanNote->setObjectName(QStringLiteral("ibanNote"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_error->setObjectName(QStringLiteral("addAccountError"));
    m_iban->setPlaceholderText(tr("SK31 1200 0000 1987 4263 7541"));
    m_iban->setMinimumWidth(m_iban->fontMetrics().averageCharWidth() * 42);
    m_ibanNote->setForegroundRole(QPalette::PlaceholderText);
    m_name->setPlaceholderText(tr("e.g. Current account EUR"));
    m_currency->setEditable(true);
    m_currency->addItems({ QStringLiteral("EUR"), QStringLiteral("CZK"), QStringLiteral("BGN"),
                           QStringLiteral("NOK"), QStringLiteral("HUF"), QStringLiteral("PLN"),
                           QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF") });
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::color(Tone::Negative, errorPalette));
    m_error->setPalette(errorPalette);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *form = new QFormLayout;
    form->addRow(tr("&IBAN:"), m_iban);
    form->addRow(QString(), m_ibanNote);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_iban, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] {
        m_currencyTouched = m_currency->hasFocus() || m_currencyTouched;
        validate();
    });
    validate();
}

void AddAccountDialog::validate()
{
    const QString ibanText = m_iban->text().trimmed();
    const Result<Iban> iban = Iban::parse(ibanText);
    if (ibanText.isEmpty()) {
        m_ibanNote->setText(tr("The account's IBAN, as on the bank statement."));
    } else if (!iban) {
        m_ibanNote->setText(iban.error());
    } else {
        const QString bank = bankName(*iban);
        m_ibanNote->setText(bank.isEmpty() ? tr("Valid IBAN.") : tr("Valid IBAN at %1.").arg(bank));
        if (!m_currencyTouched)
            m_currency->setCurrentText(usualCurrency(iban->countryCode()));
    }
    const bool currencyOk = Currency::fromCode(m_currency->currentText()).ok();
    const bool ok = iban.ok() && !m_name->text().trimmed().isEmpty() && currencyOk;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void AddAccountDialog::accept()
{
    const Result<Iban> iban = Iban::parse(m_iban->text());
    const Result<Currency> currency = Currency::fromCode(m_currency->currentText());
    if (!iban || !currency)
        return;
    OwnAccount account;
    account.iban = *iban;
    account.name = m_name->text().trimmed();
    account.currency = *currency;
    const Result<OwnAccount> stored = AccountRepository(m_ledger).add(account);
    if (!stored) {
        m_error->setText(stored.error());
        m_error->show();
        return;
    }
    m_account = *stored;
    QDialog::accept();
}

} // namespace Saldo
