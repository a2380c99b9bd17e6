// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "SecureBytes.h"
#include "core/Result.h"

#include <QByteArray>

namespace gs::crypto {

/// scrypt cost. The defaults cost ~0.4 s and 128 MiB here (measured by gridsentinel_bench).
struct ScryptParams
{
    int logN = 17;
    int r = 8;
    int p = 1;
    bool operator==(const ScryptParams&) const = default;
    /// Bounds accepted when read from a file, so a tampered file cannot ask for absurd work: each parameter in
    /// range, and at most 1 GiB of memory (128·r·N bytes) and 16 times the default work (N·r·p) in all. The
    /// per-parameter bounds alone allowed 16 GiB and minutes of work at every unlock.
    bool isSane() const
    {
        if (logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16)
            return false;
        const unsigned long long nr = (1ULL << logN) * unsigned(r);
        return 128 * nr <= (1ULL << 30) && nr * unsigned(p) <= 16 * (1ULL << 17) * 8;
    }
};

/// Derives a 32-byte key from a password with scrypt (OpenSSL EVP_KDF, maxmem set for the cost).
Result<SecureBytes> scrypt(const QByteArray& password, const QByteArray& salt, const ScryptParams& params);

/// AES-256-GCM. Output of seal: ciphertext || 16-byte tag. Open fails (Code::Crypto) if the tag does not verify.
Result<QByteArray> seal(const SecureBytes& key, const QByteArray& nonce, const QByteArray& plaintext, const QByteArray& aad);
Result<SecureBytes> open(const SecureBytes& key, const QByteArray& nonce, const QByteArray& sealed, const QByteArray& aad);

QByteArray randomBytes(int size);
QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
/// HKDF-SHA256 expanding a master key into a purpose-bound subkey.
Result<SecureBytes> hkdf(const SecureBytes& key, const QByteArray& info, int size = 32);
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
/// Frees OpenSSL's state for the calling thread (its error queue and random generators). Worker threads of a pool
/// call it after their job: the thread lives on idle, and nothing of the job's crypto should live on with it.
void releaseThreadState();

} // namespace gs::crypto
