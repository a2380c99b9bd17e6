// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapScene.h"

#include "geo/WebMercator.h"
#include "map/MapStyle.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gs::map {

using geo::WebMercator;

namespace {

constexpr double SimplifyPixels = 0.35;
constexpr int LevelCount = 4;

int levelIndex(UnitLevel level)
{
    return int(level);
}

double ringArea(const QPolygonF& ring)
{
    double twice = 0.0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        twice += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
    return std::abs(twice) / 2.0;
}

// A point well inside the polygon for its label: the middle of the widest run of a few horizontal lines
// across it (the bounding-box centre falls outside L- and U-shaped units).
QPointF interiorPoint(const QList<QPolygonF>& rings)
{
    if (rings.isEmpty() || rings.first().isEmpty())
        return {};
    const QRectF box = rings.first().boundingRect();
    QPointF best = box.center();
    double bestWidth = -1.0;
    for (double f : { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 }) {
        const double y = box.top() + box.height() * f;
        QList<double> xs;
        for (const QPolygonF& ring : rings) {
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const QPointF a = ring[i], b = ring[i + 1];
                if ((a.y() <= y) != (b.y() <= y))
                    xs.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            }
        }
        std::sort(xs.begin(), xs.end());
        for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
            // Prefer lines near the middle: a slightly narrower central run beats an edge one.
            const double width = (xs[i + 1] - xs[i]) * (1.0 - 0.6 * std::abs(f - 0.5));
            if (width > bestWidth) {
                bestWidth = width;
                best = QPointF((xs[i] + xs[i + 1]) / 2.0, y);
            }
        }
    }
    return best;
}

} // namespace

MapScene::MapScene(MapData data)
{
    setData(std::move(data));
}

MapScene::~MapScene() = default;

void MapScene::setData(MapData data)
{
    m_data = std::move(data);
    rebuildUnits();
    rebuildPeople();
    rebuildLeads();
}

void MapScene::setLeads(QList<MapLead> leads)
{
    m_data.leads = std::move(leads);
    rebuildLeads();
}

void MapScene::setDisplayCrs(geo::Crs crs)
{
    if (crs == m_crs)
        return;
    m_crs = crs;
    rebuildUnits();
    rebuildPeople();
    rebuildLeads();
}

void MapScene::setColouring(LeadColouring colouring)
{
    if (colouring == m_colouring)
        return;
    m_colouring = colouring;
    rebuildLeads();
}

geo::LonLat MapScene::toDisplay(geo::LonLat wgs84) const
{
    return m_crs == geo::Crs::Wgs84 ? wgs84 : geo::ChinaCoordinates::convert(wgs84, geo::Crs::Wgs84, m_crs);
}

geo::LonLat MapScene::toWgs84(geo::LonLat display) const
{
    return m_crs == geo::Crs::Wgs84 ? display : geo::ChinaCoordinates::convert(display, m_crs, geo::Crs::Wgs84);
}

void MapScene::rebuildUnits()
{
    m_units.clear();
    m_unitById.clear();
    m_ringCache.clear();
    m_meshCache.clear();
    for (QList<int>& list : m_byLevel)
        list.clear();
    QList<geo::PolygonIndex::Entry> entries[LevelCount];
    m_units.reserve(m_data.units.size());
    for (int i = 0; i < m_data.units.size(); ++i) {
        const MapUnit& u = m_data.units.at(i);
        Unit unit;
        if (u.level == UnitLevel::Grid)
            unit.gridKind = structure::gridKindFromKey(u.kind);
        int largest = -1;
        double largestArea = -1.0;
        for (int p = 0; p < u.geometry.polygons.size(); ++p) {
            const geo::Polygon& polygon = u.geometry.polygons.at(p);
            for (int r = 0; r <= polygon.holes.size(); ++r) {
                const geo::Ring& ring = r == 0 ? polygon.outer : polygon.holes.at(r - 1);
                QPolygonF world;
                world.reserve(ring.size());
                for (const geo::LonLat& v : ring)
                    world.append(WebMercator::toWorld(toDisplay(v)));
                if (!world.isEmpty() && world.first() != world.last())
                    world.append(world.first());
                if (r == 0) {
                    const double a = ringArea(world);
                    if (a > largestArea) {
                        largestArea = a;
                        largest = int(unit.rings.size());
                    }
                }
                unit.worldBounds
                    = unit.worldBounds.isNull() ? world.boundingRect() : unit.worldBounds.united(world.boundingRect());
                unit.rings.append(world);
                unit.ringIsHole.append(r != 0);
            }
        }
        if (largest >= 0) {
            // The largest shell and the holes that follow it.
            QList<QPolygonF> shell { unit.rings.at(largest) };
            for (qsizetype k = largest + 1; k < unit.rings.size() && unit.ringIsHole.at(k); ++k)
                shell.append(unit.rings.at(k));
            unit.labelAnchor = interiorPoint(shell);
            unit.worldArea = largestArea;
            entries[levelIndex(u.level)].append({ i, u.geometry });
        }
        m_unitById.insert(u.id, i);
        m_byLevel[levelIndex(u.level)].append(i);
        m_units.append(unit);
    }
    for (int l = 0; l < LevelCount; ++l) {
        std::stable_sort(m_byLevel[l].begin(), m_byLevel[l].end(),
            [this](int a, int b) { return m_units.at(a).worldArea > m_units.at(b).worldArea; });
        m_unitIndex[l] = std::make_unique<geo::PolygonIndex>(entries[l]);
    }
    for (QList<int>& list : m_gridsByKind)
        list.clear();
    for (int i : std::as_const(m_byLevel[levelIndex(UnitLevel::Grid)])) {
        if (const std::optional<GridKind> kind = m_units.at(i).gridKind)
            m_gridsByKind[int(*kind)].append(i);
    }
    assignStreetTints();
}

