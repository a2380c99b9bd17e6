// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/SpatialIndex.h"

#include "geo/WebMercator.h"

#include <QSet>

#include <algorithm>
#include <bit>
#include <cmath>

namespace gs::geo {

namespace {

constexpr qint64 GridSize = qint64(1) << SpatialIndex::Levels;
// Cells this small are scanned point by point instead of split further.
constexpr qsizetype LeafSize = 16;

quint64 spread(quint32 v)
{
    quint64 x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x << 2)) & 0x3333333333333333ull;
    x = (x | (x << 1)) & 0x5555555555555555ull;
    return x;
}

// A query rectangle in quantised units (inclusive), and the part of it far enough from the edge
// that whole cells there need no exact test (two quanta of margin absorb rounding).
struct Rect
{
    qint64 x0, y0, x1, y1;
    qint64 ix0, iy0, ix1, iy1;
    BBox exact;
};

QList<Rect> rectsFor(const BBox& box)
{
    QList<Rect> rects;
    if (box.isEmpty())
        return rects;
    QList<BBox> parts;
    if (box.crossesAntimeridian())
        parts = { BBox::of(box.west, box.south, 180.0, box.north), BBox::of(-180.0, box.south, box.east, box.north) };
    else
        parts = { box };
    for (const BBox& part : parts) {
        // Quantise the corners with the same arithmetic as the points, so ordering is preserved.
        const auto [x0, y0] = SpatialIndex::quantise({ std::max(part.west, -180.0), std::min(part.north, 90.0) });
        const auto [x1, y1] = SpatialIndex::quantise({ std::min(part.east, 180.0), std::max(part.south, -90.0) });
        rects.append({ x0, y0, x1, y1, qint64(x0) + 2, qint64(y0) + 2, qint64(x1) - 2, qint64(y1) - 2, part });
    }
    return rects;
}

struct Node
{
    int level;
    quint64 cell; // Morton prefix of 2·level bits
    qsizetype first;
    qsizetype last;
};

void cellExtent(const Node& n, qint64* x0, qint64* y0, qint64* x1, qint64* y1)
{
    // De-interleave the prefix into cell column and row.
    quint64 cx = 0;
    quint64 cy = 0;
    for (int b = 0; b < n.level; ++b) {
        cx |= ((n.cell >> (2 * b)) & 1u) << b;
        cy |= ((n.cell >> (2 * b + 1)) & 1u) << b;
    }
    const int shift = SpatialIndex::Levels - n.level;
    *x0 = qint64(cx << shift);
    *y0 = qint64(cy << shift);
    *x1 = *x0 + (qint64(1) << shift) - 1;
    *y1 = *y0 + (qint64(1) << shift) - 1;
}

} // namespace

quint64 SpatialIndex::mortonCode(quint32 x, quint32 y)
{
    return spread(x) | (spread(y) << 1);
}

std::pair<quint32, quint32> SpatialIndex::quantise(LonLat p)
{
    const QPointF w = WebMercator::toWorld(p);
    const auto q = [](double v) {
        return quint32(std::clamp<qint64>(qint64(std::floor(v * double(GridSize))), 0, GridSize - 1));
    };
    return { q(w.x()), q(w.y()) };
}

SpatialIndex::SpatialIndex(std::vector<KeyedPoint> points)
{
    struct Item
    {
        quint64 code;
        quint32 index;
    };
    std::vector<Item> items;
    items.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        if (!points[i].position.isValid()) {
            ++m_rejected;
            continue;
        }
        const auto [x, y] = quantise(points[i].position);
        items.push_back({ mortonCode(x, y), quint32(i) });
    }
    std::sort(items.begin(), items.end(),
        [](const Item& a, const Item& b) { return a.code < b.code || (a.code == b.code && a.index < b.index); });
    m_codes.reserve(items.size());
    m_keys.reserve(items.size());
    m_positions.reserve(items.size());
    m_categories.reserve(items.size());
    for (const Item& item : items) {
        m_codes.push_back(item.code);
        m_keys.push_back(points[item.index].key);
        m_positions.push_back(points[item.index].position);
        m_categories.push_back(points[item.index].category);
    }
}

