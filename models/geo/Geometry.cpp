// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/Geometry.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>
#include <vector>

namespace gs::geo {

namespace {

constexpr double DegToRad = std::numbers::pi / 180.0;

// WGS-84 ellipsoid and its authalic (equal-area) sphere.
constexpr double WgsA = 6378137.0;
constexpr double WgsF = 1.0 / 298.257223563;
constexpr double WgsE2 = WgsF * (2.0 - WgsF);

double authalicQ(double sinPhi)
{
    const double e = std::sqrt(WgsE2);
    return (1.0 - WgsE2)
        * (sinPhi / (1.0 - WgsE2 * sinPhi * sinPhi)
            - 1.0 / (2.0 * e) * std::log((1.0 - e * sinPhi) / (1.0 + e * sinPhi)));
}

struct Authalic
{
    double qp = authalicQ(1.0);
    double radius2 = WgsA * WgsA * qp / 2.0;
    double sinBeta(double latDeg) const { return authalicQ(std::sin(latDeg * DegToRad)) / qp; }
};

const Authalic& authalic()
{
    static const Authalic a;
    return a;
}

double wrapDegrees(double d)
{
    while (d > 180.0)
        d -= 360.0;
    while (d < -180.0)
        d += 360.0;
    return d;
}

// Positive when c lies to the left of a→b.
double orient(LonLat a, LonLat b, LonLat c)
{
    return (b.lon - a.lon) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lon - a.lon);
}

bool withinBox(LonLat p, LonLat q, LonLat r)
{
    return r.lon >= std::min(p.lon, q.lon) && r.lon <= std::max(p.lon, q.lon) && r.lat >= std::min(p.lat, q.lat)
        && r.lat <= std::max(p.lat, q.lat);
}

int sign(double v)
{
    return (v > 0.0) - (v < 0.0);
}

// Where segments a-b and c-d share a point, if they do.
std::optional<LonLat> segmentsMeet(LonLat a, LonLat b, LonLat c, LonLat d)
{
    const double d1 = orient(c, d, a);
    const double d2 = orient(c, d, b);
    const double d3 = orient(a, b, c);
    const double d4 = orient(a, b, d);
    if (sign(d1) * sign(d2) < 0 && sign(d3) * sign(d4) < 0) {
        const double t = d1 / (d1 - d2);
        return LonLat { a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat) };
    }
    if (d1 == 0.0 && withinBox(c, d, a))
        return a;
    if (d2 == 0.0 && withinBox(c, d, b))
        return b;
    if (d3 == 0.0 && withinBox(a, b, c))
        return c;
    if (d4 == 0.0 && withinBox(a, b, d))
        return d;
    return std::nullopt;
}

struct Edge
{
    LonLat a;
    LonLat b;
    double minLon;
    double maxLon;
    double minLat;
    double maxLat;
    int polygon;
    int ring;
    int index;
    int ringEdges;
};

std::vector<Edge> edgesOf(const QList<Polygon>& polygons)
{
    std::vector<Edge> edges;
    for (int p = 0; p < polygons.size(); ++p) {
        const Polygon& poly = polygons.at(p);
        for (int r = 0; r <= poly.holes.size(); ++r) {
            const Ring ring = withoutRepeatedPositions(r == 0 ? poly.outer : poly.holes.at(r - 1));
            const int n = int(ring.size()) - 1;
            for (int i = 0; i < n; ++i) {
                const LonLat a = ring.at(i);
                const LonLat b = ring.at(i + 1);
                edges.push_back({ a, b, std::min(a.lon, b.lon), std::max(a.lon, b.lon), std::min(a.lat, b.lat),
                    std::max(a.lat, b.lat), p, r, i, n });
            }
        }
    }
    return edges;
}

std::optional<LonLat> edgesConflict(const Edge& s, const Edge& t)
{
    if (s.polygon == t.polygon && s.ring == t.ring) {
        const int gap = std::abs(s.index - t.index);
        if (gap == 1 || gap == s.ringEdges - 1) {
            // Consecutive edges share one vertex; they conflict only if they fold back over each other.
            const Edge& first = (t.index == s.index + 1 || (s.index == s.ringEdges - 1 && t.index == 0)) ? s : t;
            const Edge& second = (&first == &s) ? t : s;
            const LonLat v = first.b;
            if (orient(first.a, v, second.b) == 0.0
                && (first.a.lon - v.lon) * (second.b.lon - v.lon) + (first.a.lat - v.lat) * (second.b.lat - v.lat)
                    > 0.0)
                return v;
            if (s.ringEdges > 2)
                return std::nullopt;
        }
    }
    return segmentsMeet(s.a, s.b, t.a, t.b);
}

