// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Database.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <cstring>
#include <string>

namespace gs {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("gs::Database", text); }

Error notSqlCipher()
{
    return makeError(Error::Code::NotEncrypted,
        tr("The SQLite library in use is not SQLCipher, so the database would not be encrypted. GridSentinel "
           "refuses to open it. Reinstall GridSentinel, and do not preload another SQLite library."));
}

QString queryText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (text)
            out = QString::fromUtf8(text);
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

Database::Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) { }

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString Database::linkedCipherVersion()
{
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK)
        version = queryText(db, "PRAGMA cipher_version;");
    sqlite3_close_v2(db);
    return version;
}

bool Database::hasPlaintextHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.size() == 16 && std::memcmp(head.constData(), "SQLite format 3", 16) == 0;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key, Options options)
{
    if (key.size() != 32)
        return makeError(Error::Code::Crypto, tr("The database key must be 256 bits."));
    if (linkedCipherVersion().isEmpty())
        return notSqlCipher();
    const QFileInfo info(path);
    const bool creating = options.mode == Mode::Create;
    if (!creating && !info.exists())
        return makeError(Error::Code::NotFound, tr("The database %1 does not exist.").arg(path));
    if (creating && info.exists() && info.size() > 0)
        return makeError(Error::Code::AlreadyExists, tr("The database %1 already exists; it was left as it is.").arg(path));
    if (!creating && hasPlaintextHeader(path))
        return makeError(Error::Code::NotEncrypted,
            tr("The file %1 is an unencrypted SQLite database, not a GridSentinel database. It was not opened.").arg(path));

    int flags = SQLITE_OPEN_NOMUTEX | (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE);
    if (creating)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->sqlError(tr("Cannot open the database"));

    // PRAGMA key = "x'<64 hex>'": a raw key, no passphrase derivation. The SQL text is wiped after use.
    {
        SecureBytes hex = key.toHex();
        static const char prefix[] = "PRAGMA key = \"x'";
        static const char suffix[] = "'\";";
        SecureBytes sql(sizeof prefix - 1 + hex.size() + sizeof suffix);
        std::memcpy(sql.data(), prefix, sizeof prefix - 1);
        std::memcpy(sql.data() + sizeof prefix - 1, hex.data(), hex.size());
        std::memcpy(sql.data() + sizeof prefix - 1 + hex.size(), suffix, sizeof suffix); // includes NUL
        const int keyRc = sqlite3_exec(db->m_db, reinterpret_cast<const char*>(sql.data()), nullptr, nullptr, nullptr);
        if (keyRc != SQLITE_OK)
            return db->sqlError(tr("Cannot key the database"));
    }
    if (db->cipherVersion().isEmpty())
        return notSqlCipher();
    if (auto s = db->exec("PRAGMA cipher_page_size = 4096;"); !s)
        return s.error();

    // The first read proves the key (or reveals damage: SQLCipher cannot tell the two apart).
    sqlite3_stmt* probe = nullptr;
    int probeRc = sqlite3_prepare_v2(db->m_db, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
    if (probeRc == SQLITE_OK)
        probeRc = sqlite3_step(probe) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(db->m_db);
    sqlite3_finalize(probe);
    if (probeRc == SQLITE_NOTADB || probeRc == SQLITE_CORRUPT)
        return makeError(Error::Code::DatabaseDamaged,
            tr("The database %1 cannot be decrypted: the file is damaged or belongs to another key. "
               "It was left untouched; restore it from a backup.")
                .arg(QFileInfo(path).fileName()));
    if (probeRc != SQLITE_OK)
        return db->sqlError(tr("Cannot read the database"));
    if (auto s = db->configureAfterKey(!options.readOnly); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openPlainReadOnly(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return makeError(Error::Code::NotFound, tr("The file %1 does not exist.").arg(path));
    // Only files that announce themselves as plaintext SQLite: an encrypted node database (or anything
    // else) is refused before SQLite sees it, so this can never become a way around the key.
    if (!hasPlaintextHeader(path))
        return makeError(Error::Code::InvalidInput,
            tr("%1 is not an unencrypted SQLite file (such as an MBTiles map), so it was not opened.").arg(QFileInfo(path).fileName()));
    // immutable=1: no locks, no -wal/-shm files created beside the user's file, nothing ever written.
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?mode=ro&immutable=1";
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->sqlError(tr("Cannot open %1").arg(path));
    if (auto s = db->exec("PRAGMA query_only = ON;"); !s)
        return s.error();
    sqlite3_stmt* probe = nullptr;
    int probeRc = sqlite3_prepare_v2(db->m_db, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
    if (probeRc == SQLITE_OK)
        probeRc = sqlite3_step(probe) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(db->m_db);
    sqlite3_finalize(probe);
    if (probeRc != SQLITE_OK)
        return db->sqlError(tr("Cannot read %1").arg(QFileInfo(path).fileName()));
    return db;
}

Status Database::configureAfterKey(bool writable)
{
    // Settings that change no bytes on disk; journal_mode=WAL is set by the migrator once the schema
    // version is known to be ours, so a too-new database is left exactly as it was.
    sqlite3_busy_timeout(m_db, 5000);
    if (auto s = exec("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA synchronous = FULL;"
                      "PRAGMA temp_store = MEMORY; "
                      // 128 MiB of decrypted pages: SQLCipher pays a decryption and an HMAC (~4 us) for every
                      // page read from outside the cache, plain SQLite only a copy from the OS cache
                      // (docs/performance.md: the store bench's query mix 2.9 s at 64 MiB, 2.3 s at 128 MiB).
                      // It fills only as pages are read: peak RSS with 1M leads open is still 143 MiB.
                      "PRAGMA cache_size = -131072;");
        !s)
        return s;
    Q_UNUSED(writable);
    return {};
}

QString Database::cipherVersion() { return queryText(m_db, "PRAGMA cipher_version;"); }

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    // The extended code of the last error, not rc: a failed COMMIT says SQLITE_IOERR_FSYNC there.
    return classifiedError(sqlite3_extended_errcode(m_db), tr("Database error"), text);
}

Result<Statement> Database::prepare(const char* sql)
{
    if (m_prepareObserver)
        m_prepareObserver(sql);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return sqlError(tr("Cannot prepare a query"));
    return Statement(*this, stmt);
}

bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

int Database::userVersion() { return queryText(m_db, "PRAGMA user_version;").toInt(); }

Status Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1;").arg(version));
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
QString Database::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Error Database::sqlError(const QString& context) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    return classifiedError(code, context, m_db ? lastErrorMessage() : QString::fromUtf8(sqlite3_errstr(code)));
}

Error Database::classifiedError(int code, const QString& context, const QString& detail) const
{
    const int primary = code & 0xff;
    // A page that fails SQLCipher's HMAC is zeroed and puts the pager in its error state: the query that read
    // it ends with SQLITE_CORRUPT (the zeroed b-tree) or with a bare SQLITE_ERROR that carries no message of
    // its own (a real SQL error always says what is wrong). Either way the file is damaged.
    const bool bareError = primary == SQLITE_ERROR && m_db && detail == QString::fromUtf8(sqlite3_errstr(SQLITE_ERROR));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || bareError)
        return makeError(Error::Code::DatabaseDamaged,
            tr("%1: the database %2 is damaged (%3). Restore it from a backup.")
                .arg(context, QFileInfo(m_path).fileName(), detail));
    // Every write is one transaction, which SQLite rolls back when the disk fails it.
    if (primary == SQLITE_IOERR || primary == SQLITE_FULL)
        return makeError(Error::Code::Io,
            tr("%1: the disk could not be read or written (%2); nothing was changed. Check that the disk is not "
               "full or failing, then try again.")
                .arg(context, detail));
    Error::Code kind = Error::Code::Sql;
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY)
        kind = Error::Code::Io;
    return makeError(kind, tr("%1: %2").arg(context, detail));
}

} // namespace gs
