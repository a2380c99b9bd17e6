// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <span>

namespace gs::schema {

/// One schema step: applied in a transaction, then PRAGMA user_version = version.
struct Migration
{
    int version;
    const char* description;
    const char* sql;
    /// The step edits sqlite_master itself (PRAGMA writable_schema, SQLite's documented way to drop a
    /// constraint without copying the table). Other connections reload the schema because the step also
    /// runs DDL, which bumps schema_version; the connection that ran it keeps its parsed copy until told
    /// to reload (Migrator::reloadSchema), so every runner does that after COMMIT.
    bool editsSchemaTable = false;
};

/// All migrations in order. Pure data (no SQLite dependency) so the plain-SQLite benchmark can build the
/// same schema. Documented in docs/schema.md.
std::span<const Migration> migrations();
int latestVersion();

} // namespace gs::schema
