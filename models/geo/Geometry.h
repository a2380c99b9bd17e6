// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/LonLat.h"

#include <QList>
#include <QPolygonF>

#include <optional>

namespace gs::geo {

/// An outer ring (the shell) and its holes; all rings closed.
struct Polygon
{
    Ring outer;
    QList<Ring> holes;
    friend bool operator==(const Polygon&, const Polygon&) = default;
};

struct MultiPolygon
{
    QList<Polygon> polygons;
    bool isEmpty() const { return polygons.isEmpty(); }
    friend bool operator==(const MultiPolygon&, const MultiPolygon&) = default;
};

/// IUGG mean Earth radius, for haversine distances.
inline constexpr double MeanEarthRadius = 6371008.8;

/// Great-circle distance in metres on the mean sphere (within ~0.5 % of the ellipsoidal distance).
double haversineDistance(LonLat a, LonLat b);

BBox boundingBox(const Ring& ring);
BBox boundingBox(const Polygon& polygon);
BBox boundingBox(const MultiPolygon& geometry);

/// At least two positions and the first equals the last.
bool isClosed(const Ring& ring);
/// The ring without consecutive repeated positions (closure kept).
Ring withoutRepeatedPositions(const Ring& ring);

enum class Orientation { CounterClockwise, Clockwise, Degenerate };
/// Winding in the lon/lat plane (east = x, north = y).
Orientation orientation(const Ring& ring);
/// RFC 7946 winding: shells counter-clockwise, holes clockwise.
void normalizeOrientation(Polygon& polygon);
void normalizeOrientation(MultiPolygon& geometry);

/// Area in m² on the WGS-84 ellipsoid, computed exactly on the authalic sphere (Lambert cylindrical
/// equal-area). Edges are taken as straight in that projection instead of geodesics; for polygons up
/// to ~100 km across the difference is below 0.01 %. Holes are subtracted; orientation is ignored.
/// Longitudes are unwrapped from the first vertex, so rings may cross the antimeridian; rings
/// around a pole are not supported.
double area(const Ring& ring);
double area(const Polygon& polygon);
double area(const MultiPolygon& geometry);

/// Point in polygon by even-odd crossing in the lon/lat plane. Boundaries are half-open: a point on
/// an edge shared by two adjacent polygons belongs to exactly one of them (left and bottom edges of
/// an axis-aligned square are inside, right and top outside), so grids that tile a district give
/// every point exactly one grid.
bool contains(const Ring& ring, LonLat p);
bool contains(const Polygon& polygon, LonLat p);
bool contains(const MultiPolygon& geometry, LonLat p);

/// Where two edges of a geometry meet although they must not.
struct Intersection
{
    LonLat at;
    int polygon = 0; ///< index in the MultiPolygon (0 for a Polygon)
    int ring = 0; ///< 0: the shell, i: hole i − 1
    int otherPolygon = 0;
    int otherRing = 0;
};

/// Finds one place where edges of the geometry cross, touch or overlap, within a ring or between rings
/// (only consecutive edges of a ring may share their common vertex). Stricter than OGC, which lets
/// rings touch at single points. Repeated positions are ignored. Sort-and-sweep over edge x-extents:
/// O(n log n + k) where k is the number of edge pairs with overlapping longitudes, typically
/// ~n^1.5 for real boundaries and n² in the worst case; grids (< 1000 vertices) take well under a
/// millisecond. Plain double predicates: near-degenerate touching (< 1e-12°) may go either way.
std::optional<Intersection> findSelfIntersection(const Polygon& polygon);
std::optional<Intersection> findSelfIntersection(const MultiPolygon& geometry);

/// A problem found by validate().
struct GeometryIssue
{
    enum class Kind {
        CoordinateOutOfRange, ///< not finite, or outside ±180° / ±90°
        TooFewPositions, ///< fewer than 4 positions (after dropping repeated ones)
        UnclosedRing,
        SelfIntersection,
        HoleOutsideShell,
        HoleInsideHole,
        OverlappingPolygons, ///< a MultiPolygon part lies inside another part
    };
    Kind kind = Kind::SelfIntersection;
    int polygon = 0; ///< index in the MultiPolygon
    int ring = 0; ///< 0: the shell, i: hole i − 1
    LonLat at; ///< where (a vertex or the crossing point)
    int positions = 0; ///< TooFewPositions: positions left once consecutive repeats are dropped
};

/// Everything wrong with the geometry. Structural problems (range, count, closure) are reported for
/// every ring; topology (crossings, nesting) is checked only when the structure is sound, and then
/// one crossing per geometry is reported. An empty list means: valid, and safe for contains()/area().
QList<GeometryIssue> validate(const Polygon& polygon);
QList<GeometryIssue> validate(const MultiPolygon& geometry);

/// Douglas–Peucker in Web Mercator with the tolerance in ground metres (scaled at the line's mean
/// latitude). Keeps the first and last positions.
QList<LonLat> simplifyLine(const QList<LonLat>& line, double toleranceMetres);
/// Simplifies a closed ring and keeps it closed with at least 4 positions. For display: the result
/// is not guaranteed free of self-intersections.
Ring simplifyRing(const Ring& ring, double toleranceMetres);
Polygon simplify(const Polygon& polygon, double toleranceMetres);
/// The same on a closed ring of planar points (a projected ring, e.g. map pixels): tolerance in its units.
QPolygonF simplifyPlanarRing(const QPolygonF& ring, double tolerance);
MultiPolygon simplify(const MultiPolygon& geometry, double toleranceMetres);

} // namespace gs::geo
