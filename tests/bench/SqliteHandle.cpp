// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "SqliteHandle.h"

#include "store/Schema.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace gs::bench {

void fail(sqlite3* db, const char* context)
{
    std::fprintf(stderr, "%s: %s\n", context, db ? sqlite3_errmsg(db) : "no connection");
    std::exit(EXIT_FAILURE);
}

void fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    std::exit(EXIT_FAILURE);
}

SqlStatement::SqlStatement(sqlite3* db, const QByteArray& sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail(db, sql.constData());
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bind(int index, const SqlValue& value)
{
    int rc = SQLITE_OK;
    // SQLITE_TRANSIENT, as gs::Statement does: the library copies the text, like in the app.
    if (const auto* text = std::get_if<QByteArray>(&value))
        rc = sqlite3_bind_text(m_stmt, index, text->constData(), int(text->size()), SQLITE_TRANSIENT);
    else if (const auto* integer = std::get_if<qint64>(&value))
        rc = sqlite3_bind_int64(m_stmt, index, *integer);
    else if (const auto* real = std::get_if<double>(&value))
        rc = sqlite3_bind_double(m_stmt, index, *real);
    else
        rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, "bind");
}

void SqlStatement::bindRow(const Row& row)
{
    for (std::size_t i = 0; i < row.size(); ++i)
        bind(int(i) + 1, row[i]);
}

void SqlStatement::run()
{
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        fail(m_db, sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
}

int SqlStatement::consume()
{
    int rows = 0;
    int rc;
    const int columns = sqlite3_column_count(m_stmt);
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
        ++rows;
        // Fetching the bytes makes SQLite materialise every value (overflow pages included).
        for (int c = 0; c < columns; ++c)
            sqlite3_column_bytes(m_stmt, c);
    }
    if (rc != SQLITE_DONE)
        fail(m_db, sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    return rows;
}

qint64 SqlStatement::scalar()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW)
        fail(m_db, sqlite3_sql(m_stmt));
    const qint64 value = sqlite3_column_int64(m_stmt, 0);
    sqlite3_reset(m_stmt);
    return value;
}

SqlConnection::SqlConnection(const QString& path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX; // as Database::open
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
        fail(m_db, "open");
}

SqlConnection::~SqlConnection()
{
    sqlite3_close_v2(m_db);
}

void SqlConnection::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(message ? message : "?")));
}

QByteArray SqlConnection::text(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    QByteArray out;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        fail(m_db, sql);
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        if (const auto* value = sqlite3_column_text(stmt, 0))
            out = QByteArray(reinterpret_cast<const char*>(value));
    }
    sqlite3_finalize(stmt);
    return out;
}

void SqlConnection::migrate()
{
    const int version = text("PRAGMA user_version;").toInt();
    for (const auto& m : schema::migrations()) {
        if (m.version <= version)
            continue;
        exec("BEGIN IMMEDIATE;");
        exec(m.sql);
        exec("PRAGMA user_version = " + QByteArray::number(m.version) + ';');
        exec("COMMIT;");
        if (m.editsSchemaTable) // as Migrator::reloadSchema: parse the edited schema on this connection too
            exec("BEGIN; PRAGMA schema_version = " + text("PRAGMA schema_version;") + "; ROLLBACK;");
    }
}

} // namespace gs::bench
