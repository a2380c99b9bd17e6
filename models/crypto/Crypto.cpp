// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Crypto.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

namespace gs::crypto {
namespace {

struct KdfDeleter
{
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

Error cryptoError(const char* what)
{
    return makeError(Error::Code::Crypto, QCoreApplication::translate("gs::crypto", "Cryptographic operation failed: %1")
                                              .arg(QString::fromLatin1(what)));
}

const unsigned char* bytes(const QByteArray& a) { return reinterpret_cast<const unsigned char*>(a.constData()); }

Result<SecureBytes> deriveWith(const char* kdfName, OSSL_PARAM* params, int outSize)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, kdfName, nullptr));
    if (!kdf)
        return cryptoError("EVP_KDF_fetch");
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    SecureBytes out { static_cast<std::size_t>(outSize) };
    if (!ctx || EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return cryptoError(kdfName);
    return out;
}

} // namespace

Result<SecureBytes> scrypt(const QByteArray& password, const QByteArray& salt, const ScryptParams& p)
{
    if (!p.isSane())
        return cryptoError("scrypt parameters out of range");
    uint64_t n = uint64_t(1) << p.logN;
    uint32_t r = uint32_t(p.r), par = uint32_t(p.p);
    // scrypt needs 128 * r * N bytes (plus p * 128 * r); OpenSSL's default cap of 32 MiB would refuse N=2^17.
    uint64_t maxmem = 128ull * r * (n + par + 2) + (1u << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(password.constData()), std::size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()), std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &par),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    return deriveWith("SCRYPT", params, 32);
}

Result<SecureBytes> hkdf(const SecureBytes& key, const QByteArray& info, int size)
{
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(key.data()), key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.constData()), std::size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    return deriveWith("HKDF", params, size);
}

Result<QByteArray> seal(const SecureBytes& key, const QByteArray& nonce, const QByteArray& plaintext, const QByteArray& aad)
{
    if (key.size() != 32 || nonce.size() != 12)
        return cryptoError("AES-256-GCM key or nonce size");
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + 16, Qt::Uninitialized);
    int len = 0, total = 0;
    auto* dst = reinterpret_cast<unsigned char*>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), dst, &len, bytes(plaintext), int(plaintext.size())) != 1)
        return cryptoError("AES-GCM encrypt");
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), dst + total, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, dst + plaintext.size()) != 1)
        return cryptoError("AES-GCM tag");
    return out;
}

Result<SecureBytes> open(const SecureBytes& key, const QByteArray& nonce, const QByteArray& sealed, const QByteArray& aad)
{
    if (key.size() != 32 || nonce.size() != 12 || sealed.size() < 16)
        return cryptoError("AES-256-GCM key, nonce or message size");
    const int ctLen = int(sealed.size()) - 16;
    std::unique_ptr<EVP_CIPHER_CTX, KdfDeleter> ctx(EVP_CIPHER_CTX_new());
    SecureBytes out(std::size_t(ctLen) + 16); // room for the final block; trimmed below
    int len = 0;
    QByteArray tag = sealed.right(16);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(sealed), ctLen) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) != 1)
        return cryptoError("AES-GCM decrypt");
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &finalLen) != 1)
        return makeError(Error::Code::Crypto, QCoreApplication::translate("gs::crypto", "Authentication tag mismatch"));
    return SecureBytes(out.data(), std::size_t(len + finalLen));
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), size) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    EVP_Digest(data.constData(), std::size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len, EVP_sha256(), nullptr);
    return out;
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(data), std::size_t(data.size()),
        reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace gs::crypto
