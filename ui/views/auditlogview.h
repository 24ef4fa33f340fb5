// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablesectionview.h"

namespace Saldo {

class AuditLogModel;

/// The Audit log section: the latest changes to money in the ledger, who made them and when.
class AuditLogView : public TableSectionView
{
    Q_OBJECT
public:
    explicit AuditLogView(AuditLogModel *entries, QWidget *parent = nullptr);
};

} // namespace Saldo
