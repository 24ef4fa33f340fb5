// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Saldo {

class Ledger;

/// What a setting may hold.
enum class SettingType {
    Bool, ///< "true" | "false"
    Choice, ///< one of SettingDefinition::choices
    Text, ///< anything
};

/// A setting the ledger knows: its stable key (lowercase, dotted), its default and type.
struct SettingDefinition
{
    QString key;
    QString defaultValue;
    SettingType type = SettingType::Text;
    QStringList choices; ///< for Choice
};

/// Settings that change what Saldo does to the books (table settings: key -> value text). The
/// defaults live in code (definitions()); the table holds only what was set. Keys are those of
/// `saldo-cli settings get/set` and never change meaning.
///
/// Threads: the ledger's thread only. Must not outlive the Ledger.
class SettingsRepository
{
public:
    explicit SettingsRepository(Ledger &ledger);

    /// Every known setting, in a stable order.
    static const QList<SettingDefinition> &definitions();
    static const SettingDefinition *definition(const QString &key);

    /// The stored value, or the default. Unknown keys are an Error.
    Result<QString> value(const QString &key) const;
    /// value() for a Bool setting.
    Result<bool> boolValue(const QString &key) const;
    /// Every setting with its current value, in definitions() order.
    Result<QList<QPair<QString, QString>>> all() const;
    /// Stores a value after checking it against the definition (unknown key, not a bool, not one
    /// of the choices: refused with a message). Written to the audit log.
    Status setValue(const QString &key, const QString &value);

private:
    Ledger &m_ledger;
};

} // namespace Saldo
