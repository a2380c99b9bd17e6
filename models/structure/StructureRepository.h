// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/Geometry.h"
#include "structure/StructureTypes.h"
#include "workflow/AuditLog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace gs {

class DistrictChanges;
class Session;

/// Where a boundary came from, for its audit event.
struct BoundaryOrigin
{
    QString note; ///< the user's note on the change (the audit event's note)
    QJsonObject details; ///< added to the event's payload: the map's overlap count, an import's file and feature
};

/// The district's structure (district → street → community → grid) for the people who manage it. Reading is
/// open to every signed-in user; every write needs ManageStructure and is one transaction: the row, the
/// change log and an audit event. Units are never deleted: retiring keeps the row, its history and the
/// leads, people and pairings that point at it, and takes it out of pickers (StructureQuery).
class StructureRepository
{
public:
    explicit StructureRepository(Session& session, DistrictChanges* changes = nullptr);

    /// Every unit of every level, retired ones too when asked, ordered by level and code.
    Result<QList<StructureUnit>> units(bool includeRetired = true);
    Result<StructureUnit> unit(UnitLevel level, const QString& id);
    Result<std::optional<StructureUnit>> findByCode(UnitLevel level, const QString& code);
    /// Active children of a unit (streets of a district...).
    Result<int> activeChildCount(UnitLevel level, const QString& id);

    /// Adds a unit under an active parent. InvalidInput with every field problem in Error::fields.
    Result<StructureUnit> add(StructureUnit unit);
    /// Changes name, code (not of an administrative unit that has children: their codes start with it),
    /// grid kind, responsible sentinel, police grid, a grid's community, a district's city and province.
    Result<StructureUnit> update(const StructureUnit& unit);
    /// Retires a unit whose children are all retired; `reason` is required and kept.
    Status retire(UnitLevel level, const QString& id, const QString& reason);
    /// Brings a retired unit back (its parent must be active).
    Status restore(UnitLevel level, const QString& id);
    /// Sets or clears a unit's boundary (WGS-84). The one writer of boundaries, whichever screen or command
    /// draws them (the map's editor through map::UnitGeometryWriter, BoundaryImporter for `import geojson` and
    /// the structure page): ManageStructure, checkBoundary(), then one transaction with the row and its bounding
    /// box through RecordWriter (change log) and a `boundary_changed` audit event (level, replaced, vertices and
    /// area before and after, parts; `cleared` when cleared; plus origin.details).
    Status setGeometry(UnitLevel level, const QString& id, const std::optional<geo::MultiPolygon>& geometry,
        const BoundaryOrigin& origin = {});
    /// The boundary as it would be stored (repeated positions dropped, RFC 7946 winding), or InvalidInput on
    /// field "geometry" naming every problem (unclosed ring, crossing, hole outside, fewer than three points).
    static Result<geo::MultiPolygon> checkBoundary(geo::MultiPolygon geometry);
    /// The stored boundary, if any.
    Result<std::optional<geo::MultiPolygon>> geometry(UnitLevel level, const QString& id);
    /// Makes an active sentinel responsible for a grid (and covering it); an empty id clears it.
    Status setResponsible(const QString& gridId, const QString& personId);

    /// Audit events about the unit, oldest first.
    Result<QList<AuditEvent>> history(UnitLevel level, const QString& id);

private:
    Status checkUnit(const StructureUnit& unit, const StructureUnit* stored, QList<FieldError>* errors);
    void notify(const QStringList& ids);

    Session& m_session;
    DistrictChanges* m_changes;
};

} // namespace gs