std::pair<qsizetype, qsizetype> SpatialIndex::cellRange(int level, quint64 cell, qsizetype first, qsizetype last) const
{
    const int shift = 2 * (Levels - level);
    const auto begin = m_codes.begin();
    const auto lo = std::lower_bound(begin + first, begin + last, cell << shift);
    const auto hi = std::lower_bound(lo, begin + last, (cell + 1) << shift);
    return { lo - begin, hi - begin };
}

template <typename Visit> void SpatialIndex::walk(const BBox& box, Visit&& visit) const
{
    const QList<Rect> rects = rectsFor(box);
    for (qsizetype part = 0; part < rects.size(); ++part) {
        const Rect& r = rects.at(part);
        std::vector<Node> stack { { 0, 0, 0, size() } };
        while (!stack.empty()) {
            const Node n = stack.back();
            stack.pop_back();
            qint64 x0, y0, x1, y1;
            cellExtent(n, &x0, &y0, &x1, &y1);
            if (x1 < r.x0 || x0 > r.x1 || y1 < r.y0 || y0 > r.y1)
                continue;
            const bool inside = x0 >= r.ix0 && x1 <= r.ix1 && y0 >= r.iy0 && y1 <= r.iy1;
            switch (visit(WalkNode { n.level, n.cell, n.first, n.last, inside, int(part) })) {
            case WalkAction::Skip:
                continue;
            case WalkAction::ScanPoints:
                for (qsizetype i = n.first; i < n.last; ++i) {
                    if (r.exact.contains(m_positions[size_t(i)]))
                        visit(WalkNode { Levels, 0, i, i + 1, true, int(part) });
                }
                continue;
            case WalkAction::Descend:
                break;
            }
            // Children pushed in reverse so nodes come out in Morton order.
            qsizetype ends[5] = { n.first, 0, 0, 0, n.last };
            for (quint64 c = 1; c < 4; ++c)
                ends[c] = cellRange(n.level + 1, (n.cell << 2) | c, ends[c - 1], n.last).first;
            for (int c = 3; c >= 0; --c) {
                if (ends[c + 1] > ends[c])
                    stack.push_back({ n.level + 1, (n.cell << 2) | quint64(c), ends[c], ends[c + 1] });
            }
        }
    }
}

template <typename Run> void SpatialIndex::descend(const BBox& box, Run&& run) const
{
    walk(box, [&](const WalkNode& n) {
        if (n.inside) {
            run(n.first, n.last);
            return WalkAction::Skip;
        }
        if (n.last - n.first <= LeafSize || n.level == Levels)
            return WalkAction::ScanPoints;
        return WalkAction::Descend;
    });
}

void SpatialIndex::visit(const BBox& box, const std::function<void(qint64, LonLat)>& visit) const
{
    descend(box, [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i < last; ++i)
            visit(m_keys[size_t(i)], m_positions[size_t(i)]);
    });
}

QList<qint64> SpatialIndex::query(const BBox& box) const
{
    QList<qint64> keys;
    descend(box, [&](qsizetype first, qsizetype last) {
        keys.append(QList<qint64>(m_keys.begin() + first, m_keys.begin() + last));
    });
    return keys;
}

qsizetype SpatialIndex::count(const BBox& box) const
{
    qsizetype n = 0;
    descend(box, [&](qsizetype first, qsizetype last) { n += last - first; });
    return n;
}