void MapScene::assignStreetTints()
{
    // Greedy colouring: each street takes the first tint none of its neighbours (touching boxes) has.
    const QList<int>& streets = m_byLevel[levelIndex(UnitLevel::Street)];
    for (int k = 0; k < streets.size(); ++k) {
        Unit& unit = m_units[streets.at(k)];
        const QRectF grown = unit.worldBounds.adjusted(-1e-7, -1e-7, 1e-7, 1e-7);
        QSet<int> taken;
        for (int j = 0; j < k; ++j) {
            const Unit& other = m_units.at(streets.at(j));
            if (grown.intersects(other.worldBounds))
                taken.insert(other.tint);
        }
        int tint = 0;
        while (taken.contains(tint) && tint < MapStyle::StreetTints - 1)
            ++tint;
        // More neighbours than tints: spread by position in the list rather than reuse tint 7 for all.
        unit.tint = taken.contains(tint) ? k % MapStyle::StreetTints : tint;
    }
}

const QList<int>& MapScene::unitsOf(UnitLevel level) const
{
    return m_byLevel[levelIndex(level)];
}

const QList<QPolygonF>& MapScene::unitRings(int index, int zoom) const
{
    zoom = std::clamp(zoom, 0, 30);
    const quint64 key = (quint64(index) << 8) | quint64(zoom);
    if (const auto it = m_ringCache.constFind(key); it != m_ringCache.constEnd())
        return *it;
    const double scale = WebMercator::worldSize(zoom);
    QList<QPolygonF> rings;
    for (const QPolygonF& world : m_units.at(index).rings) {
        QPolygonF px;
        px.reserve(world.size());
        for (const QPointF& p : world)
            px.append(p * scale);
        rings.append(geo::simplifyPlanarRing(px, SimplifyPixels));
    }
    return *m_ringCache.insert(key, rings);
}

const MapScene::LineMesh& MapScene::gridMesh(int zoom) const
{
    zoom = std::clamp(zoom, 0, LineMesh::SharedFromZoom);
    if (const auto it = m_meshCache.constFind(zoom); it != m_meshCache.constEnd())
        return *it;
    LineMesh mesh;
    mesh.zoom = zoom;
    const bool shared = zoom == LineMesh::SharedFromZoom;
    const double scale = WebMercator::worldSize(zoom);
    QSet<std::pair<std::pair<qint64, qint64>, std::pair<qint64, qint64>>> seen;
    const auto q = [](QPointF p) { return std::pair<qint64, qint64>(std::llround(p.x() * 64.0), std::llround(p.y() * 64.0)); };
    for (int i : m_byLevel[levelIndex(UnitLevel::Grid)]) {
        if (m_data.units.at(i).kind != QStringLiteral("community"))
            continue;
        QList<QPolygonF> rings;
        if (shared) {
            for (const QPolygonF& world : m_units.at(i).rings) {
                QPolygonF px;
                px.reserve(world.size());
                for (const QPointF& p : world)
                    px.append(p * scale);
                rings.append(px);
            }
        } else {
            rings = unitRings(i, zoom);
        }
        for (const QPolygonF& ring : std::as_const(rings)) {
            for (qsizetype k = 0; k + 1 < ring.size(); ++k) {
                auto a = q(ring[k]), b = q(ring[k + 1]);
                if (a == b)
                    continue;
                if (b < a)
                    std::swap(a, b);
                if (seen.contains({ a, b }))
                    continue;
                seen.insert({ a, b });
                const int index = int(mesh.lines.size());
                mesh.lines.emplace_back(ring[k], ring[k + 1]);
                const QRectF box = QRectF(ring[k], ring[k + 1]).normalized();
                const double b0 = LineMesh::BucketPixels;
                for (qint64 by = qint64(std::floor(box.top() / b0)); by <= qint64(std::floor(box.bottom() / b0)); ++by) {
                    for (qint64 bx = qint64(std::floor(box.left() / b0)); bx <= qint64(std::floor(box.right() / b0)); ++bx)
                        mesh.buckets[(quint64(bx) << 32) | quint32(by)].push_back(index);
                }
            }
        }
    }
    return *m_meshCache.insert(zoom, std::move(mesh));
}

