// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Transaction.h"

#include "Database.h"

#include <atomic>

namespace gs {
namespace {
QString nextSavepointName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("gs_sp_%1").arg(++counter);
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    if (db.inTransaction()) {
        m_savepoint = nextSavepointName();
        m_begin = db.exec(QStringLiteral("SAVEPOINT %1;").arg(m_savepoint));
    } else {
        m_begin = db.exec("BEGIN IMMEDIATE;");
    }
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty())
        (void)m_db.exec("ROLLBACK;");
    else
        (void)m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1;").arg(m_savepoint));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(makeError(Error::Code::Sql, QStringLiteral("transaction already finished"))) : m_begin;
    Status s = m_savepoint.isEmpty() ? m_db.exec("COMMIT;") : m_db.exec(QStringLiteral("RELEASE %1;").arg(m_savepoint));
    if (s)
        m_open = false; // a failed COMMIT leaves the transaction open; the destructor rolls it back
    return s;
}

} // namespace gs
