// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "NodeSettings.h"

#include "Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gs {

QString NodeSettings::value(const QString& key, const QString& fallback) const
{
    auto stmt = m_session.db().prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt)
        return fallback;
    stmt->bind(1, key);
    auto row = stmt->step();
    return row && *row == Statement::StepResult::Row ? stmt->text(0) : fallback;
}

Status NodeSettings::setValue(const QString& key, const QString& value)
{
    if (auto s = m_session.require(Permission::ManageNodeSettings); !s)
        return s;
    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun();
    const QString stamp = m_session.clock().now();
    auto upsert = m_session.db().prepare("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?,?,?,?)");
    if (!upsert)
        return upsert.error();
    upsert->bindAll(key, value, stamp, m_session.writeContext().updatedBy());
    if (auto s = upsert->run(); !s)
        return s;
    auto log = m_session.db().prepare(
        "INSERT INTO change_log (hlc, node_id, user_id, table_name, row_id, op, payload) VALUES (?,?,?,'settings',?,'update',?)");
    if (!log)
        return log.error();
    const QString payload = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("value"), value } }).toJson(QJsonDocument::Compact));
    log->bindAll(stamp, m_session.node().id, m_session.user().id, key, payload);
    if (auto s = log->run(); !s)
        return s;
    return tx.commit();
}

int NodeSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = value(QStringLiteral("autolock_minutes")).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 240 ? minutes : kDefaultAutoLockMinutes;
}

Status NodeSettings::setAutoLockMinutes(int minutes)
{
    if (minutes < 1 || minutes > 240)
        return makeError(Error::Code::InvalidInput,
            QCoreApplication::translate("gs::NodeSettings", "Auto-lock must be between 1 and 240 minutes."),
            QStringLiteral("autolock"));
    return setValue(QStringLiteral("autolock_minutes"), QString::number(minutes));
}

} // namespace gs
