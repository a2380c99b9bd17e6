// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/UnitGeometryWriter.h"

#include "accounts/Session.h"
#include "geo/GeoJson.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "structure/StructureTypes.h"
#include "workflow/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gs::map {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::UnitGeometryWriter", text);
}

qsizetype vertexCount(const geo::MultiPolygon& g)
{
    qsizetype n = 0;
    for (const geo::Polygon& p : g.polygons) {
        n += std::max<qsizetype>(0, p.outer.size() - 1);
        for (const geo::Ring& h : p.holes)
            n += std::max<qsizetype>(0, h.size() - 1);
    }
    return n;
}

QString issueText(const geo::GeometryIssue& issue)
{
    using Kind = geo::GeometryIssue::Kind;
    const QString where = QStringLiteral("%1, %2").arg(issue.at.lat, 0, 'f', 6).arg(issue.at.lon, 0, 'f', 6);
    switch (issue.kind) {
    case Kind::CoordinateOutOfRange:
        return tr("a point is outside the valid range of longitudes and latitudes (%1)").arg(where);
    case Kind::TooFewPositions:
        return tr("a ring has fewer than three distinct points");
    case Kind::UnclosedRing:
        return tr("a ring is not closed (%1)").arg(where);
    case Kind::SelfIntersection:
        return tr("the boundary crosses or touches itself near %1").arg(where);
    case Kind::HoleOutsideShell:
        return tr("a hole lies outside its boundary (%1)").arg(where);
    case Kind::HoleInsideHole:
        return tr("a hole lies inside another hole (%1)").arg(where);
    case Kind::OverlappingPolygons:
        return tr("two parts of the boundary overlap (%1)").arg(where);
    }
    return {};
}

} // namespace

Result<geo::MultiPolygon> UnitGeometryWriter::load(UnitLevel level, const QString& unitId)
{
    auto stmt = m_session.db().prepare(
        QStringLiteral("SELECT geometry FROM %1 WHERE id = ? AND deleted = 0").arg(structure::tableOf(level)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, unitId);
    if (!stmt->nextRow())
        return makeError(Error::Code::NotFound, tr("The unit to edit no longer exists."));
    if (stmt->isNull(0) || stmt->text(0).isEmpty())
        return geo::MultiPolygon();
    return geo::GeoJson::readGeometry(stmt->text(0).toUtf8());
}

Result<QList<PolygonEditor::Neighbour>> UnitGeometryWriter::neighbours(
    UnitLevel level, const QString& unitId, const geo::BBox& around)
{
    QString sql = QStringLiteral(
        "SELECT id, name, geometry FROM %1 WHERE id <> ?1 AND deleted = 0 AND retired = 0 AND geometry IS NOT NULL "
        "AND min_lon <= ?4 AND max_lon >= ?2 AND min_lat <= ?5 AND max_lat >= ?3")
                      .arg(structure::tableOf(level));
    if (level == UnitLevel::Grid)
        sql += QStringLiteral(" AND kind = (SELECT kind FROM grids WHERE id = ?1)");
    auto stmt = m_session.db().prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, unitId).bind(2, around.west).bind(3, around.south).bind(4, around.east).bind(5, around.north);
    QList<PolygonEditor::Neighbour> out;
    const Status read = stmt->forEachRow([&](const Statement& row) {
        if (auto g = geo::GeoJson::readGeometry(row.text(2).toUtf8()))
            out.append({ row.text(0), row.text(1), g.value() });
    });
    if (!read)
        return read.error();
    return out;
}

Result<UnitGeometryWriter::Saved> UnitGeometryWriter::save(
    UnitLevel level, const QString& unitId, geo::MultiPolygon geometry, const QString& note)
{
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    for (geo::Polygon& p : geometry.polygons) {
        p.outer = geo::withoutRepeatedPositions(p.outer);
        for (geo::Ring& h : p.holes)
            h = geo::withoutRepeatedPositions(h);
    }
    geo::normalizeOrientation(geometry);
    if (geometry.isEmpty())
        return makeError(
            Error::Code::InvalidInput, tr("Boundary: draw at least three points."), QStringLiteral("geometry"));
    const QList<geo::GeometryIssue> issues = geo::validate(geometry);
    if (!issues.isEmpty()) {
        QStringList problems;
        for (const geo::GeometryIssue& issue : issues)
            problems << issueText(issue);
        return makeError(Error::Code::InvalidInput, tr("Boundary: %1. Nothing was saved.").arg(problems.join(tr("; "))),
            QStringLiteral("geometry"));
    }
    geo::MultiPolygon previous; // a stored boundary that no longer validates is simply replaced
    if (auto before = load(level, unitId))
        previous = before.value();
    else if (before.error().code == Error::Code::NotFound)
        return before.error();
    Saved saved;
    saved.bounds = geo::boundingBox(geometry);
    auto near = neighbours(level, unitId, saved.bounds);
    if (!near)
        return near.error();
    for (const PolygonEditor::Neighbour& n : std::as_const(*near)) {
        geo::LonLat at;
        if (PolygonEditor::overlaps(geometry, n.geometry, &at))
            saved.warnings.append(
                { PolygonEditor::Warning::Kind::Overlap, at, n.id, tr("The boundary overlaps %1.").arg(n.name) });
    }

    Transaction tx(m_session.db());
    if (!tx.begun())
        return tx.begun().error();
    const QString table = structure::tableOf(level);
    RecordWriter writer(m_session.writeContext());
    const QVariantMap fields { { QStringLiteral("geometry"), QString::fromUtf8(geo::GeoJson::write(geometry)) },
        { QStringLiteral("min_lon"), saved.bounds.west }, { QStringLiteral("min_lat"), saved.bounds.south },
        { QStringLiteral("max_lon"), saved.bounds.east }, { QStringLiteral("max_lat"), saved.bounds.north } };
    if (auto s = writer.update(table, unitId, fields); !s)
        return s.error();
    AuditEvent event;
    event.subjectTable = table;
    event.subjectId = unitId;
    event.kind = QStringLiteral("geometry_edited");
    event.note = note;
    event.payload = QJsonObject { { QStringLiteral("level"), structure::levelKey(level) },
        { QStringLiteral("verticesBefore"), qint64(vertexCount(previous)) },
        { QStringLiteral("verticesAfter"), qint64(vertexCount(geometry)) },
        { QStringLiteral("areaBefore"), std::round(geo::area(previous)) },
        { QStringLiteral("areaAfter"), std::round(geo::area(geometry)) },
        { QStringLiteral("overlaps"), qint64(saved.warnings.size()) } };
    if (auto a = AuditLog::append(m_session, event); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return saved;
}

} // namespace gs::map
