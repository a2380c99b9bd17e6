// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QString>

namespace gs {

class Database;

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
/// Every write in the app goes through one of these: all of it lands, or none. Inside another
/// transaction it becomes a SAVEPOINT, so a batch (an import) can wrap many single saves and still
/// land all or nothing.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False if BEGIN failed (e.g. the database is busy); the error says why.
    const Status& begun() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    Status m_begin;
    bool m_open = false;
};

} // namespace gs
