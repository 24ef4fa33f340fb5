// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvprofiles.h"

#include "util/tr.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Saldo {

namespace {

const QString &builtInFolder()
{
    static const QString folder = QStringLiteral(":/saldo/csvprofiles");
    return folder;
}

} // namespace

const CsvProfiles &CsvProfiles::instance()
{
    static const CsvProfiles profiles = load(qEnvironmentVariable("SALDO_CSV_PROFILES"));
    return profiles;
}

CsvProfiles CsvProfiles::load(const QString &extraFolder)
{
    CsvProfiles profiles;
    profiles.loadFolder(builtInFolder());
    if (!extraFolder.isEmpty())
        profiles.loadFolder(extraFolder);
    return profiles;
}

void CsvProfiles::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(Tr::tr("%1: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        Result<CsvProfile> profile = CsvProfile::fromJson(file.readAll(), file.fileName());
        if (!profile) {
            m_errors.append(profile.error());
            continue;
        }
        const auto same = std::find_if(m_profiles.begin(), m_profiles.end(),
                                       [&](const CsvProfile &p) { return p.id == profile->id; });
        if (same != m_profiles.end())
            *same = std::move(profile).value();
        else
            m_profiles.append(std::move(profile).value());
    }
}

const CsvProfile *CsvProfiles::find(QStringView id) const
{
    for (const CsvProfile &profile : m_profiles) {
        if (profile.id.compare(id, Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

} // namespace Saldo
