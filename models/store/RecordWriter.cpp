// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "RecordWriter.h"

#include "Database.h"
#include "Statement.h"
#include "core/Hlc.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace gs {
namespace {

bool isIdentifier(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

Error badName(const QString& name)
{
    return makeError(Error::Code::InvalidInput, QStringLiteral("invalid SQL identifier: %1").arg(name));
}

QJsonObject toJson(const QVariantMap& fields)
{
    QJsonObject o;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray)
            o.insert(it.key(), QString::fromLatin1(it.value().toByteArray().toBase64()));
        else
            o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return o;
}

} // namespace

Result<QString> RecordWriter::insert(const QString& table, QVariantMap fields, const QStringList& notLogged)
{
    if (!isIdentifier(table))
        return badName(table);
    const QString stamp = m_ctx.clock.now();
    if (!fields.contains(QStringLiteral("id"))) {
        // The id's time part follows the same clock as the stamp, so ids and updated_at sort alike.
        Hlc::Parts parts;
        fields.insert(QStringLiteral("id"), Hlc::parse(stamp, &parts) ? newId(parts.millis) : newId());
    }
    fields.insert(QStringLiteral("updated_at"), stamp);
    fields.insert(QStringLiteral("updated_by"), m_ctx.updatedBy());
    QStringList names, marks;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isIdentifier(it.key()))
            return badName(it.key());
        names << it.key();
        marks << QStringLiteral("?");
    }
    auto stmt = m_ctx.db.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    if (!stmt)
        return stmt.error();
    int i = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        stmt->bindVariant(++i, it.value());
    if (auto s = stmt->run(); !s)
        return s.error();
    const QString id = fields.value(QStringLiteral("id")).toString();
    fields.remove(QStringLiteral("updated_at"));
    fields.remove(QStringLiteral("updated_by"));
    for (const QString& column : notLogged)
        fields.remove(column);
    if (auto s = log(table, id, "insert", fields, stamp); !s)
        return s.error();
    return id;
}

Status RecordWriter::update(const QString& table, const QString& id, const QVariantMap& fields, const QStringList& notLogged)
{
    if (!isIdentifier(table))
        return badName(table);
    const QString stamp = m_ctx.clock.now();
    QStringList sets;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!isIdentifier(it.key()) || it.key() == QStringLiteral("id"))
            return badName(it.key());
        sets << it.key() + QStringLiteral(" = ?");
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    auto stmt = m_ctx.db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))));
    if (!stmt)
        return stmt.error();
    int i = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        stmt->bindVariant(++i, it.value());
    stmt->bind(i + 1, stamp).bind(i + 2, m_ctx.updatedBy()).bind(i + 3, id);
    if (auto s = stmt->run(); !s)
        return s;
    if (m_ctx.db.changes() != 1)
        return makeError(Error::Code::NotFound,
            QCoreApplication::translate("gs::RecordWriter", "The record to change no longer exists."));
    QVariantMap logged = fields;
    for (const QString& column : notLogged)
        logged.remove(column);
    return log(table, id, "update", logged, stamp);
}

Status RecordWriter::tombstone(const QString& table, const QString& id)
{
    return update(table, id, { { QStringLiteral("deleted"), 1 } });
}

Status RecordWriter::log(const QString& table, const QString& id, const char* op, const QVariantMap& fields, const QString& stamp)
{
    auto stmt = m_ctx.db.prepare(
        "INSERT INTO change_log (hlc, node_id, user_id, table_name, row_id, op, payload) VALUES (?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    const QString payload = QString::fromUtf8(QJsonDocument(toJson(fields)).toJson(QJsonDocument::Compact));
    stmt->bindAll(stamp, m_ctx.nodeId, m_ctx.userId, table, id, op, payload);
    return stmt->run();
}

QVariantMap RecordWriter::changedFields(const QVariantMap& before, const QVariantMap& after)
{
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

} // namespace gs
