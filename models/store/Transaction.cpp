// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Transaction.h"

#include "Database.h"

namespace gs {

Transaction::Transaction(Database& db) : m_db(db), m_begin(db.exec("BEGIN IMMEDIATE;")), m_open(m_begin.ok()) { }

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK;");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(makeError(Error::Code::Sql, QStringLiteral("transaction already finished"))) : m_begin;
    Status s = m_db.exec("COMMIT;");
    if (s)
        m_open = false; // a failed COMMIT leaves the transaction open; the destructor rolls it back
    return s;
}

} // namespace gs