std::optional<Intersection> sweep(const QList<Polygon>& polygons)
{
    std::vector<Edge> edges = edgesOf(polygons);
    // Fully ordered, so the crossing reported is always the same one.
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
        return std::tie(x.minLon, x.polygon, x.ring, x.index) < std::tie(y.minLon, y.polygon, y.ring, y.index);
    });
    for (size_t i = 0; i < edges.size(); ++i) {
        const Edge& s = edges[i];
        for (size_t j = i + 1; j < edges.size() && edges[j].minLon <= s.maxLon; ++j) {
            const Edge& t = edges[j];
            if (t.minLat > s.maxLat || t.maxLat < s.minLat)
                continue;
            if (const auto at = edgesConflict(s, t))
                return Intersection { *at, s.polygon, s.ring, t.polygon, t.ring };
        }
    }
    return std::nullopt;
}

// Ground-scaled Web Mercator metres, for Douglas–Peucker.
std::vector<QPointF> project(const QList<LonLat>& line, double* scale)
{
    double latSum = 0.0;
    for (const LonLat& p : line)
        latSum += p.lat;
    const double meanLat = line.isEmpty() ? 0.0 : latSum / double(line.size());
    *scale = std::cos(WebMercator::clampLatitude(meanLat) * DegToRad);
    std::vector<QPointF> out;
    out.reserve(size_t(line.size()));
    for (const LonLat& p : line)
        out.push_back(WebMercator::toMetres(p) * *scale);
    return out;
}

double segmentDistance2(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0.0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return QPointF::dotProduct(d, d);
}

void douglasPeucker(const std::vector<QPointF>& pts, int first, int last, double tolerance2, std::vector<char>& keep)
{
    keep[size_t(first)] = keep[size_t(last)] = 1;
    std::vector<std::pair<int, int>> stack { { first, last } };
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1.0;
        int worstIndex = -1;
        for (int i = a + 1; i < b; ++i) {
            const double d = segmentDistance2(pts[size_t(i)], pts[size_t(a)], pts[size_t(b)]);
            if (d > worst) {
                worst = d;
                worstIndex = i;
            }
        }
        if (worstIndex >= 0 && worst > tolerance2) {
            keep[size_t(worstIndex)] = 1;
            stack.push_back({ a, worstIndex });
            stack.push_back({ worstIndex, b });
        }
    }
}

} // namespace

double haversineDistance(LonLat a, LonLat b)
{
    const double phi1 = a.lat * DegToRad;
    const double phi2 = b.lat * DegToRad;
    const double dPhi = phi2 - phi1;
    const double dLambda = (b.lon - a.lon) * DegToRad;
    const double h = std::sin(dPhi / 2) * std::sin(dPhi / 2)
        + std::cos(phi1) * std::cos(phi2) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2.0 * MeanEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

BBox boundingBox(const Ring& ring)
{
    BBox box;
    for (const LonLat& p : ring)
        box.extend(p);
    return box;
}

BBox boundingBox(const Polygon& polygon)
{
    return boundingBox(polygon.outer);
}

BBox boundingBox(const MultiPolygon& geometry)
{
    BBox box;
    for (const Polygon& p : geometry.polygons)
        box.extend(boundingBox(p));
    return box;
}

bool isClosed(const Ring& ring)
{
    return ring.size() >= 2 && ring.first() == ring.last();
}

Ring withoutRepeatedPositions(const Ring& ring)
{
    Ring out;
    out.reserve(ring.size());
    for (const LonLat& p : ring) {
        if (out.isEmpty() || !(out.last() == p))
            out.append(p);
    }
    return out;
}

Orientation orientation(const Ring& ring)
{
    if (ring.size() < 3)
        return Orientation::Degenerate;
    const LonLat o = ring.first();
    double twiceArea = 0.0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const LonLat p = ring.at(i);
        const LonLat q = ring.at(i + 1);
        twiceArea += (p.lon - o.lon) * (q.lat - o.lat) - (q.lon - o.lon) * (p.lat - o.lat);
    }
    if (twiceArea > 0.0)
        return Orientation::CounterClockwise;
    return twiceArea < 0.0 ? Orientation::Clockwise : Orientation::Degenerate;
}

void normalizeOrientation(Polygon& polygon)
{
    if (orientation(polygon.outer) == Orientation::Clockwise)
        std::reverse(polygon.outer.begin(), polygon.outer.end());
    for (Ring& hole : polygon.holes) {
        if (orientation(hole) == Orientation::CounterClockwise)
            std::reverse(hole.begin(), hole.end());
    }
}

