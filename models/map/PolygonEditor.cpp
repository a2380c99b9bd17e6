// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/PolygonEditor.h"

#include <QCoreApplication>

#include <cmath>

namespace gs::map {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gs::map::PolygonEditor", text);
}

constexpr int UndoDepth = 100;

double cross(geo::LonLat o, geo::LonLat a, geo::LonLat b)
{
    return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

// Segments a–b and c–d cross at a single interior point of both (touching and shared edges do not count).
std::optional<geo::LonLat> properCrossing(geo::LonLat a, geo::LonLat b, geo::LonLat c, geo::LonLat d)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
        const double t = d1 / (d1 - d2);
        return geo::LonLat { a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat) };
    }
    return std::nullopt;
}

QList<std::pair<geo::LonLat, geo::LonLat>> edges(const geo::MultiPolygon& g)
{
    QList<std::pair<geo::LonLat, geo::LonLat>> out;
    for (const geo::Polygon& p : g.polygons) {
        for (int r = 0; r <= p.holes.size(); ++r) {
            const geo::Ring& ring = r == 0 ? p.outer : p.holes.at(r - 1);
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                if (!(ring[i] == ring[i + 1]))
                    out.append({ ring[i], ring[i + 1] });
            }
        }
    }
    return out;
}

// Points just inside `g` beside the middle of each edge (RFC 7946 winding: the interior is on the left).
QList<geo::LonLat> insideSamples(geo::MultiPolygon g)
{
    geo::normalizeOrientation(g);
    QList<geo::LonLat> out;
    for (const auto& [a, b] : edges(g)) {
        const double dx = b.lon - a.lon, dy = b.lat - a.lat;
        const double length = std::hypot(dx, dy);
        const double eps = std::max(length * 1e-4, 1e-9);
        out.append({ (a.lon + b.lon) / 2.0 - dy / length * eps, (a.lat + b.lat) / 2.0 + dx / length * eps });
    }
    return out;
}

} // namespace

PolygonEditor::PolygonEditor(geo::MultiPolygon geometry, QList<Neighbour> neighbours)
    : m_geometry(std::move(geometry))
    , m_neighbours(std::move(neighbours))
{
    for (geo::Polygon& p : m_geometry.polygons) {
        for (int r = 0; r <= p.holes.size(); ++r) {
            geo::Ring& ring = r == 0 ? p.outer : p.holes[r - 1];
            ring = geo::withoutRepeatedPositions(ring);
            if (!ring.isEmpty() && !(ring.first() == ring.last()))
                ring.append(ring.first());
        }
    }
}

geo::Ring& PolygonEditor::ringOf(int polygon, int ring)
{
    geo::Polygon& p = m_geometry.polygons[polygon];
    return ring == 0 ? p.outer : p.holes[ring - 1];
}

QList<geo::LonLat> PolygonEditor::ringVertices(int polygon, int ring) const
{
    if (polygon < 0 || polygon >= m_geometry.polygons.size())
        return {};
    const geo::Polygon& p = m_geometry.polygons.at(polygon);
    if (ring < 0 || ring > p.holes.size())
        return {};
    QList<geo::LonLat> v = ring == 0 ? p.outer : p.holes.at(ring - 1);
    if (v.size() > 1 && v.first() == v.last())
        v.removeLast();
    return v;
}

bool PolygonEditor::isValidVertex(Vertex v) const
{
    return v.index >= 0 && v.index < ringVertices(v.polygon, v.ring).size();
}

geo::LonLat PolygonEditor::vertex(Vertex v) const
{
    return ringVertices(v.polygon, v.ring).value(v.index);
}

QList<PolygonEditor::Vertex> PolygonEditor::allVertices() const
{
    QList<Vertex> out;
    for (int p = 0; p < m_geometry.polygons.size(); ++p) {
        for (int r = 0; r <= m_geometry.polygons.at(p).holes.size(); ++r) {
            const qsizetype n = ringVertices(p, r).size();
            for (int i = 0; i < n; ++i)
                out.append({ p, r, i });
        }
    }
    return out;
}

void PolygonEditor::remember()
{
    m_undo.append(m_geometry);
    if (m_undo.size() > UndoDepth)
        m_undo.removeFirst();
    m_redo.clear();
    m_modified = true;
}

void PolygonEditor::moveVertex(Vertex v, geo::LonLat to)
{
    if (!isValidVertex(v) || !to.isValid())
        return;
    remember();
    geo::Ring& ring = ringOf(v.polygon, v.ring);
    ring[v.index] = to;
    if (v.index == 0)
        ring.last() = to;
}