int MapScene::unitAt(geo::LonLat wgs84, UnitLevel level) const
{
    const auto& index = m_unitIndex[levelIndex(level)];
    if (!index)
        return -1;
    const auto found = index->find(wgs84);
    return found ? int(*found) : -1;
}

geo::BBox MapScene::unitBounds(int index) const
{
    const QRectF r = m_units.at(index).worldBounds;
    if (r.isNull())
        return {};
    const geo::LonLat nw = WebMercator::fromWorld(r.topLeft());
    const geo::LonLat se = WebMercator::fromWorld(r.bottomRight());
    return geo::BBox::of(nw.lon, se.lat, se.lon, nw.lat);
}

geo::BBox MapScene::extent() const
{
    geo::BBox box;
    for (int i : m_byLevel[levelIndex(UnitLevel::District)])
        box.extend(unitBounds(i));
    if (!box.isEmpty())
        return box;
    for (int i = 0; i < m_units.size(); ++i)
        box.extend(unitBounds(i));
    for (const auto& p : m_personWorld) {
        if (p)
            box.extend(WebMercator::fromWorld(*p));
    }
    for (const QPointF& w : m_leadWorld)
        box.extend(WebMercator::fromWorld(w));
    return box;
}

QString MapScene::unitPath(int index) const
{
    QStringList names;
    int i = unitIndex(m_data.units.at(index).parentId);
    while (i >= 0 && m_data.units.at(i).level != UnitLevel::District) {
        names.prepend(m_data.units.at(i).name);
        i = unitIndex(m_data.units.at(i).parentId);
    }
    return names.join(QStringLiteral(" · "));
}

void MapScene::rebuildPeople()
{
    m_personById.clear();
    m_personWorld.clear();
    m_pairingsByPerson.clear();
    for (int i = 0; i < m_data.people.size(); ++i) {
        const MapPerson& p = m_data.people.at(i);
        m_personById.insert(p.id, i);
        m_personWorld.append(
            p.position ? std::optional<QPointF>(WebMercator::toWorld(toDisplay(*p.position))) : std::nullopt);
    }
    for (int i = 0; i < m_data.pairings.size(); ++i) {
        m_pairingsByPerson[m_data.pairings.at(i).sentinelId].append(i);
        m_pairingsByPerson[m_data.pairings.at(i).volunteerId].append(i);
    }
}

QList<int> MapScene::pairingsOf(int personIndex) const
{
    if (personIndex < 0 || personIndex >= m_data.people.size())
        return {};
    return m_pairingsByPerson.value(m_data.people.at(personIndex).id);
}

bool MapScene::isMyPairing(int pairingIndex) const
{
    const MapPairing& p = m_data.pairings.at(pairingIndex);
    return !m_data.myPersonId.isEmpty() && (p.sentinelId == m_data.myPersonId || p.volunteerId == m_data.myPersonId);
}

QList<int> MapScene::sentinelsOfGrid(int unitIndex) const
{
    QList<int> out;
    const QString id = m_data.units.at(unitIndex).id;
    for (int i = 0; i < m_data.people.size(); ++i) {
        if (!m_data.people.at(i).volunteer && m_data.people.at(i).gridIds.contains(id))
            out.append(i);
    }
    return out;
}

QList<int> MapScene::volunteersOfGrid(int unitIndex) const
{
    QList<int> out;
    for (int s : sentinelsOfGrid(unitIndex)) {
        for (int p : pairingsOf(s)) {
            const int v = personIndex(m_data.pairings.at(p).volunteerId);
            if (v >= 0 && !out.contains(v))
                out.append(v);
        }
    }
    return out;
}

void MapScene::rebuildLeads()
{
    std::vector<geo::KeyedPoint> points;
    points.reserve(size_t(m_data.leads.size()));
    m_leadWorld.clear();
    m_leadWorld.reserve(size_t(m_data.leads.size()));
    m_leadById.clear();
    m_firstLeadMs = 0;
    m_lastLeadMs = 0;
    for (int i = 0; i < m_data.leads.size(); ++i) {
        const MapLead& l = m_data.leads.at(i);
        const geo::LonLat at = toDisplay(l.position);
        points.push_back({ i, at, quint8(MapStyle::category(m_colouring, l.status, l.riskLevel)) });
        m_leadWorld.push_back(WebMercator::toWorld(at));
        m_leadById.insert(l.id, i);
        if (l.createdMs > 0) {
            m_firstLeadMs = m_firstLeadMs == 0 ? l.createdMs : std::min(m_firstLeadMs, l.createdMs);
            m_lastLeadMs = std::max(m_lastLeadMs, l.createdMs);
        }
    }
    m_leadIndex = std::make_unique<geo::ClusterIndex>(std::move(points), 64);
}

QPointF MapScene::leadWorld(qint64 leadIndex) const
{
    return m_leadWorld.at(size_t(leadIndex));
}

} // namespace gs::map