void normalizeOrientation(MultiPolygon& geometry)
{
    for (Polygon& p : geometry.polygons)
        normalizeOrientation(p);
}

double area(const Ring& ring)
{
    if (ring.size() < 4)
        return 0.0;
    const Authalic& auth = authalic();
    // Lambert cylindrical equal-area on the authalic sphere: x = λ, y = sin β; both taken relative
    // to the first vertex so the shoelace sums small numbers.
    const double y0 = auth.sinBeta(ring.first().lat);
    double lambda = 0.0;
    double prevLon = ring.first().lon;
    double prevX = 0.0;
    double prevY = 0.0;
    double twiceArea = 0.0;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const LonLat p = ring.at(i);
        lambda += wrapDegrees(p.lon - prevLon);
        prevLon = p.lon;
        const double x = lambda * DegToRad;
        const double y = auth.sinBeta(p.lat) - y0;
        twiceArea += prevX * y - x * prevY;
        prevX = x;
        prevY = y;
    }
    return std::abs(twiceArea) / 2.0 * auth.radius2;
}

double area(const Polygon& polygon)
{
    double a = area(polygon.outer);
    for (const Ring& hole : polygon.holes)
        a -= area(hole);
    return std::max(0.0, a);
}

double area(const MultiPolygon& geometry)
{
    double a = 0.0;
    for (const Polygon& p : geometry.polygons)
        a += area(p);
    return a;
}

bool contains(const Ring& ring, LonLat p)
{
    bool inside = false;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        LonLat a = ring.at(i);
        LonLat b = ring.at(i + 1);
        if ((a.lat > p.lat) == (b.lat > p.lat))
            continue;
        // The same edge walked either way must give the same answer (shared grid boundaries).
        if (a.lat > b.lat)
            std::swap(a, b);
        const double x = a.lon + (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat);
        if (p.lon < x)
            inside = !inside;
    }
    return inside;
}

bool contains(const Polygon& polygon, LonLat p)
{
    if (!contains(polygon.outer, p))
        return false;
    return std::none_of(polygon.holes.begin(), polygon.holes.end(), [p](const Ring& h) { return contains(h, p); });
}

bool contains(const MultiPolygon& geometry, LonLat p)
{
    return std::any_of(
        geometry.polygons.begin(), geometry.polygons.end(), [p](const Polygon& poly) { return contains(poly, p); });
}

std::optional<Intersection> findSelfIntersection(const Polygon& polygon)
{
    return sweep({ polygon });
}

std::optional<Intersection> findSelfIntersection(const MultiPolygon& geometry)
{
    return sweep(geometry.polygons);
}

QList<GeometryIssue> validate(const Polygon& polygon)
{
    return validate(MultiPolygon { { polygon } });
}

QList<GeometryIssue> validate(const MultiPolygon& geometry)
{
    using Kind = GeometryIssue::Kind;
    QList<GeometryIssue> issues;
    MultiPolygon clean;
    for (int p = 0; p < geometry.polygons.size(); ++p) {
        const Polygon& poly = geometry.polygons.at(p);
        Polygon cleaned;
        for (int r = 0; r <= poly.holes.size(); ++r) {
            const Ring& ring = r == 0 ? poly.outer : poly.holes.at(r - 1);
            const auto bad = std::find_if(ring.begin(), ring.end(), [](LonLat q) { return !q.isValid(); });
            if (bad != ring.end()) {
                issues.append({ Kind::CoordinateOutOfRange, p, r, *bad });
                continue;
            }
            const Ring distinct = withoutRepeatedPositions(ring);
            const LonLat where = ring.isEmpty() ? LonLat {} : ring.first();
            if (distinct.size() < 4) {
                issues.append({ Kind::TooFewPositions, p, r, where, int(distinct.size()) });
            } else if (!isClosed(ring)) {
                issues.append({ Kind::UnclosedRing, p, r, ring.last() });
            }
            (r == 0 ? cleaned.outer : cleaned.holes.emplace_back()) = distinct;
        }
        clean.polygons.append(cleaned);
    }
    if (!issues.isEmpty())
        return issues;

    if (const auto x = findSelfIntersection(clean)) {
        issues.append({ Kind::SelfIntersection, x->polygon, x->ring, x->at });
        return issues;
    }
    // No edges meet, so each ring lies wholly inside or outside every other: one vertex decides.
    QList<BBox> boxes;
    for (const Polygon& poly : clean.polygons)
        boxes.append(boundingBox(poly));
    for (int p = 0; p < clean.polygons.size(); ++p) {
        const Polygon& poly = clean.polygons.at(p);
        for (int h = 0; h < poly.holes.size(); ++h) {
            const LonLat v = poly.holes.at(h).first();
            if (!contains(poly.outer, v)) {
                issues.append({ Kind::HoleOutsideShell, p, h + 1, v });
                continue;
            }
            for (int k = 0; k < poly.holes.size(); ++k) {
                if (k != h && contains(poly.holes.at(k), v)) {
                    issues.append({ Kind::HoleInsideHole, p, h + 1, v });
                    break;
                }
            }
        }
        const LonLat v = poly.outer.first();
        for (int q = 0; q < clean.polygons.size(); ++q) {
            if (q != p && boxes.at(q).contains(v) && contains(clean.polygons.at(q), v)) {
                issues.append({ Kind::OverlappingPolygons, p, 0, v });
                break;
            }
        }
    }
    return issues;
}

