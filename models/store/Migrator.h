// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

namespace gs {

class Database;

/// Brings a database to the latest schema, one transaction per step. A database whose user_version
/// is newer than this app knows is refused and left byte-for-byte untouched.
class Migrator
{
public:
    /// Returns the version the database had before migrating.
    static Result<int> migrate(Database& db);
    static Status checkNotNewer(Database& db);
    /// Makes this connection parse the schema again, after a step that edited sqlite_master directly.
    static Status reloadSchema(Database& db);
};

} // namespace gs