ClusterIndex::ClusterIndex(std::vector<KeyedPoint> points, int cellSizePixels)
    : m_index(std::move(points))
{
    if (cellSizePixels >= 1 && cellSizePixels <= WebMercator::TileSize && std::has_single_bit(unsigned(cellSizePixels)))
        m_cellSize = cellSizePixels;
    m_cellShift = std::countr_zero(unsigned(m_cellSize));

    const size_t n = size_t(m_index.size());
    m_prefixX.assign(n + 1, 0);
    m_prefixY.assign(n + 1, 0);
    m_blockBounds.resize((n + BlockSize - 1) / BlockSize);
    for (size_t i = 0; i < n; ++i) {
        const LonLat p = m_index.positionAt(qsizetype(i));
        const auto [x, y] = SpatialIndex::quantise(p);
        m_prefixX[i + 1] = m_prefixX[i] + x;
        m_prefixY[i + 1] = m_prefixY[i] + y;
        m_blockBounds[i / BlockSize].extend(p);
        m_categoryCount = std::max(m_categoryCount, std::min(int(m_index.categoryAt(qsizetype(i))), MaxCategories - 1) + 1);
    }
    if (m_categoryCount > 1) {
        m_prefixCategory.assign(size_t(m_categoryCount), std::vector<quint32>(n + 1, 0));
        for (size_t i = 0; i < n; ++i) {
            const int mine = std::min(int(m_index.categoryAt(qsizetype(i))), MaxCategories - 1);
            for (int c = 0; c < m_categoryCount; ++c)
                m_prefixCategory[size_t(c)][i + 1] = m_prefixCategory[size_t(c)][i] + (c == mine ? 1 : 0);
        }
    }
}

QList<qsizetype> ClusterIndex::categoryCounts(const Cluster& cluster) const
{
    QList<qsizetype> counts(m_categoryCount, 0);
    if (m_categoryCount == 0)
        return counts;
    const auto [first, last] = m_index.cellRange(cluster.level, cluster.cell, 0, size());
    if (m_categoryCount == 1) {
        counts[0] = last - first;
        return counts;
    }
    for (int c = 0; c < m_categoryCount; ++c)
        counts[c] = qsizetype(m_prefixCategory[size_t(c)][size_t(last)] - m_prefixCategory[size_t(c)][size_t(first)]);
    return counts;
}

int ClusterIndex::levelFor(int zoom) const
{
    return std::clamp(zoom, 0, maxZoom()) + 8 - m_cellShift;
}

BBox ClusterIndex::rangeBounds(qsizetype first, qsizetype last) const
{
    BBox b;
    qsizetype i = first;
    for (; i < last && i % BlockSize != 0; ++i)
        b.extend(m_index.positionAt(i));
    for (; i + BlockSize <= last; i += BlockSize)
        b.extend(m_blockBounds[size_t(i / BlockSize)]);
    for (; i < last; ++i)
        b.extend(m_index.positionAt(i));
    return b;
}

Cluster ClusterIndex::makeCluster(int level, quint64 cell, qsizetype first, qsizetype last) const
{
    Cluster c;
    c.count = last - first;
    c.key = m_index.keyAt(first);
    c.level = level;
    c.cell = cell;
    if (c.count == 1) {
        c.centre = m_index.positionAt(first);
        c.bounds.extend(c.centre);
        return c;
    }
    const double n = double(c.count) * double(GridSize);
    const double sx = double(m_prefixX[size_t(last)] - m_prefixX[size_t(first)]);
    const double sy = double(m_prefixY[size_t(last)] - m_prefixY[size_t(first)]);
    // + count/2: the quantised value is the cell's floor; its centre is half a quantum further on.
    c.centre = WebMercator::fromWorld({ (sx + double(c.count) / 2.0) / n, (sy + double(c.count) / 2.0) / n });
    c.bounds = rangeBounds(first, last);
    // The mean of quantised positions can stray half a quantum outside the members' box.
    c.centre = { std::clamp(c.centre.lon, c.bounds.west, c.bounds.east),
        std::clamp(c.centre.lat, c.bounds.south, c.bounds.north) };
    return c;
}

QList<Cluster> ClusterIndex::clusters(const BBox& viewport, int zoom) const
{
    QList<Cluster> out;
    if (size() == 0)
        return out;
    const int target = levelFor(zoom);
    const bool split = viewport.crossesAntimeridian();
    QSet<quint64> seen; // a coarse cell can overlap both halves of an antimeridian-crossing viewport
    m_index.walk(viewport, [&](const SpatialIndex::WalkNode& n) {
        if (n.level < target)
            return SpatialIndex::WalkAction::Descend;
        if (!split || !seen.contains(n.cell)) {
            seen.insert(n.cell);
            out.append(makeCluster(n.level, n.cell, n.first, n.last));
        }
        return SpatialIndex::WalkAction::Skip;
    });
    return out;
}

