// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QIODevice>

#include <optional>

namespace Saldo {

/// The bytes `device` has yet to give, when it holds them in memory already: a QBuffer (a piece
/// of a file read in pieces, or a test's data). A reader then looks at them where they are
/// instead of copying them block by block into memory of its own; the device is left at its
/// end, as if read. Nothing for other devices (files, sockets, pipes): those are read. The view
/// stays valid while the device and its data do, and its data pointer is never null.
std::optional<QByteArrayView> takeHeldBytes(QIODevice &device);

} // namespace Saldo
