// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QByteArray>
#include <QList>

namespace gs::test {

/// A SQLite VFS that passes everything to the platform's default VFS ("unix") but can be told to fail
/// the Nth write or sync from now, once (a transient error) or from then on (a full or vanished disk).
/// It is registered as the default VFS of the SQLCipher the models link statically, so the real
/// Database, Vault and LeadRepository code runs over it unchanged: the test executable links the same
/// static libsqlcipher.a, whose sqlite3_vfs_register() is reachable from here (its symbols are hidden
/// from other shared objects, not from the executable it is linked into).
/// SQLCipher encrypts pages above the VFS, so every buffer seen here is what reaches the disk; the VFS
/// can also look for plaintext in them.
class FaultyVfs
{
public:
    enum class Op { Write, Sync };

    /// Registers the VFS as the default (once; later calls do nothing).
    static void install();
    /// Fails the `n`th (1-based) operation of kind `op` from now on with SQLITE_IOERR_WRITE / _FSYNC;
    /// `sticky`: every later one of that kind fails too.
    static void failNth(Op op, int n, bool sticky);
    static void disarm();
    /// Operations of each kind seen since the last failNth()/disarm(), and failures injected.
    static int seen(Op op);
    static int injected();

    /// Byte strings that no write may contain (any file); a hit is counted, the write goes through.
    static void setForbidden(const QList<QByteArray>& needles);
    static int forbiddenHits();
};

} // namespace gs::test
