// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace gs {

class Database;
class Hlc;

/// An optional text column's value: an empty string is stored as NULL.
inline QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// Who is writing: stamps rows and change-log entries.
struct WriteContext
{
    Database& db;
    Hlc& clock;
    QString nodeId;
    QString userId; ///< empty for node-level writes (creation, recovery)
    QString updatedBy() const { return nodeId.left(8) + QLatin1Char('/') + userId; }
};

/// Inserts, updates and tombstones rows of synced tables, stamping id/updated_at/updated_by and appending
/// the change to change_log. Call inside a Transaction: row and log entry land together or not at all.
/// Table and column names come from code, never from input (checked anyway).
class RecordWriter
{
public:
    explicit RecordWriter(WriteContext context) : m_ctx(std::move(context)) { }

    /// Inserts a row; generates `id` unless given. Returns the id. Columns in `notLogged` (large blobs such as
    /// evidence content) are stored but left out of the change-log payload; sync fetches them by id.
    Result<QString> insert(const QString& table, QVariantMap fields, const QStringList& notLogged = {});
    Status update(const QString& table, const QString& id, const QVariantMap& fields, const QStringList& notLogged = {});
    Status tombstone(const QString& table, const QString& id);
    /// The columns of `after` whose value differs from `before`'s: what update() needs to write for an edit.
    static QVariantMap changedFields(const QVariantMap& before, const QVariantMap& after);

private:
    Status log(const QString& table, const QString& id, const char* op, const QVariantMap& fields, const QString& stamp);
    WriteContext m_ctx;
};

} // namespace gs
