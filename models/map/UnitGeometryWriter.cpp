// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/UnitGeometryWriter.h"

#include "accounts/Session.h"
#include "geo/GeoJson.h"
#include "store/Database.h"
#include "structure/StructureRepository.h"
#include "structure/StructureTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gs::map {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::UnitGeometryWriter", text);
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
    // Fail before reading the neighbours; setGeometry() checks again and is what decides.
    if (auto s = m_session.require(Permission::ManageStructure); !s)
        return s.error();
    auto checked = StructureRepository::checkBoundary(std::move(geometry));
    if (!checked)
        return checked.error();
    Saved saved;
    saved.bounds = geo::boundingBox(*checked);
    auto near = neighbours(level, unitId, saved.bounds);
    if (!near)
        return near.error();
    for (const PolygonEditor::Neighbour& n : std::as_const(*near)) {
        geo::LonLat at;
        if (PolygonEditor::overlaps(*checked, n.geometry, &at))
            saved.warnings.append(
                { PolygonEditor::Warning::Kind::Overlap, at, n.id, tr("The boundary overlaps %1.").arg(n.name) });
    }
    // The page announces the change itself (DistrictChanges), so the repository gets none.
    const BoundaryOrigin origin { note, QJsonObject { { QStringLiteral("overlaps"), qint64(saved.warnings.size()) } } };
    if (auto s = StructureRepository(m_session).setGeometry(level, unitId, *checked, origin); !s)
        return s.error();
    return saved;
}

} // namespace gs::map
