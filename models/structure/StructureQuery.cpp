// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "StructureQuery.h"

#include "geo/GeoJson.h"
#include "geo/Geometry.h"

#include "accounts/Session.h"
#include "store/Database.h"

namespace gs {

Result<QList<StructureItem>> StructureQuery::list(const char* sql, const QString& parentId, bool withKind)
{
    auto stmt = m_session.db().prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!parentId.isNull())
        stmt->bind(1, parentId);
    QList<StructureItem> out;
    const Status read = stmt->forEachRow([&](const Statement& row) {
        out.append({ row.text(0), row.text(1), row.text(2), withKind ? row.text(3) : QString() });
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<StructureItem>> StructureQuery::streets()
{
    return list("SELECT id, code, name FROM streets WHERE deleted = 0 AND retired = 0 ORDER BY code", QString(), false);
}

Result<QList<StructureItem>> StructureQuery::communities(const QString& streetId)
{
    return list("SELECT id, code, name FROM communities WHERE street_id = ? AND deleted = 0 AND retired = 0 ORDER BY code",
        streetId.isNull() ? QStringLiteral("") : streetId, false);
}

Result<QList<StructureItem>> StructureQuery::grids(const QString& communityId)
{
    return list("SELECT id, code, name, kind FROM grids WHERE community_id = ? AND deleted = 0 AND retired = 0 ORDER BY code",
        communityId.isNull() ? QStringLiteral("") : communityId, true);
}

Result<std::optional<GridPath>> StructureQuery::gridPath(const QString& gridId)
{
    auto stmt = m_session.db().prepare("SELECT g.id, g.name, c.id, c.name, s.id, s.name FROM grids g "
                                       "JOIN communities c ON c.id = g.community_id JOIN streets s ON s.id = c.street_id "
                                       "WHERE g.id = ? AND g.deleted = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, gridId);
    if (!stmt->nextRow())
        return std::optional<GridPath>();
    return std::optional<GridPath>(GridPath { stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5) });
}

Result<QList<StructureItem>> StructureQuery::gridsAt(double lon, double lat)
{
    auto stmt = m_session.db().prepare(
        "SELECT id, code, name, kind, geometry FROM grids WHERE deleted = 0 AND retired = 0 AND min_lon IS NOT NULL "
        "AND min_lon <= ?1 AND max_lon >= ?1 AND min_lat <= ?2 AND max_lat >= ?2 "
        "ORDER BY (max_lon - min_lon) * (max_lat - min_lat), code");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, lon).bind(2, lat);
    QList<StructureItem> out;
    const Status read = stmt->forEachRow([&](const Statement& row) {
        const QString geometry = row.text(4);
        if (!m_pointTest || geometry.isEmpty() || m_pointTest(geometry, lon, lat))
            out.append({ row.text(0), row.text(1), row.text(2), row.text(3) });
    });
    if (!read)
        return read.error();
    return out;
}

StructureQuery::StructureQuery(Session& session)
    : m_session(session), m_pointTest([](const QString& geometryJson, double lon, double lat) {
          auto geometry = geo::GeoJson::readGeometry(geometryJson.toUtf8());
          return geometry.ok() && geo::contains(*geometry, geo::LonLat { lon, lat });
      })
{
}

QString StructureQuery::gridAt(double lon, double lat)
{
    auto found = gridsAt(lon, lat);
    return found && !found->isEmpty() ? found->first().id : QString();
}

Result<QHash<QString, QString>> StructureQuery::userDisplayNames(const QStringList& userIds)
{
    QHash<QString, QString> names;
    auto stmt = m_session.db().prepare("SELECT display_name, username FROM users WHERE id = ?");
    if (!stmt)
        return stmt.error();
    for (const QString& id : userIds) {
        if (id.isEmpty() || names.contains(id))
            continue;
        stmt->reset();
        stmt->bind(1, id);
        if (stmt->nextRow())
            names.insert(id, stmt->text(0).isEmpty() ? stmt->text(1) : stmt->text(0));
    }
    return names;
}

} // namespace gs
