// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "language.h"
#include "ledger/settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Saldo {

SettingsDialog::SettingsDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    const auto settings = SettingsRepository(m_ledger).all();
    if (settings) {
        for (const auto &[key, value] : *settings)
            addSetting(key, value);
    } else {
        auto *error = new QLabel(settings.error(), this);
        error->setWordWrap(true);
        m_tabs->addTab(error, tr("Ledger"));
    }
    addLanguageTab();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::tabPage(SettingsTab tab)
{
    QWidget *&page = m_pages[tab];
    if (!page) {
        page = new QWidget;
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        // Tabs in SCREENS.md's order, whatever order the settings come in.
        int index = 0;
        for (auto it = m_pages.cbegin(); it != m_pages.cend() && it.key() < tab; ++it)
            ++index;
        m_tabs->insertTab(index, page, SettingTexts::tabTitle(tab));
    }
    return page;
}

void SettingsDialog::addSetting(const QString &key, const QString &value)
{
    const SettingDefinition *definition = SettingsRepository::definition(key);
    if (!definition)
        return;
    const SettingText text = SettingTexts::of(key);
    auto *form = static_cast<QFormLayout *>(tabPage(text.tab)->layout());
    m_loaded.insert(key, value);
    switch (definition->type) {
    case SettingType::Bool: {
        auto *box = new QCheckBox(text.label);
        box->setChecked(value == u"true");
        box->setToolTip(text.toolTip);
        form->addRow(box);
        m_editors.insert(key, [box] {
            return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        });
        break;
    }
    case SettingType::Choice: {
        auto *combo = new QComboBox;
        for (const QString &choice : definition->choices)
            combo->addItem(SettingTexts::choice(key, choice), choice);
        combo->setCurrentIndex(combo->findData(value));
        combo->setToolTip(text.toolTip);
        form->addRow(text.label + QLatin1Char(':'), combo);
        m_editors.insert(key, [combo] { return combo->currentData().toString(); });
        break;
    }
    case SettingType::Text: {
        auto *edit = new QLineEdit(value);
        edit->setToolTip(text.toolTip);
        form->addRow(text.label + QLatin1Char(':'), edit);
        m_editors.insert(key, [edit] { return edit->text().trimmed(); });
        break;
    }
    }
}

void SettingsDialog::addLanguageTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    for (const Language &language : Language::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::preferred())));
    m_language->setToolTip(tr("The language of Saldo's windows on this computer."));
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("Takes effect when Saldo starts again."), page);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    m_tabs->addTab(page, tr("Language"));
}

void SettingsDialog::accept()
{
    SettingsRepository settings(m_ledger);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = it.value()();
        if (value == m_loaded.value(it.key()))
            continue;
        const Status status = settings.setValue(it.key(), value);
        if (!status) {
            QMessageBox::warning(this, tr("Settings"), status.error());
            return;
        }
        m_loaded.insert(it.key(), value);
    }
    Language::setPreferred(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace Saldo
