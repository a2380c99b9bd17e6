// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "core/Result.h"
#include "geo/ChinaCoordinates.h"
#include "geo/Geometry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace gs::geo {

/// One polygon feature read from GeoJSON, ready to become a district/street/community/grid row.
struct GridFeature
{
    int index = -1; ///< position in the FeatureCollection (0-based)
    QString code; ///< properties code, adcode or id, else the Feature's "id" (numbers as integers)
    QString name; ///< properties name
    QString level; ///< properties level, if any
    MultiPolygon geometry; ///< WGS-84, RFC 7946 winding, repeated positions removed, validated
    bool multi = false; ///< the source geometry was a MultiPolygon
    QJsonObject properties; ///< all properties as read
};

/// Why a feature (or the whole file) cannot be imported.
struct FeatureError
{
    enum class Kind {
        InvalidDocument, ///< not JSON, not GeoJSON, or no features
        UnsupportedCrs,
        NotAFeature,
        UnsupportedGeometry, ///< no geometry, or not a Polygon/MultiPolygon
        MalformedCoordinates,
        CoordinateOutOfRange,
        TooFewPositions,
        UnclosedRing,
        SelfIntersection,
        HoleOutsideShell,
        HoleInsideHole,
        OverlappingPolygons,
        MissingIdentity, ///< neither code nor name (FeatureCollections only)
        DuplicateCode,
    };
    Kind kind = Kind::InvalidDocument;
    int featureIndex = -1; ///< 0-based; −1 for the file as a whole. Messages count from 1.
    QString code;
    QString name;
    std::optional<LonLat> position; ///< where, in the file's own coordinates
    QString message; ///< translated and complete: "Feature 3 (G01 岳洲): hole 1 is not closed: …"
};

struct GeoJsonImport
{
    Crs crs = Crs::Wgs84; ///< the system the file's coordinates were read in
    std::optional<Crs> declaredCrs; ///< what the file's "crs" member said, if it had one
    QList<GridFeature> features; ///< empty whenever errors is not: nothing is half-imported
    QList<FeatureError> errors; ///< every problem of every feature, in file order
    bool ok() const { return errors.isEmpty(); }
};

/// Reads grid and area boundaries from GeoJSON and writes geometries back as compact text.
class GeoJson
{
public:
    /// Reads a FeatureCollection, a single Feature, or a bare Polygon/MultiPolygon. The coordinates
    /// are in `crs` when given (the user's choice wins: Chinese files often declare EPSG:4326 for
    /// GCJ-02 data), else in the file's "crs" member ("gcj02", or an OGC name object), else WGS-84
    /// (RFC 7946); they are converted to WGS-84. Every feature is validated and all errors returned.
    static GeoJsonImport readFeatures(const QByteArray& json, std::optional<Crs> crs = std::nullopt);

    /// A stored geometry (the grids.geometry column): WGS-84 Polygon or MultiPolygon, validated.
    static Result<MultiPolygon> readGeometry(const QByteArray& json);

    /// Compact GeoJSON geometry text, 7 decimals (~1 cm), no spaces; a MultiPolygon with one part is
    /// written as a Polygon. Deterministic, so equal geometries give equal text.
    static QByteArray write(const Polygon& polygon);
    static QByteArray write(const MultiPolygon& geometry);
};

} // namespace gs::geo
