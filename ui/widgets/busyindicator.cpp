// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "busyindicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Saldo {

BusyIndicator::BusyIndicator(const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(text, this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0); // no known end: the bar moves back and forth
    bar->setTextVisible(false);
    bar->setFixedWidth(fontMetrics().averageCharWidth() * 40);
    bar->setAccessibleName(text);
    m_label->setAlignment(Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void BusyIndicator::setText(const QString &text)
{
    m_label->setText(text);
}

QString BusyIndicator::text() const
{
    return m_label->text();
}

} // namespace Saldo
