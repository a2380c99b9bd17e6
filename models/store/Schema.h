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
};

/// All migrations in order. Pure data (no SQLite dependency) so the plain-SQLite benchmark can build the
/// same schema. Documented in docs/schema.md.
std::span<const Migration> migrations();
int latestVersion();

} // namespace gs::schema
