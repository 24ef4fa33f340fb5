// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Saldo {

class Ledger;

/// What a user may do in a module ("invoicing", "bank", "settings" ...), in increasing order.
enum class RightsLevel { None, Read, Write, Manage };

QLatin1StringView rightsLevelName(RightsLevel level); // "none|read|write|manage"
std::optional<RightsLevel> rightsLevelFromName(QStringView name);

/// A user of the ledger and their rights per module (modules without an entry are None).
struct User
{
    qint64 id = 0;
    QString name;
    QMap<QString, RightsLevel> rights;
};

/// Users and rights (tables users and user_rights). Changes are written to the audit log.
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class UserRepository
{
public:
    explicit UserRepository(Ledger &ledger);

    /// Adds a user; refused for an empty or taken name.
    Result<qint64> add(const QString &name);
    /// Sets a user's level in a module (lowercase letters, digits, '_' and '.').
    Status setRight(const QString &userName, const QString &module, RightsLevel level);
    /// The user's level in the module; None for an unknown user or module.
    Result<RightsLevel> right(const QString &userName, const QString &module) const;
    /// Every user with their rights, by name.
    Result<QList<User>> all() const;

private:
    Result<std::optional<qint64>> idOf(const QString &userName) const;

    Ledger &m_ledger;
};

} // namespace Saldo
