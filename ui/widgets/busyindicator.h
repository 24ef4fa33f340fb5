// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Saldo {

/// Shown in place of a view while its data is read in the background: a sentence and a moving
/// bar, so the bookkeeper sees that Saldo works and has not hung.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace Saldo
