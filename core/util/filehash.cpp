// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/filehash.h"

#include <QIODevice>

#ifdef SALDO_HAVE_LIBCRYPTO
#include <openssl/crypto.h>
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

namespace {

/// OpenSSL frees its global state in an atexit() handler unless told not to; a thread of Qt's
/// pool that hashed a file outlives main() and, when it ends, cleans its OpenSSL state up
/// against what is already freed: the import tests crashed so at exit, now and then (SIGSEGV
/// in libcrypto on a "Thread (pooled)", or SIGABRT). Told before OpenSSL's first use, it leaves
/// its state to the end of the process.
void initialiseOpenSsl()
{
    static const bool initialised = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
    Q_UNUSED(initialised);
}

/// Frees this thread's OpenSSL state when the digest is done: nothing of OpenSSL's is left to
/// run when a pool thread ends, whoever initialised OpenSSL first (Qt's TLS may have).
struct ThreadStateRelease
{
    ~ThreadStateRelease() { OPENSSL_thread_stop(); }
};

} // namespace

QByteArray sha256Hex(QIODevice &device)
{
    initialiseOpenSsl();
    const ThreadStateRelease release;
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
