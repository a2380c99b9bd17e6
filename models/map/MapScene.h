// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/ChinaCoordinates.h"
#include "geo/SpatialIndex.h"
#include "map/MapData.h"
#include "structure/StructureTypes.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace gs::map {

/// The map's layers ready to draw: the data (MapData, WGS-84) projected into the display coordinate
/// system, with the indexes the renderer and hit tests need. Units carry their boundary in world
/// coordinates and a cache of simplified rings per integer zoom; leads sit in a ClusterIndex whose
/// categories follow the current colouring. Rebuilt pieces only when the data, the display CRS or the
/// colouring change; every frame just reads.
class MapScene
{
public:
    explicit MapScene(MapData data = {});
    ~MapScene();
    MapScene(const MapScene&) = delete;
    MapScene& operator=(const MapScene&) = delete;

    const MapData& data() const { return m_data; }
    /// Replaces everything (e.g. after the structure changed).
    void setData(MapData data);
    /// Replaces the leads only (a new filter): rebuilds the lead index.
    void setLeads(QList<MapLead> leads);

    /// The system the map is drawn in: that of the basemap. Overlays stored as WGS-84 are shifted into it.
    geo::Crs displayCrs() const { return m_crs; }
    void setDisplayCrs(geo::Crs crs);
    geo::LonLat toDisplay(geo::LonLat wgs84) const;
    geo::LonLat toWgs84(geo::LonLat display) const;

    LeadColouring colouring() const { return m_colouring; }
    void setColouring(LeadColouring colouring);

    // --- units (districts, streets, communities, grids) ---
    struct Unit
    {
        QList<QPolygonF> rings; ///< world coordinates (display CRS), each ring closed
        QList<bool> ringIsHole; ///< per ring: a hole of the shell before it
        QRectF worldBounds;
        QPointF labelAnchor; ///< world coordinates, inside the largest polygon
        double worldArea = 0.0; ///< of the largest polygon, world units²
        int tint = 0; ///< streets: which of MapStyle::StreetTints
        std::optional<GridKind> gridKind; ///< grids: their kind, if it is one the map knows
    };
    int unitCount() const { return int(m_units.size()); }
    const Unit& unit(int index) const { return m_units.at(index); }
    const MapUnit& unitData(int index) const { return m_data.units.at(index); }
    int unitIndex(const QString& id) const { return m_unitById.value(id, -1); }
    /// Unit indexes of one level, largest first (labels and drawing order).
    const QList<int>& unitsOf(UnitLevel level) const;
    /// Grid unit indexes of one kind, largest first (grids of an unknown kind are in none of the lists).
    const QList<int>& gridsOf(GridKind kind) const { return m_gridsByKind[int(kind)]; }
    /// The rings of a unit simplified for integer `zoom` (0.35 px tolerance), in pixels at that zoom.
    const QList<QPolygonF>& unitRings(int index, int zoom) const;
    /// The outlines of all community grids at integer `zoom` as one set of line segments (pixels at that zoom)
    /// with every edge two neighbours share drawn once, bucketed for culling: grids tile the district, so
    /// drawing them as a mesh in one call halves the work and saves thousands of draw calls.
    struct LineMesh
    {
        static constexpr double BucketPixels = 512.0;
        /// From this zoom on one mesh of the unsimplified boundaries serves every zoom (built once, so zooming
        /// in does not rebuild it level by level); below it each zoom has its own simplified mesh.
        static constexpr int SharedFromZoom = 14;
        int zoom = 0; ///< the zoom whose pixels `lines` are in
        std::vector<QLineF> lines;
        QHash<quint64, std::vector<int>> buckets; ///< (bx << 32 | by) → line indexes
    };
    const LineMesh& gridMesh(int zoom) const;
    /// The smallest unit of `level` containing a WGS-84 point (grids: every kind), or −1.
    int unitAt(geo::LonLat wgs84, UnitLevel level) const;
    /// The whole map's extent (display CRS): the district, else everything drawn.
    geo::BBox extent() const;
    /// A unit's extent in the display CRS.
    geo::BBox unitBounds(int index) const;
    /// The grid unit's street and community names: "五山街道 · 岳洲社区".
    QString unitPath(int index) const;

    // --- people and pairings ---
    int personIndex(const QString& id) const { return m_personById.value(id, -1); }
    /// World position (display CRS) of a person, if known.
    std::optional<QPointF> personWorld(int index) const { return m_personWorld.at(index); }
    /// Pairing indexes a person is part of.
    QList<int> pairingsOf(int personIndex) const;
    /// True if the signed-in user's person is one of the pairing's two.
    bool isMyPairing(int pairingIndex) const;
    /// Sentinels covering a grid, and the volunteers paired with them.
    QList<int> sentinelsOfGrid(int unitIndex) const;
    QList<int> volunteersOfGrid(int unitIndex) const;

    // --- leads ---
    const geo::ClusterIndex& leadClusters() const { return *m_leadIndex; }
    /// The lead's position in world coordinates (display CRS).
    QPointF leadWorld(qint64 leadIndex) const;
    int leadIndex(const QString& id) const { return m_leadById.value(id, -1); }
    /// Created-at range of the leads (Unix ms), for the heatmap's time window.
    std::pair<qint64, qint64> leadTimeRange() const { return { m_firstLeadMs, m_lastLeadMs }; }

private:
    void rebuildUnits();
    void rebuildPeople();
    void rebuildLeads();
    void assignStreetTints();

    MapData m_data;
    geo::Crs m_crs = geo::Crs::Wgs84;
    LeadColouring m_colouring = LeadColouring::Status;

    QList<Unit> m_units;
    QHash<QString, int> m_unitById;
    QList<int> m_byLevel[4];
    QList<int> m_gridsByKind[3]; // GridKind → grid unit indexes
    mutable QHash<quint64, QList<QPolygonF>> m_ringCache; // (unit << 8 | zoom) → rings in pixels
    mutable QHash<int, LineMesh> m_meshCache; // zoom → community grid mesh
    std::unique_ptr<geo::PolygonIndex> m_unitIndex[4]; // WGS-84, keyed by unit index

    QHash<QString, int> m_personById;
    QList<std::optional<QPointF>> m_personWorld;
    QHash<QString, QList<int>> m_pairingsByPerson;

    std::unique_ptr<geo::ClusterIndex> m_leadIndex;
    std::vector<QPointF> m_leadWorld;
    QHash<QString, int> m_leadById;
    qint64 m_firstLeadMs = 0;
    qint64 m_lastLeadMs = 0;
};

} // namespace gs::map
