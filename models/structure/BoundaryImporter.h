// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/GeoJson.h"
#include "structure/StructureTypes.h"

#include <optional>

namespace gs {

class DistrictChanges;
class Session;

/// Which unit each boundary of a GeoJSON file would be attached to: the preview the user confirms.
struct BoundaryPlan
{
    struct Item
    {
        int feature = 0; ///< 0-based index in the file
        UnitLevel level = UnitLevel::Grid;
        QString unitId;
        QString code;
        QString name;
        bool byName = false; ///< matched by name (the feature had no code)
        bool replaces = false; ///< the unit had a boundary already
        geo::MultiPolygon geometry; ///< WGS-84
    };
    QString fileName;
    geo::Crs crs = geo::Crs::Wgs84; ///< what the coordinates were read as
    QList<Item> items;
    QList<ImportIssue> errors; ///< per feature; nothing is written while there is one
    bool ok() const { return errors.isEmpty() && !items.isEmpty(); }
    QString summary() const; ///< translated
};

/// Attaches boundaries from a GeoJSON FeatureCollection (Polygon/MultiPolygon features with properties
/// code/name/level, or id/name) to existing units, by code or else by name, optionally within a level.
/// Coordinates in GCJ-02 (declared by the file or chosen by the user) are converted to WGS-84. Any invalid
/// geometry (unclosed ring, self-intersection, wrong nesting), unknown or ambiguous unit makes the whole file
/// fail with one clear message per feature, and nothing is written.
class BoundaryImporter
{
public:
    explicit BoundaryImporter(Session& session, DistrictChanges* changes = nullptr);

    /// Parses and validates (no database: safe on a worker thread).
    static geo::GeoJsonImport read(const QByteArray& json, std::optional<geo::Crs> crs);
    /// Matches the features with units. Needs ManageStructure.
    Result<BoundaryPlan> plan(const geo::GeoJsonImport& parsed, const QString& fileName);
    /// Writes every boundary in one transaction (rows, change log, an audit event per unit); returns the count.
    Result<int> apply(const BoundaryPlan& plan);

private:
    Session& m_session;
    DistrictChanges* m_changes;
};

} // namespace gs
