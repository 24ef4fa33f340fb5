// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/filehash.h"

#include <QCryptographicHash>
#include <QIODevice>

#ifdef SALDO_HAVE_LIBCRYPTO
#include <QLibrary>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>

#include <memory>
#include <optional>
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

QByteArray sha256HexWithQt(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const bool read = forEachChunk(device, [&](QByteArrayView chunk) {
        hash.addData(chunk);
        return true;
    });
    return read ? hash.result().toHex() : QByteArray();
}

#ifdef SALDO_HAVE_LIBCRYPTO

namespace {

/// The functions of OpenSSL's libcrypto the digest uses, looked up when a file is first hashed.
/// Linked, libcrypto made every start of saldo and saldo-cli 3 ms slower, also of commands that
/// hash nothing (statement read): Debian builds it to bind its 3,400 symbols when it is loaded.
struct Crypto
{
    decltype(&OPENSSL_init_crypto) initCrypto = nullptr;
    decltype(&OPENSSL_thread_stop) threadStop = nullptr;
    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
    decltype(&EVP_DigestInit_ex) init = nullptr;
    decltype(&EVP_DigestUpdate) update = nullptr;
    decltype(&EVP_DigestFinal_ex) final = nullptr;

    bool complete() const
    {
        return initCrypto && threadStop && newContext && freeContext && sha256 && init && update
            && final;
    }
};

template<typename Function>
void resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
}

/// libcrypto of the major version the build saw, once; nothing (null) when it cannot be had.
/// OpenSSL frees its global state in an atexit() handler unless told not to; a thread of Qt's
/// pool that hashed a file outlives main() and, when it ends, cleans its OpenSSL state up
/// against what is already freed: the import tests crashed so at exit, now and then (SIGSEGV
/// in libcrypto on a "Thread (pooled)", or SIGABRT). Told before OpenSSL's first use, it leaves
/// its state to the end of the process.
const Crypto *crypto()
{
    static const std::optional<Crypto> loaded = []() -> std::optional<Crypto> {
        QLibrary library(QStringLiteral("crypto"), OPENSSL_VERSION_MAJOR);
        if (!library.load()) // stays loaded: QLibrary does not unload when it goes
            return std::nullopt;
        Crypto c;
        resolve(library, "OPENSSL_init_crypto", c.initCrypto);
        resolve(library, "OPENSSL_thread_stop", c.threadStop);
        resolve(library, "EVP_MD_CTX_new", c.newContext);
        resolve(library, "EVP_MD_CTX_free", c.freeContext);
        resolve(library, "EVP_sha256", c.sha256);
        resolve(library, "EVP_DigestInit_ex", c.init);
        resolve(library, "EVP_DigestUpdate", c.update);
        resolve(library, "EVP_DigestFinal_ex", c.final);
        if (!c.complete() || c.initCrypto(OPENSSL_INIT_NO_ATEXIT, nullptr) != 1)
            return std::nullopt;
        return c;
    }();
    return loaded ? &*loaded : nullptr;
}

QByteArray sha256HexWithOpenSsl(const Crypto &c, QIODevice &device)
{
    // Frees this thread's OpenSSL state when the digest is done: nothing of OpenSSL's is left
    // to run when a pool thread ends, whoever initialised OpenSSL first (Qt's TLS may have).
    const std::unique_ptr<const Crypto, void (*)(const Crypto *)> release(
        &c, [](const Crypto *used) { used->threadStop(); });
    const std::unique_ptr<EVP_MD_CTX, decltype(c.freeContext)> context(c.newContext(),
                                                                       c.freeContext);
    if (!context || c.init(context.get(), c.sha256(), nullptr) != 1)
        return {};
    const bool read = forEachChunk(device, [&](QByteArrayView chunk) {
        return c.update(context.get(), chunk.data(), size_t(chunk.size())) == 1;
    });
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!read || c.final(context.get(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace

QByteArray sha256Hex(QIODevice &device)
{
    if (const Crypto *c = crypto())
        return sha256HexWithOpenSsl(*c, device);
    return sha256HexWithQt(device);
}

#else

QByteArray sha256Hex(QIODevice &device)
{
    return sha256HexWithQt(device);
}

#endif

} // namespace Saldo
