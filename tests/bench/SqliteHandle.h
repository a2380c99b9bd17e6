// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "WorkloadData.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h> // SQLCipher's or the system's, depending on the target that compiles this

namespace gs::bench {

/// Prints SQLite's message and ends the process. The store processes are disposable children of
/// gridsentinel_bench: after a failed step the figures would mean nothing, so there is nothing to recover.
[[noreturn]] void fail(sqlite3* db, const char* context);
[[noreturn]] void fail(const QString& message);

/// A prepared statement over the raw C API, kept for the whole run (prepared once, reset after each use).
class SqlStatement
{
public:
    SqlStatement(sqlite3* db, const QByteArray& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    void bind(int index, const SqlValue& value);
    /// Binds `row` from index 1.
    void bindRow(const Row& row);
    /// Steps to completion (statements without rows), then resets for the next use.
    void run();
    /// Steps through every row, reading every column as the UI would; returns the row count and resets.
    int consume();
    /// The first column of the first row as an integer; resets.
    qint64 scalar();

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// One open connection; closed (and the WAL checkpointed) on destruction.
class SqlConnection
{
public:
    explicit SqlConnection(const QString& path);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    void exec(const char* sql);
    void exec(const QByteArray& sql) { exec(sql.constData()); }
    /// The first column of the first row as text; empty if the statement yields no row (unknown PRAGMA).
    QByteArray text(const char* sql);
    QByteArray text(const QByteArray& sql) { return text(sql.constData()); }
    sqlite3* handle() { return m_db; }
    /// Applies the app's migrations newer than the file's user_version, as gs::Migrator does on the node.
    void migrate();

private:
    sqlite3* m_db = nullptr;
};

} // namespace gs::bench
