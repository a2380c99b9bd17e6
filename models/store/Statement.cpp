// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "Statement.h"

#include "Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace gs {

Statement::Statement(Database& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) { }

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindStatus(std::move(other.m_bindStatus))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindStatus = std::move(other.m_bindStatus);
    }
    return *this;
}

namespace {
// Bind failures are remembered and reported by the next step(), so call chains stay readable.
void check(Status& status, Database& db, int rc)
{
    if (rc != SQLITE_OK && status.ok())
        status = db.sqlError(QCoreApplication::translate("gs::Statement", "Cannot bind a value"));
}
} // namespace

Statement& Statement::bind(int index, const QString& value)
{
    // A null QString is still text (''): NULL is bound only on purpose, with bindNull() or a null QVariant.
    const QByteArray utf8 = value.toUtf8();
    check(m_bindStatus, *m_db, sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    check(m_bindStatus, *m_db, sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(m_bindStatus, *m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(m_bindStatus, *m_db, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    check(m_bindStatus, *m_db, sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(m_bindStatus, *m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

int Statement::parameterIndex(const char* name) const { return sqlite3_bind_parameter_index(m_stmt, name); }

Statement& Statement::bindVariant(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<Statement::StepResult> Statement::step()
{
    if (!m_bindStatus)
        return m_bindStatus.error();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    return m_db->sqlError(QCoreApplication::translate("gs::Statement", "Query failed"));
}

Status Statement::forEachRow(const std::function<void(const Statement&)>& row)
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (*r == StepResult::Done)
            return {};
        row(*this);
    }
}

bool Statement::nextRow()
{
    auto r = step();
    return r && *r == StepResult::Row;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (*r == StepResult::Done)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindStatus = {};
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_BLOB:
        return blob(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

} // namespace gs
