// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;

namespace gs {

class Database;

/// A prepared statement (RAII: finalized on destruction). Bind indexes are 1-based like SQLite's;
/// column indexes are 0-based. step() returns Row while rows come, Done at the end.
class Statement
{
public:
    enum class StepResult { Row, Done };

    Statement(Database& db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds text; a null QString binds '' (use bindNull() for NULL).
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    /// Index of a named parameter (":me"), 0 if the statement has none of that name.
    int parameterIndex(const char* name) const;
    /// Binds a QVariant by its type (null, integer, double, bytes, otherwise text).
    Statement& bindVariant(int index, const QVariant& value);
    /// Binds each value in order from index 1.
    template <typename... Ts>
    Statement& bindAll(const Ts&... values)
    {
        int i = 0;
        (bind(++i, values), ...);
        return *this;
    }

    Result<StepResult> step();
    /// Steps once for simple reads: true if a row is ready, false at the end or on an error.
    bool nextRow();
    /// Calls `row` for every row; stops at the first error and returns it.
    Status forEachRow(const std::function<void(const Statement&)>& row);
    /// Steps to completion, for statements without rows.
    Status run();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_bindStatus;
};

/// A LIKE pattern that matches `text` anywhere, trimmed, with %, _ and \ escaped: use it with ESCAPE '\'.
inline QString containsLikePattern(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

} // namespace gs
