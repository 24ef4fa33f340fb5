// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/csv/csvprofile.h"

#include <QList>
#include <QStringList>

namespace Saldo {

/// The CSV profiles Saldo knows: the built-in ones (resources/csvprofiles, compiled into the
/// core as a Qt resource) and those in the folder named by the environment variable
/// SALDO_CSV_PROFILES, where a file with a built-in profile's id replaces it.
class CsvProfiles
{
public:
    /// Loaded once, on first use; safe to call from any thread.
    static const CsvProfiles &instance();
    /// Built-ins plus the *.json files of `extraFolder` (none when empty).
    static CsvProfiles load(const QString &extraFolder);

    const QList<CsvProfile> &all() const { return m_profiles; }
    /// The profile with `id`, or nullptr.
    const CsvProfile *find(QStringView id) const;
    /// Files that are not valid profiles, one message each (they are left out).
    const QStringList &errors() const { return m_errors; }

private:
    void loadFolder(const QString &folder);
    QList<CsvProfile> m_profiles;
    QStringList m_errors;
};

} // namespace Saldo
