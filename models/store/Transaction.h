// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

namespace gs {

class Database;

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
/// Every write in the app goes through one of these: all of it lands, or none.
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
    Status m_begin;
    bool m_open = false;
};

} // namespace gs
