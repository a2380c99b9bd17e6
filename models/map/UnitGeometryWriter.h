// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/Geometry.h"
#include "map/MapTypes.h"
#include "map/PolygonEditor.h"

#include <QList>
#include <QString>

namespace gs {
class Session;
}

namespace gs::map {

/// Saves the boundary of one district, street, community or grid drawn on the map, through
/// StructureRepository::setGeometry (the one writer of boundaries: ManageStructure, the same validation, change
/// log and `boundary_changed` audit event as an imported boundary). Adds what only the editor needs: overlaps
/// with neighbouring units of the same level (and grid kind) are reported (and counted in the audit event),
/// not refused.
class UnitGeometryWriter
{
public:
    explicit UnitGeometryWriter(Session& session)
        : m_session(session)
    { }

    struct Saved
    {
        QList<PolygonEditor::Warning> warnings; ///< overlaps with neighbours
        geo::BBox bounds;
    };
    Result<Saved> save(UnitLevel level, const QString& unitId, geo::MultiPolygon geometry, const QString& note = {});

    /// The unit's stored boundary (empty if it has none).
    Result<geo::MultiPolygon> load(UnitLevel level, const QString& unitId);
    /// Units of the same level (grids: of the same kind) whose bounding boxes meet `around`, for the
    /// editor's overlap warnings.
    Result<QList<PolygonEditor::Neighbour>> neighbours(UnitLevel level, const QString& unitId, const geo::BBox& around);

private:
    Session& m_session;
};

} // namespace gs::map
