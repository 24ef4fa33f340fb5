// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "section.h"

#include <QListWidget>

namespace Saldo {

/// The sidebar of the main window: one entry per section, keyboard and mouse friendly.
class SectionList : public QListWidget
{
    Q_OBJECT
public:
    explicit SectionList(QWidget *parent = nullptr);

    Section currentSection() const;
    void setCurrentSection(Section section);
    /// A short note beside a section's name ("17 overdue"); empty removes it.
    void setBadge(Section section, const QString &badge);

    QSize sizeHint() const override;

Q_SIGNALS:
    void currentSectionChanged(Saldo::Section section);
};

} // namespace Saldo
