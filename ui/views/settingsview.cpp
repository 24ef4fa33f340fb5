// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsview.h"

#include "language.h"
#include "ledger/settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Saldo {

SettingsView::SettingsView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsView"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("settingsApply"));
    m_apply->setToolTip(tr("Store the changed settings"));
    m_revert->setToolTip(tr("Put back the settings as they are stored"));
    connect(m_apply, &QPushButton::clicked, this, &SettingsView::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsView::revert);

    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    for (const Language &language : Language::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setToolTip(tr("The language of Saldo's windows on this computer."));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsView::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    rebuild();
}

void SettingsView::setLedger(Ledger *ledger)
{
    m_ledger = ledger;
    rebuild();
}

void SettingsView::clearTabs()
{
    // The language page is kept: it belongs to this computer, not to the ledger.
    QWidget *languagePage = m_language->parentWidget();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (page != languagePage)
            delete page;
    }
    m_pages.clear();
    m_stored.clear();
    m_values.clear();
}

void SettingsView::rebuild()
{
    const int currentTab = m_tabs->currentIndex();
    QWidget *languagePage
        = m_language->parentWidget() != this ? m_language->parentWidget() : createLanguagePage();
    clearTabs();
    if (!m_ledger) {
        auto *none = new QLabel(tr("Open a ledger to see and change its settings."));
        none->setAlignment(Qt::AlignCenter);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_tabs->addTab(none, tr("Ledger"));
    } else if (const auto settings = SettingsRepository(*m_ledger).all(); !settings) {
        auto *error = new QLabel(settings.error());
        error->setWordWrap(true);
        m_tabs->addTab(error, tr("Ledger"));
    } else {
        for (const auto &[key, value] : *settings)
            addSetting(key, value);
    }
    m_tabs->addTab(languagePage, tr("Language"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::preferred())));
    if (currentTab >= 0 && currentTab < m_tabs->count())
        m_tabs->setCurrentIndex(currentTab);
    m_message->clear();
    updateButtons();
}

QWidget *SettingsView::createLanguagePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language->setParent(page);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("Takes effect when Saldo starts again."), page);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    return page;
}

QWidget *SettingsView::tabPage(SettingsTab tab)
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

void SettingsView::addSetting(const QString &key, const QString &value)
{
    const SettingDefinition *definition = SettingsRepository::definition(key);
    if (!definition)
        return;
    const SettingText text = SettingTexts::of(key);
    auto *form = static_cast<QFormLayout *>(tabPage(text.tab)->layout());
    m_stored.insert(key, value);
    switch (definition->type) {
    case SettingType::Bool: {
        auto *box = new QCheckBox(text.label);
        box->setChecked(value == u"true");
        box->setToolTip(text.toolTip);
        form->addRow(box);
        connect(box, &QCheckBox::toggled, this, &SettingsView::updateButtons);
        m_values.insert(key, [box] {
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
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsView::updateButtons);
        m_values.insert(key, [combo] { return combo->currentData().toString(); });
        break;
    }
    case SettingType::Text: {
        auto *edit = new QLineEdit(value);
        edit->setToolTip(text.toolTip);
        form->addRow(text.label + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textChanged, this, &SettingsView::updateButtons);
        m_values.insert(key, [edit] { return edit->text().trimmed(); });
        break;
    }
    }
}

bool SettingsView::hasUnappliedChanges() const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.value()() != m_stored.value(it.key()))
            return true;
    }
    return m_language->currentData().toString() != Language::preferred();
}

void SettingsView::updateButtons()
{
    const bool changed = hasUnappliedChanges();
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
    if (changed)
        m_message->setText(tr("Changes are stored when you click Apply."));
}

bool SettingsView::apply()
{
    bool ledgerChanged = false;
    if (m_ledger) {
        SettingsRepository settings(*m_ledger);
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            const QString value = it.value()();
            if (value == m_stored.value(it.key()))
                continue;
            const Status status = settings.setValue(it.key(), value);
            if (!status) {
                QMessageBox::warning(this, tr("Settings"), status.error());
                updateButtons();
                return false;
            }
            m_stored.insert(it.key(), value);
            ledgerChanged = true;
        }
    }
    const bool languageChanged = m_language->currentData().toString() != Language::preferred();
    Language::setPreferred(m_language->currentData().toString());
    updateButtons();
    m_message->setText(languageChanged ? tr("Stored. The new language shows when Saldo starts "
                                            "again.")
                                       : tr("Stored."));
    if (ledgerChanged)
        Q_EMIT applied();
    return true;
}

void SettingsView::revert()
{
    rebuild();
}

} // namespace Saldo
