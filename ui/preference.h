// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Saldo {

/// One typed value in QSettings (Tiled's Preference<T> idea): the key and the default are
/// written once, where the preference is declared, and every reader gets a T, not a QVariant.
/// Reads and writes go to QSettings straight away, so there is no cache to get stale.
template<typename T>
class Preference
{
public:
    Preference(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    { }

    T get() const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(const T &value) { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() { QSettings().remove(m_key); }

    operator T() const { return get(); }
    Preference &operator=(const T &value)
    {
        set(value);
        return *this;
    }

    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace Saldo
