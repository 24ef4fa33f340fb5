// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogview.h"

#include "models/auditlogmodel.h"
#include "widgets/datatableview.h"

#include <QLocale>

namespace Saldo {

namespace {

TableSectionView::Texts texts()
{
    TableSectionView::Texts t;
    t.emptyTitle = AuditLogView::tr("No changes recorded yet");
    t.emptyMessage = AuditLogView::tr(
        "Every change to money in this ledger will be listed here: invoices entered or "
        "imported, payments allocated, imports confirmed, settings changed, each with who "
        "did it and when.");
    t.searchPlaceholder = AuditLogView::tr("Search user, record or change");
    t.busy = AuditLogView::tr("Reading the audit log…");
    t.describeCount = [](int shown, int all) {
        return shown == all ? AuditLogView::tr("The latest %n change(s)", nullptr, all)
                            : AuditLogView::tr("%1 of the latest %n change(s)", nullptr, all)
                                  .arg(QLocale().toString(shown));
    };
    return t;
}

} // namespace

AuditLogView::AuditLogView(AuditLogModel *entries, QWidget *parent)
    : TableSectionView(entries, AuditLogModel::SortRole, AuditLogModel::ChangesColumn, texts(),
                       parent)
{
    setObjectName(QStringLiteral("auditLogView"));
    table()->sortByColumn(AuditLogModel::TimeColumn, Qt::DescendingOrder);
}

} // namespace Saldo
