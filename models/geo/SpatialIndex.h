// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include "geo/Geometry.h"

#include <QList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace gs::geo {

/// A point and the caller's key for it (a row number or rowid; the index never interprets it).
struct KeyedPoint
{
    qint64 key = 0;
    LonLat position;
    /// A small class the caller assigns (a status group, a risk level); ClusterIndex counts members per
    /// category in O(1) per cluster. Below ClusterIndex::MaxCategories.
    quint8 category = 0;
};

/// A static index of many points for bounding-box queries. Points are quantised to a 2^30 × 2^30
/// Web Mercator grid (≤ 3.7 cm) and sorted along a Z-order (Morton) curve, so every quadtree cell at
/// every level is one contiguous run of the arrays; a query descends the implicit quadtree and
/// tests exact positions only in cells on the query's edge. Immutable once built: rebuild on change
/// (100k points take tens of milliseconds). Points with invalid positions are not indexed.
class SpatialIndex
{
public:
    static constexpr int Levels = 30;

    SpatialIndex() = default;
    explicit SpatialIndex(std::vector<KeyedPoint> points);

    qsizetype size() const { return qsizetype(m_codes.size()); }
    /// Points dropped at build time because their position was not finite or out of range.
    qsizetype rejected() const { return m_rejected; }

    /// Calls visit(key, position) for every point inside box (edges inclusive). A box whose west is
    /// greater than its east crosses the antimeridian.
    void visit(const BBox& box, const std::function<void(qint64 key, LonLat position)>& visit) const;
    QList<qint64> query(const BBox& box) const;
    qsizetype count(const BBox& box) const;

    /// Internals shared with ClusterIndex: entries in Morton order.
    quint64 codeAt(qsizetype i) const { return m_codes[size_t(i)]; }
    qint64 keyAt(qsizetype i) const { return m_keys[size_t(i)]; }
    LonLat positionAt(qsizetype i) const { return m_positions[size_t(i)]; }
    quint8 categoryAt(qsizetype i) const { return m_categories[size_t(i)]; }
    /// The index range [first, last) of the points in quadtree cell `cell` at `level`.
    std::pair<qsizetype, qsizetype> cellRange(int level, quint64 cell, qsizetype first, qsizetype last) const;

    static quint64 mortonCode(quint32 x, quint32 y);
    /// Quantised world coordinates of a position (y grows south).
    static std::pair<quint32, quint32> quantise(LonLat p);

private:
    friend class ClusterIndex;

    /// One quadtree cell met by walk(): its points are [first, last). `inside` is true when the whole
    /// cell lies inside the query box (single points handed over by ScanPoints always are).
    struct WalkNode
    {
        int level;
        quint64 cell;
        qsizetype first;
        qsizetype last;
        bool inside;
        int part; ///< which half of an antimeridian-crossing box
    };
    enum class WalkAction {
        Skip, ///< done with this cell
        Descend, ///< visit its non-empty children
        ScanPoints, ///< test each point exactly and visit those inside as one-point nodes
    };
    /// The one quadtree walk behind queries and clustering: visits, in Morton order, every non-empty
    /// cell that overlaps box (and that the visitor descended into), letting the visitor decide.
    template <typename Visit> void walk(const BBox& box, Visit&& visit) const;
    // Calls run(first, last) for runs of points inside box.
    template <typename Run> void descend(const BBox& box, Run&& run) const;

    std::vector<quint64> m_codes;
    std::vector<qint64> m_keys;
    std::vector<LonLat> m_positions;
    std::vector<quint8> m_categories;
    qsizetype m_rejected = 0;
};

/// A group of points shown as one marker at a zoom.
struct Cluster
{
    LonLat centre; ///< mean Web Mercator position of the members
    qsizetype count = 0;
    BBox bounds; ///< of the members
    qint64 key = -1; ///< the member's key when count == 1; otherwise the first member in index order
    int level = 0; ///< quadtree cell that holds the members, for members() and expansionZoom()
    quint64 cell = 0;
};

/// Grid clustering per zoom in Mercator pixels over a SpatialIndex. At zoom z the world is cut into
/// square cells of cellSize px (a power of two, default 64): exactly the quadtree cells at level
/// z + 8 − log2(cellSize). Cells nest from zoom to zoom, so clusters split cleanly when zooming in,
/// and every point is in exactly one cluster: over the whole world the counts sum to size() at every
/// zoom. Clusters are the non-empty cells overlapping the viewport; their centre is the members'
/// mean (so markers do not sit on a visible grid). Near cell borders two markers can come closer than
/// one cell; a view that minds can merge such neighbours after the query.
class ClusterIndex
{
public:
    static constexpr int MaxCategories = 16;

    explicit ClusterIndex(std::vector<KeyedPoint> points = {}, int cellSizePixels = 64);

    const SpatialIndex& points() const { return m_index; }
    qsizetype size() const { return m_index.size(); }
    int cellSizePixels() const { return m_cellSize; }
    /// Highest zoom with distinct cells (22 + log2(cellSize)); larger zooms are treated as this one.
    int maxZoom() const { return SpatialIndex::Levels - 8 + m_cellShift; }

    QList<Cluster> clusters(const BBox& viewport, int zoom) const;
    /// Keys of the cluster's members in index order, at most limit (all when limit < 0).
    QList<qint64> members(const Cluster& cluster, qsizetype limit = -1) const;
    /// The smallest zoom at which the cluster's members no longer share one cell (maxZoom() + 1 if
    /// they never split, e.g. when they all share one position).
    int expansionZoom(const Cluster& cluster) const;
    /// Members per KeyedPoint::category, indexed by category (size categoryCount()); O(log n).
    QList<qsizetype> categoryCounts(const Cluster& cluster) const;
    /// 1 + the largest category of any point (0 when empty).
    int categoryCount() const { return m_categoryCount; }

private:
    int levelFor(int zoom) const;
    BBox rangeBounds(qsizetype first, qsizetype last) const;
    Cluster makeCluster(int level, quint64 cell, qsizetype first, qsizetype last) const;

    static constexpr qsizetype BlockSize = 64;

    SpatialIndex m_index;
    int m_cellSize = 64;
    int m_cellShift = 6;
    std::vector<qint64> m_prefixX; // running sums of the quantised x (exact in 64 bits)
    std::vector<qint64> m_prefixY;
    std::vector<BBox> m_blockBounds; // per BlockSize points, for members' bounds in O(n/64)
    int m_categoryCount = 0;
    std::vector<std::vector<quint32>> m_prefixCategory; // running counts per category (when more than one)
};

/// Which polygon contains a point: a bucket grid over the polygons' boxes, then exact tests.
/// Built for grid auto-fill; up to tens of thousands of polygons.
class PolygonIndex
{
public:
    struct Entry
    {
        qint64 key = 0;
        MultiPolygon geometry;
    };

    PolygonIndex() = default;
    explicit PolygonIndex(QList<Entry> entries);

    qsizetype size() const { return m_entries.size(); }
    /// The containing polygon; if several overlap (they should not), the smallest by area, then the
    /// lowest key. Shared edges belong to exactly one side (see contains()).
    std::optional<qint64> find(LonLat p) const;
    /// Every containing polygon, in entry order.
    QList<qint64> findAll(LonLat p) const;

private:
    QList<int> candidates(LonLat p) const;

    QList<Entry> m_entries;
    QList<BBox> m_boxes;
    QList<double> m_areas;
    BBox m_extent;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::vector<int>> m_buckets;
};

} // namespace gs::geo