QList<qint64> ClusterIndex::members(const Cluster& cluster, qsizetype limit) const
{
    const auto [first, last] = m_index.cellRange(cluster.level, cluster.cell, 0, size());
    const qsizetype end = limit < 0 ? last : std::min(last, first + limit);
    QList<qint64> keys;
    keys.reserve(end - first);
    for (qsizetype i = first; i < end; ++i)
        keys.append(m_index.keyAt(i));
    return keys;
}

int ClusterIndex::expansionZoom(const Cluster& cluster) const
{
    const auto [first, last] = m_index.cellRange(cluster.level, cluster.cell, 0, size());
    if (last - first <= 1)
        return maxZoom() + 1;
    const quint64 diff = m_index.codeAt(first) ^ m_index.codeAt(last - 1);
    if (diff == 0)
        return maxZoom() + 1;
    // Codes use the low 2·Levels bits; the members share the cells of the common prefix.
    const int commonLevels = (std::countl_zero(diff) - (64 - 2 * SpatialIndex::Levels)) / 2;
    return std::min(maxZoom() + 1, commonLevels + 1 - (8 - m_cellShift));
}

PolygonIndex::PolygonIndex(QList<Entry> entries)
    : m_entries(std::move(entries))
{
    for (const Entry& e : m_entries) {
        m_boxes.append(boundingBox(e.geometry));
        m_areas.append(area(e.geometry));
        m_extent.extend(m_boxes.last());
    }
    if (m_extent.isEmpty())
        return;
    const int side = std::clamp(int(std::ceil(std::sqrt(double(m_entries.size())))), 1, 512);
    m_columns = m_extent.east > m_extent.west ? side : 1;
    m_rows = m_extent.north > m_extent.south ? side : 1;
    m_buckets.resize(size_t(m_columns) * size_t(m_rows));
    const double cw = (m_extent.east - m_extent.west) / m_columns;
    const double ch = (m_extent.north - m_extent.south) / m_rows;
    const auto column = [&](double lon) {
        return cw > 0.0 ? std::clamp(int(std::floor((lon - m_extent.west) / cw)), 0, m_columns - 1) : 0;
    };
    const auto row = [&](double lat) {
        return ch > 0.0 ? std::clamp(int(std::floor((lat - m_extent.south) / ch)), 0, m_rows - 1) : 0;
    };
    for (int i = 0; i < m_entries.size(); ++i) {
        const BBox& b = m_boxes.at(i);
        if (b.isEmpty())
            continue;
        for (int y = row(b.south); y <= row(b.north); ++y) {
            for (int x = column(b.west); x <= column(b.east); ++x)
                m_buckets[size_t(y) * size_t(m_columns) + size_t(x)].push_back(i);
        }
    }
}

QList<int> PolygonIndex::candidates(LonLat p) const
{
    QList<int> out;
    if (m_buckets.empty() || !m_extent.contains(p))
        return out;
    const double cw = (m_extent.east - m_extent.west) / m_columns;
    const double ch = (m_extent.north - m_extent.south) / m_rows;
    const int x = cw > 0.0 ? std::clamp(int(std::floor((p.lon - m_extent.west) / cw)), 0, m_columns - 1) : 0;
    const int y = ch > 0.0 ? std::clamp(int(std::floor((p.lat - m_extent.south) / ch)), 0, m_rows - 1) : 0;
    for (int i : m_buckets[size_t(y) * size_t(m_columns) + size_t(x)]) {
        if (m_boxes.at(i).contains(p) && contains(m_entries.at(i).geometry, p))
            out.append(i);
    }
    return out;
}

std::optional<qint64> PolygonIndex::find(LonLat p) const
{
    std::optional<int> best;
    for (int i : candidates(p)) {
        if (!best || m_areas.at(i) < m_areas.at(*best)
            || (m_areas.at(i) == m_areas.at(*best) && m_entries.at(i).key < m_entries.at(*best).key))
            best = i;
    }
    if (!best)
        return std::nullopt;
    return m_entries.at(*best).key;
}

QList<qint64> PolygonIndex::findAll(LonLat p) const
{
    QList<qint64> keys;
    for (int i : candidates(p))
        keys.append(m_entries.at(i).key);
    return keys;
}

} // namespace gs::geo