QList<LonLat> simplifyLine(const QList<LonLat>& line, double toleranceMetres)
{
    if (line.size() <= 2)
        return line;
    double scale = 1.0;
    const std::vector<QPointF> pts = project(line, &scale);
    std::vector<char> keep(pts.size(), 0);
    douglasPeucker(pts, 0, int(pts.size()) - 1, toleranceMetres * toleranceMetres, keep);
    QList<LonLat> out;
    for (size_t i = 0; i < keep.size(); ++i) {
        if (keep[i])
            out.append(line.at(qsizetype(i)));
    }
    return out;
}

namespace {

// Which vertices of a closed ring of planar points Douglas–Peucker keeps; empty means keep them all.
std::vector<char> ringKeep(const std::vector<QPointF>& pts, double tolerance)
{
    const int last = int(pts.size()) - 1;
    // Split the loop at the first vertex and the vertex farthest from it, then simplify both halves.
    int far = 0;
    double farthest = 0.0;
    for (int i = 1; i < last; ++i) {
        const QPointF d = pts[size_t(i)] - pts[0];
        if (QPointF::dotProduct(d, d) > farthest) {
            farthest = QPointF::dotProduct(d, d);
            far = i;
        }
    }
    if (far == 0)
        return {};
    std::vector<char> keep(pts.size(), 0);
    const double tolerance2 = tolerance * tolerance;
    douglasPeucker(pts, 0, far, tolerance2, keep);
    douglasPeucker(pts, far, last, tolerance2, keep);
    if (std::count(keep.begin(), keep.end(), 1) < 4) {
        // Down to a line there and back: keep the vertex farthest from it so a triangle remains.
        int third = -1;
        double worst = -1.0;
        for (int i = 1; i < last; ++i) {
            const double d = segmentDistance2(pts[size_t(i)], pts[0], pts[size_t(far)]);
            if (i != far && d > worst) {
                worst = d;
                third = i;
            }
        }
        if (third >= 0)
            keep[size_t(third)] = 1;
    }
    return keep;
}

} // namespace

Ring simplifyRing(const Ring& ring, double toleranceMetres)
{
    if (ring.size() <= 4 || !isClosed(ring))
        return ring;
    double scale = 1.0;
    const std::vector<char> keep = ringKeep(project(ring, &scale), toleranceMetres);
    if (keep.empty())
        return ring;
    Ring out;
    for (size_t i = 0; i < keep.size(); ++i) {
        if (keep[i])
            out.append(ring.at(qsizetype(i)));
    }
    return out;
}

QPolygonF simplifyPlanarRing(const QPolygonF& ring, double tolerance)
{
    if (ring.size() <= 4 || ring.first() != ring.last())
        return ring;
    const std::vector<char> keep = ringKeep(std::vector<QPointF>(ring.begin(), ring.end()), tolerance);
    if (keep.empty())
        return ring;
    QPolygonF out;
    for (size_t i = 0; i < keep.size(); ++i) {
        if (keep[i])
            out.append(ring.at(qsizetype(i)));
    }
    return out;
}

Polygon simplify(const Polygon& polygon, double toleranceMetres)
{
    Polygon out { simplifyRing(polygon.outer, toleranceMetres), {} };
    for (const Ring& hole : polygon.holes)
        out.holes.append(simplifyRing(hole, toleranceMetres));
    return out;
}

MultiPolygon simplify(const MultiPolygon& geometry, double toleranceMetres)
{
    MultiPolygon out;
    for (const Polygon& p : geometry.polygons)
        out.polygons.append(simplify(p, toleranceMetres));
    return out;
}

} // namespace gs::geo
