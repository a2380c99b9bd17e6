// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gs::geo {

/// A position in degrees: x is the longitude, y the latitude (GeoJSON order). Which datum it is in
/// (WGS-84, GCJ-02, BD-09) is up to the caller; everything stored is WGS-84.
struct LonLat
{
    double lon = 0.0;
    double lat = 0.0;

    friend constexpr bool operator==(const LonLat&, const LonLat&) = default;

    /// Finite and within [-180, 180] × [-90, 90].
    bool isValid() const
    {
        return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0;
    }
    QGeoCoordinate toGeoCoordinate() const { return QGeoCoordinate(lat, lon); }
    static LonLat fromGeoCoordinate(const QGeoCoordinate& c) { return { c.longitude(), c.latitude() }; }
};

/// A closed ring as in GeoJSON: the first and the last positions are equal.
using Ring = QList<LonLat>;

/// A longitude/latitude box, edges inclusive. Default-constructed it is empty. A box whose west is
/// greater than its east crosses the antimeridian (only queries build such boxes; extend() never does).
struct BBox
{
    double west = std::numeric_limits<double>::infinity();
    double south = std::numeric_limits<double>::infinity();
    double east = -std::numeric_limits<double>::infinity();
    double north = -std::numeric_limits<double>::infinity();

    static BBox of(double west, double south, double east, double north) { return { west, south, east, north }; }
    static BBox world() { return { -180.0, -90.0, 180.0, 90.0 }; }
    static BBox fromGeoRectangle(const QGeoRectangle& r)
    {
        return { r.topLeft().longitude(), r.bottomRight().latitude(), r.bottomRight().longitude(),
            r.topLeft().latitude() };
    }
    QGeoRectangle toGeoRectangle() const
    {
        return QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east));
    }

    bool isEmpty() const { return !(south <= north) || !std::isfinite(west) || !std::isfinite(east); }
    bool crossesAntimeridian() const { return west > east; }
    LonLat centre() const { return { (west + east) / 2.0, (south + north) / 2.0 }; }

    void extend(LonLat p)
    {
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
    }
    void extend(const BBox& b)
    {
        if (b.isEmpty())
            return;
        west = std::min(west, b.west);
        east = std::max(east, b.east);
        south = std::min(south, b.south);
        north = std::max(north, b.north);
    }
    bool contains(LonLat p) const
    {
        if (!(p.lat >= south && p.lat <= north))
            return false;
        return crossesAntimeridian() ? (p.lon >= west || p.lon <= east) : (p.lon >= west && p.lon <= east);
    }
    /// For boxes that do not cross the antimeridian.
    bool intersects(const BBox& b) const
    {
        return !isEmpty() && !b.isEmpty() && b.west <= east && b.east >= west && b.south <= north && b.north >= south;
    }

    friend constexpr bool operator==(const BBox&, const BBox&) = default;
};

} // namespace gs::geo

Q_DECLARE_TYPEINFO(gs::geo::LonLat, Q_PRIMITIVE_TYPE);
