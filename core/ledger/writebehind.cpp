// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/writebehind.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <chrono>

namespace Saldo {

namespace {

// Often enough that little is left for the final sync, seldom enough to cost nothing.
constexpr std::chrono::milliseconds kInterval { 50 };

} // namespace

WriteBehind::WriteBehind(QByteArray path)
    : m_path(std::move(path))
    , m_thread([this] { run(); })
{ }

WriteBehind::~WriteBehind()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopped.notify_all();
    m_thread.join();
}

void WriteBehind::run()
{
#ifdef Q_OS_LINUX
    int fd = -1; // opened when the file is there (SQLite may create it after we start)
    std::unique_lock lock(m_mutex);
    while (!m_stopped.wait_for(lock, kInterval, [this] { return m_stop; })) {
        if (fd < 0)
            fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    }
    if (fd >= 0)
        ::close(fd);
#endif
}

} // namespace Saldo
