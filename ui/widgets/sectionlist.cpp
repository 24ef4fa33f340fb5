// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionlist.h"

#include <QFontMetrics>

namespace Saldo {

SectionList::SectionList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sectionList"));
    setAccessibleName(tr("Sections"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSpacing(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    for (Section section : Sections::all()) {
        auto *item = new QListWidgetItem(Sections::title(section), this);
        item->setData(Qt::UserRole, int(section));
        item->setSizeHint(QSize(0, fontMetrics().height() + 14));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT currentSectionChanged(Section(item(row)->data(Qt::UserRole).toInt()));
    });
}

Section SectionList::currentSection() const
{
    const QListWidgetItem *current = currentItem();
    return current ? Section(current->data(Qt::UserRole).toInt()) : Section::Overview;
}

void SectionList::setCurrentSection(Section section)
{
    setCurrentRow(int(Sections::all().indexOf(section)));
}

void SectionList::setBadge(Section section, const QString &badge)
{
    QListWidgetItem *entry = item(int(Sections::all().indexOf(section)));
    const QString title = Sections::title(section);
    entry->setText(badge.isEmpty() ? title : tr("%1 (%2)").arg(title, badge));
}

QSize SectionList::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = qMax(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return QSize(width + 48, QListWidget::sizeHint().height());
}

} // namespace Saldo
