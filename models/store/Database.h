// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"
#include "store/Statement.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace gs {

/// One open SQLCipher database (RAII over the C API). Opening keys it with a raw 256-bit key,
/// 4096-byte cipher pages, then proves that the library really is SQLCipher and the file really is
/// encrypted before anything is written.
class Database
{
public:
    enum class Mode { OpenExisting, Create };
    struct Options
    {
        Mode mode = Mode::OpenExisting;
        bool readOnly = false;
    };

    /// Opens (or creates) `path` keyed with `key` (32 bytes). A wrong key or a damaged file both
    /// surface as SQLITE_NOTADB; callers that proved the key (KeyRing) report DatabaseDamaged.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key, Options options);
    /// The one unkeyed mode: opens an **unencrypted** SQLite file read-only and immutable (public map
    /// tiles in an MBTiles file), with query_only set; nothing can be written and no file is created
    /// beside it. Refuses any file without the plaintext SQLite header, so an encrypted node database is
    /// never opened this way. Never use it for case data: open() is the only way to the node database.
    static Result<std::unique_ptr<Database>> openPlainReadOnly(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements without results.
    Status exec(const char* sql);
    Status exec(const QString& sql) { return exec(sql.toUtf8().constData()); }
    Result<Statement> prepare(const char* sql);
    Result<Statement> prepare(const QString& sql) { return prepare(sql.toUtf8().constData()); }

    /// True inside BEGIN ... COMMIT (sqlite3_get_autocommit is off).
    bool inTransaction() const;
    int userVersion();
    Status setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    const QString& path() const { return m_path; }
    QString cipherVersion();
    sqlite3* handle() { return m_db; }
    /// Called with the text of every statement prepared from now on (tests read the query plans of what
    /// models/ runs); none by default.
    void setPrepareObserver(std::function<void(const char* sql)> observer) { m_prepareObserver = std::move(observer); }

    /// The SQLCipher version compiled into this binary, or empty if sqlite3_* resolves to a plain libsqlite3.
    static QString linkedCipherVersion();
    /// True if the file starts with the plaintext SQLite header ("SQLite format 3\0").
    static bool hasPlaintextHeader(const QString& path);

    /// The last error on this connection: DatabaseDamaged for a damaged file, Io for a failing disk, else Sql.
    Error sqlError(const QString& context) const;

private:
    Database(sqlite3* db, QString path);
    Status configureAfterKey(bool writable);
    Error classifiedError(int extendedCode, const QString& context, const QString& detail) const;
    sqlite3* m_db = nullptr;
    std::function<void(const char* sql)> m_prepareObserver;
    QString m_path;
};

} // namespace gs