PolygonEditor::Vertex PolygonEditor::insertVertex(Vertex after, geo::LonLat at)
{
    if (!isValidVertex(after) || !at.isValid())
        return after;
    remember();
    geo::Ring& ring = ringOf(after.polygon, after.ring);
    ring.insert(after.index + 1, at);
    return { after.polygon, after.ring, after.index + 1 };
}

bool PolygonEditor::removeVertex(Vertex v)
{
    if (!isValidVertex(v) || ringVertices(v.polygon, v.ring).size() <= 3)
        return false;
    remember();
    geo::Ring& ring = ringOf(v.polygon, v.ring);
    ring.removeAt(v.index);
    if (v.index == 0)
        ring.last() = ring.first();
    return true;
}

void PolygonEditor::startDrawing()
{
    m_drawing = true;
    m_drawn.clear();
}

void PolygonEditor::appendPoint(geo::LonLat p)
{
    if (m_drawing && p.isValid() && (m_drawn.isEmpty() || !(m_drawn.last() == p)))
        m_drawn.append(p);
}

bool PolygonEditor::closeNew()
{
    if (!m_drawing || m_drawn.size() < 3)
        return false;
    remember();
    geo::Ring ring = m_drawn;
    ring.append(ring.first());
    geo::Polygon polygon { ring, {} };
    geo::normalizeOrientation(polygon);
    m_geometry.polygons.append(polygon);
    m_drawn.clear();
    m_drawing = false;
    return true;
}

void PolygonEditor::cancelDrawing()
{
    m_drawing = false;
    m_drawn.clear();
}

void PolygonEditor::undo()
{
    if (m_undo.isEmpty())
        return;
    m_redo.append(m_geometry);
    m_geometry = m_undo.takeLast();
    m_modified = true;
}

void PolygonEditor::redo()
{
    if (m_redo.isEmpty())
        return;
    m_undo.append(m_geometry);
    m_geometry = m_redo.takeLast();
    m_modified = true;
}

bool PolygonEditor::overlaps(const geo::MultiPolygon& a, const geo::MultiPolygon& b, geo::LonLat* where)
{
    if (a.isEmpty() || b.isEmpty() || !geo::boundingBox(a).intersects(geo::boundingBox(b)))
        return false;
    const auto ea = edges(a), eb = edges(b);
    for (const auto& [p, q] : ea) {
        for (const auto& [r, s] : eb) {
            if (const auto x = properCrossing(p, q, r, s)) {
                if (where)
                    *where = *x;
                return true;
            }
        }
    }
    // No crossing: either one lies inside the other (or they share edges only). Points just inside one
    // beside its edges fall inside the other exactly when the interiors meet.
    for (const geo::LonLat& sample : insideSamples(a)) {
        if (geo::contains(b, sample)) {
            if (where)
                *where = sample;
            return true;
        }
    }
    for (const geo::LonLat& sample : insideSamples(b)) {
        if (geo::contains(a, sample)) {
            if (where)
                *where = sample;
            return true;
        }
    }
    return false;
}

QList<PolygonEditor::Warning> PolygonEditor::warnings() const
{
    QList<Warning> out;
    bool structural = false;
    for (int p = 0; p < m_geometry.polygons.size(); ++p) {
        for (int r = 0; r <= m_geometry.polygons.at(p).holes.size(); ++r) {
            const QList<geo::LonLat> v = ringVertices(p, r);
            if (v.size() < 3) {
                structural = true;
                out.append(
                    { Warning::Kind::TooFewPoints, v.value(0), {}, tr("A boundary needs at least three points.") });
            }
        }
    }
    if (m_geometry.isEmpty()) {
        out.append(
            { Warning::Kind::TooFewPoints, {}, {}, tr("There is no boundary yet: click on the map to draw one.") });
        return out;
    }
    if (structural)
        return out;
    if (const auto x = geo::findSelfIntersection(m_geometry)) {
        out.append({ Warning::Kind::SelfIntersection, x->at, {},
            tr("The boundary crosses or touches itself near %1, %2. Move a point so the lines do not meet.")
                .arg(x->at.lat, 0, 'f', 6)
                .arg(x->at.lon, 0, 'f', 6) });
    }
    for (const Neighbour& n : m_neighbours) {
        geo::LonLat at;
        if (overlaps(m_geometry, n.geometry, &at))
            out.append({ Warning::Kind::Overlap, at, n.id, tr("The boundary overlaps %1.").arg(n.name) });
    }
    return out;
}

} // namespace gs::map
