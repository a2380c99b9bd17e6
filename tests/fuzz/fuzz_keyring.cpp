// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The key-slot file (`<db>.keys`), which anyone with access to the folder can replace: KeyRing::parse, then
// unlocking with the real user's password and the recovery code, as Vault::unlock does. The seed corpus holds
// real key files made with this fuzzer's key, password and code (cheap scrypt). Oracles: an unlock that succeeds
// yields exactly the master key (a forged or altered slot must never unwrap another key); a failure is
// WrongCredentials or KeyFileDamaged with a message.
#include "FuzzSupport.h"
#include "crypto/KeyRing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>

using namespace gs;

namespace {

// The corpus was made with these (tests/fuzz/README.md says how to make more).
const QString kUser = QStringLiteral("chief");
const QString kPassword = QStringLiteral("chief-password-1");
const QString kRecovery = QStringLiteral("0000-1111-2222-3333-4444-5555-6666-7777");
QByteArray masterKey()
{
    return QByteArray(32, '\x5a');
}

/// scrypt work the file asks for, so the harness skips unlocking where one call would take seconds
/// (the bounds themselves are ScryptParams::isSane's business, checked by parse()).
bool cheap(const QByteArray& bytes)
{
    const QJsonArray slots = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("slots")).toArray();
    for (const QJsonValue& v : slots) {
        const QJsonObject kdf = v.toObject().value(QStringLiteral("kdf")).toObject();
        const double work = std::ldexp(1.0, kdf.value(QStringLiteral("logN")).toInt())
            * kdf.value(QStringLiteral("r")).toInt() * kdf.value(QStringLiteral("p")).toInt();
        if (work > 16.0 * 1024 * 8)
            return false;
    }
    return true;
}

void checkUnlock(const Result<SecureBytes>& key)
{
    if (key) {
        const QByteArray got(reinterpret_cast<const char*>(key->data()), qsizetype(key->size()));
        fuzz::check(got == masterKey(), "an unlock yielded a key that is not the master key");
        return;
    }
    fuzz::check(key.error().code == Error::Code::WrongCredentials || key.error().code == Error::Code::KeyFileDamaged,
        "unlock failed with an unexpected error kind");
    fuzz::check(!key.error().message.isEmpty(), "an error without a message");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    auto ring = KeyRing::parse(bytes);
    if (!ring) {
        fuzz::check(ring.error().code == Error::Code::KeyFileDamaged, "parse failed with an unexpected error kind");
        return 0;
    }
    (void)ring->hasUser(kUser);
    (void)ring->hasRecovery();
    if (!cheap(bytes))
        return 0;
    checkUnlock(ring->unlockUser(kUser, kPassword));
    checkUnlock(ring->unlockRecovery(kRecovery));
    return 0;
}

// `fuzz_keyring --make-seed FILE` writes a valid key file for the corpus.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    if (*argc == 3 && QByteArray((*argv)[1]) == "--make-seed") {
        KeyRing ring(QStringLiteral("0196a3b4-0000-7000-8000-00000000f022"));
        const QByteArray raw = masterKey();
        SecureBytes key(size_t(raw.size()));
        std::memcpy(key.data(), raw.constData(), size_t(raw.size()));
        const crypto::ScryptParams fast { 10, 8, 1 };
        if (!ring.setUserSlot(kUser, kPassword, key, fast)
            || !ring.setUserSlot(QStringLiteral("wang"), QStringLiteral("other-pass-2"), key, fast)
            || !ring.setRecoverySlot(kRecovery, key, fast) || !ring.save(QString::fromLocal8Bit((*argv)[2]), key))
            std::exit(1);
        std::exit(0);
    }
    return 0;
}
