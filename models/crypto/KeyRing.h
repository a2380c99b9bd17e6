// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "Crypto.h"
#include "SecureBytes.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace gs {

/// The key-slot sidecar beside a database (`<db>.keys`). The database is encrypted with one random
/// master key; each user (and one recovery code) has a slot holding that key wrapped with
/// AES-256-GCM under a scrypt-derived key. A slot's tag proves a password right; an HMAC under the
/// master key over the whole file proves nobody added, removed or altered other slots.
/// User names are not stored: a slot is found by a hash of node id and name.
class KeyRing
{
public:
    static QString sidecarPath(const QString& databasePath) { return databasePath + QStringLiteral(".keys"); }

    explicit KeyRing(QString nodeId);
    /// Reads and parses a sidecar. Fails with KeyFileDamaged if it is not a well-formed key file.
    static Result<KeyRing> load(const QString& path);
    /// Parses a key file's bytes (what load() read); apart from file I/O so it can be fuzzed on its own.
    static Result<KeyRing> parse(const QByteArray& bytes);
    /// Writes atomically (temporary file, fsync, rename, fsync of the folder), mode 0600, sealed with the MAC.
    Status save(const QString& path, const SecureBytes& masterKey) const;

    const QString& nodeId() const { return m_nodeId; }
    bool hasUser(const QString& userName) const;
    bool hasRecovery() const;
    int slotCount() const { return int(m_slots.size()); }

    /// Adds or replaces a user's slot. The caller saves.
    Status setUserSlot(const QString& userName, const QString& password, const SecureBytes& masterKey,
        const crypto::ScryptParams& params = {});
    Status removeUserSlot(const QString& userName);
    Status setRecoverySlot(const QString& recoveryCode, const SecureBytes& masterKey, const crypto::ScryptParams& params = {});

    /// Unwraps the master key. WrongCredentials for an unknown user or a wrong password (same message,
    /// same work); KeyFileDamaged if the password is right but the file's MAC does not verify.
    Result<SecureBytes> unlockUser(const QString& userName, const QString& password) const;
    Result<SecureBytes> unlockRecovery(const QString& recoveryCode) const;

    /// A fresh recovery code: 160 random bits, Crockford base32, groups of four ("7K2M-...").
    static QString generateRecoveryCode();
    /// Upper-cases, drops separators and maps look-alikes (O→0, I/L→1) so a typed code matches.
    static QString normalizeRecoveryCode(const QString& code);

private:
    struct Slot
    {
        QString kind; // "user" or "recovery"
        QString id;
        crypto::ScryptParams params;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrapped;
    };
    QString userSlotId(const QString& userName) const;
    QByteArray associatedData(const Slot& slot) const;
    QByteArray canonicalBody() const;
    Status setSlot(const QString& kind, const QString& id, const QString& secret, const SecureBytes& masterKey,
        const crypto::ScryptParams& params);
    Result<SecureBytes> unlockSlot(const QString& id, const QString& secret) const;

    QString m_nodeId;
    QList<Slot> m_slots;
    QByteArray m_mac;
};

} // namespace gs
