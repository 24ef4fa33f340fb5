// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/filehash.h"

#include <QIODevice>

#ifdef SALDO_HAVE_LIBCRYPTO
#include <openssl/evp.h>

#include <memory>
#else
#include <QCryptographicHash>
#endif

namespace Saldo {

namespace {

// Big enough that the digest, not the read calls, sets the pace.
constexpr qint64 kChunk = 1 << 20;

// Feeds `update` what is left of the device, a chunk at a time; false when a read or `update`
// fails.
template<typename Update>
bool forEachChunk(QIODevice &device, const Update &update)
{
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(buffer.data(), kChunk);
        if (read <= 0)
            return read == 0;
        if (!update(QByteArrayView(buffer.constData(), read)))
            return false;
    }
}

} // namespace

#ifdef SALDO_HAVE_LIBCRYPTO

QByteArray sha256Hex(QIODevice &device)
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    const bool read = forEachChunk(device, [&](QByteArrayView chunk) {
        return EVP_DigestUpdate(context.get(), chunk.data(), size_t(chunk.size())) == 1;
    });
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!read || EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

#else

QByteArray sha256Hex(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const bool read = forEachChunk(device, [&](QByteArrayView chunk) {
        hash.addData(chunk);
        return true;
    });
    return read ? hash.result().toHex() : QByteArray();
}

#endif

} // namespace Saldo
