// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Saldo {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_message->setAlignment(Qt::AlignHCenter);
    m_message->setWordWrap(true);
    m_message->setMaximumWidth(m_message->fontMetrics().averageCharWidth() * 70);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    connect(m_message, &QLabel::linkActivated, this, &EmptyState::linkActivated);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->trigger();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    // Centred by stretches, not by an alignment flag: an aligned item gets its one-line size
    // hint, and a wrapped message would be cut after the first line.
    auto *messageRow = new QHBoxLayout;
    messageRow->addStretch(1);
    messageRow->addWidget(m_message, 4);
    messageRow->addStretch(1);
    layout->addLayout(messageRow);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

EmptyState::EmptyState(const QString &title, const QString &message, QWidget *parent)
    : EmptyState(parent)
{
    setTitle(title);
    setMessage(message);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString EmptyState::message() const
{
    return m_message->text();
}

void EmptyState::setAction(QAction *action)
{
    if (m_action)
        disconnect(m_action, nullptr, this, nullptr);
    m_action = action;
    if (m_action)
        connect(m_action, &QAction::changed, this, &EmptyState::syncButton);
    syncButton();
}

void EmptyState::syncButton()
{
    m_button->setVisible(m_action && m_action->isVisible());
    if (!m_action)
        return;
    m_button->setText(m_action->text());
    m_button->setIcon(m_action->icon());
    m_button->setEnabled(m_action->isEnabled());
    m_button->setToolTip(m_action->toolTip());
}

} // namespace Saldo
