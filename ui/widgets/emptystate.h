// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace Saldo {

/// What an empty view shows instead of an empty table: a title, a sentence saying what will be
/// here, and, when there is one, a button for the one action that fills the view.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    EmptyState(const QString &title, const QString &message, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /// Plain text or simple rich text; links are reported by linkActivated().
    void setMessage(const QString &message);
    QString message() const;
    /// The action behind the button (its text, enabled state and tooltip are followed);
    /// nullptr hides the button.
    void setAction(QAction *action);
    QAction *action() const { return m_action; }

Q_SIGNALS:
    void linkActivated(const QString &link);

private:
    void syncButton();

    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_button;
    QPointer<QAction> m_action;
};

} // namespace Saldo
