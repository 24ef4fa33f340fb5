// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Saldo {

/// While it lives, asks the kernel every few tens of milliseconds to start writing the file's
/// changed pages to disk (Linux sync_file_range, no waiting), so that the fsync that ends a big
/// write finds most of them written already: SQLite writes a big import into the WAL without
/// syncing, and its checkpoint then syncs the WAL and the main file, each 140 MB at 200,000
/// lines, while nothing else is left to do. The disk works while the CPU stores rows instead.
/// Durability is SQLite's as before: this only starts writes early. Does nothing elsewhere
/// than on Linux, or when the file cannot be opened. Internal to core/ledger.
class WriteBehind
{
public:
    explicit WriteBehind(QByteArray path);
    ~WriteBehind();
    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

private:
    void run();

    QByteArray m_path;
    std::mutex m_mutex;
    std::condition_variable m_stopped;
    bool m_stop = false; ///< guarded by m_mutex
    std::thread m_thread; ///< last: started once everything above is set
};

} // namespace Saldo
