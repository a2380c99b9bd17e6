// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/Outline.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace gs::geo {

namespace {

// Positions rounded to 1e-7° so that vertices written by different tools (or rounded differently)
// still meet. Integer arithmetic keeps collinearity tests exact.
constexpr double Quantum = 1e7;

struct Q
{
    qint64 x = 0;
    qint64 y = 0;
    friend bool operator==(const Q&, const Q&) = default;
    friend bool operator<(const Q& a, const Q& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
};

struct QHasher
{
    size_t operator()(const Q& q) const noexcept
    {
        return std::hash<qint64>()(q.x * 0x9E3779B97F4A7C15ull ^ (q.y + 0x632BE59BD9B4E019ull));
    }
};

Q quantise(LonLat p)
{
    return { qint64(std::llround(p.lon * Quantum)), qint64(std::llround(p.lat * Quantum)) };
}

__int128 cross(Q o, Q a, Q b)
{
    return __int128(a.x - o.x) * __int128(b.y - o.y) - __int128(a.y - o.y) * __int128(b.x - o.x);
}

struct DirectedEdge
{
    Q a;
    Q b;
};

struct EdgeKey
{
    Q lo;
    Q hi;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};

struct EdgeKeyHasher
{
    size_t operator()(const EdgeKey& k) const noexcept { return QHasher()(k.lo) * 31 ^ QHasher()(k.hi); }
};

// A bucket grid over the vertices, to find those lying on an edge without testing all of them.
class VertexGrid
{
public:
    VertexGrid(const std::vector<Q>& vertices, qint64 cell)
        : m_cell(std::max<qint64>(cell, 1))
    {
        for (const Q& v : vertices)
            m_buckets[key(v.x / m_cell, v.y / m_cell)].push_back(v);
    }

    // Vertices strictly inside segment a–b (collinear, between the ends), ordered from a to b.
    std::vector<Q> onSegment(Q a, Q b) const
    {
        std::vector<Q> out;
        const qint64 x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
        const qint64 y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
        // Long edges: fall back to scanning buckets only along the edge's box (bounded by its length).
        for (qint64 cx = floorDiv(x0); cx <= floorDiv(x1); ++cx) {
            for (qint64 cy = floorDiv(y0); cy <= floorDiv(y1); ++cy) {
                const auto it = m_buckets.find(key(cx, cy));
                if (it == m_buckets.end())
                    continue;
                for (const Q& v : it->second) {
                    if (v == a || v == b || v.x < x0 || v.x > x1 || v.y < y0 || v.y > y1)
                        continue;
                    if (cross(a, b, v) == 0)
                        out.push_back(v);
                }
            }
        }
        const auto along
            = [&](const Q& v) { return __int128(v.x - a.x) * (b.x - a.x) + __int128(v.y - a.y) * (b.y - a.y); };
        std::sort(out.begin(), out.end(), [&](const Q& u, const Q& v) { return along(u) < along(v); });
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    qint64 floorDiv(qint64 v) const { return v >= 0 ? v / m_cell : -((-v + m_cell - 1) / m_cell); }
    static quint64 key(qint64 cx, qint64 cy) { return (quint64(cx) << 32) ^ (quint64(cy) & 0xffffffffu); }

    qint64 m_cell;
    std::unordered_map<quint64, std::vector<Q>> m_buckets;
};

double signedArea(const Ring& ring)
{
    if (ring.size() < 4)
        return 0.0;
    double twice = 0.0;
    const LonLat o = ring.first();
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        twice += (ring[i].lon - o.lon) * (ring[i + 1].lat - o.lat) - (ring[i + 1].lon - o.lon) * (ring[i].lat - o.lat);
    return twice / 2.0;
}

// Follows boundary edges into closed rings. At a vertex with several ways on, the sharpest left turn
// keeps to the face being walked (interior on the left), so touching parts become separate rings.
QList<std::vector<Q>> chain(const std::vector<DirectedEdge>& edges)
{
    std::unordered_map<Q, std::vector<size_t>, QHasher> outgoing;
    for (size_t i = 0; i < edges.size(); ++i)
        outgoing[edges[i].a].push_back(i);
    std::vector<char> used(edges.size(), 0);
    QList<std::vector<Q>> rings;
    for (size_t start = 0; start < edges.size(); ++start) {
        if (used[start])
            continue;
        std::vector<Q> ring { edges[start].a };
        size_t current = start;
        used[current] = 1;
        while (true) {
            const DirectedEdge& e = edges[current];
            ring.push_back(e.b);
            if (e.b == edges[start].a)
                break;
            const auto it = outgoing.find(e.b);
            if (it == outgoing.end())
                break; // open chain: cannot happen for a consistent tiling; dropped below
            std::optional<size_t> best;
            double bestTurn = -10.0;
            const double inX = double(e.b.x - e.a.x), inY = double(e.b.y - e.a.y);
            for (size_t candidate : it->second) {
                if (used[candidate])
                    continue;
                const DirectedEdge& c = edges[candidate];
                const double outX = double(c.b.x - c.a.x), outY = double(c.b.y - c.a.y);
                const double turn = std::atan2(inX * outY - inY * outX, inX * outX + inY * outY);
                if (!best || turn > bestTurn) {
                    best = candidate;
                    bestTurn = turn;
                }
            }
            if (!best)
                break;
            current = *best;
            used[current] = 1;
        }
        if (ring.size() >= 4 && ring.front() == ring.back())
            rings.append(std::move(ring));
    }
    return rings;
}

} // namespace

MultiPolygon dissolve(const QList<MultiPolygon>& tiles)
{
    // Directed edges with the interior on the left: shells counter-clockwise, holes clockwise.
    std::vector<DirectedEdge> raw;
    std::vector<Q> vertices;
    QHash<QPair<qint64, qint64>, LonLat> original;
    qint64 lengthSum = 0;
    for (MultiPolygon tile : tiles) {
        normalizeOrientation(tile);
        for (const Polygon& polygon : std::as_const(tile.polygons)) {
            for (int r = 0; r <= polygon.holes.size(); ++r) {
                const Ring& ring = r == 0 ? polygon.outer : polygon.holes.at(r - 1);
                for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                    const Q a = quantise(ring[i]), b = quantise(ring[i + 1]);
                    original.insert({ a.x, a.y }, ring[i]);
                    if (a == b)
                        continue;
                    raw.push_back({ a, b });
                    vertices.push_back(a);
                    lengthSum += std::max(std::abs(b.x - a.x), std::abs(b.y - a.y));
                }
            }
        }
    }
    if (raw.empty())
        return {};
    std::sort(vertices.begin(), vertices.end());
    vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
    const VertexGrid grid(vertices, lengthSum / qint64(raw.size()));

    // Split at T-junctions, then cancel every edge against its reverse.
    std::unordered_map<EdgeKey, int, EdgeKeyHasher> net;
    std::vector<EdgeKey> order; // first-seen order keeps the output deterministic
    const auto add = [&](Q a, Q b) {
        const bool forward = a < b;
        const EdgeKey key { forward ? a : b, forward ? b : a };
        auto [it, inserted] = net.try_emplace(key, 0);
        if (inserted)
            order.push_back(key);
        it->second += forward ? 1 : -1;
    };
    for (const DirectedEdge& e : raw) {
        Q from = e.a;
        for (const Q& v : grid.onSegment(e.a, e.b)) {
            add(from, v);
            from = v;
        }
        add(from, e.b);
    }
    std::vector<DirectedEdge> boundary;
    for (const EdgeKey& key : order) {
        const int n = net.at(key);
        if (n > 0)
            boundary.push_back({ key.lo, key.hi });
        else if (n < 0)
            boundary.push_back({ key.hi, key.lo });
    }

    QList<Polygon> shells;
    QList<Ring> holes;
    for (const std::vector<Q>& qring : chain(boundary)) {
        Ring ring;
        ring.reserve(qsizetype(qring.size()));
        for (const Q& q : qring)
            ring.append(original.value({ q.x, q.y }, LonLat { double(q.x) / Quantum, double(q.y) / Quantum }));
        // Collinear vertices left over from split edges are kept: they are real vertices of some tile.
        const double a = signedArea(ring);
        if (a > 0.0)
            shells.append(Polygon { ring, {} });
        else if (a < 0.0)
            holes.append(ring);
    }
    std::sort(shells.begin(), shells.end(),
        [](const Polygon& x, const Polygon& y) { return signedArea(x.outer) < signedArea(y.outer); });
    for (const Ring& hole : std::as_const(holes)) {
        // The midpoint of an edge of the hole lies strictly inside the shell around it.
        const LonLat probe { (hole[0].lon + hole[1].lon) / 2.0, (hole[0].lat + hole[1].lat) / 2.0 };
        for (Polygon& shell : shells) {
            if (contains(shell.outer, probe)) {
                shell.holes.append(hole);
                break;
            }
        }
    }
    MultiPolygon out;
    out.polygons = shells;
    std::sort(out.polygons.begin(), out.polygons.end(),
        [](const Polygon& x, const Polygon& y) { return signedArea(x.outer) > signedArea(y.outer); });
    return out;
}

QList<Ring> splitAtRepeatedVertices(const Ring& input)
{
    QList<Ring> loops;
    Ring ring = withoutRepeatedPositions(input);
    if (ring.size() < 2)
        return loops;
    if (ring.first() == ring.last())
        ring.removeLast();
    Ring stack;
    QHash<QPair<double, double>, qsizetype> where; // position → index in stack
    const auto keep = [&](Ring loop) {
        loop.append(loop.first());
        if (loop.size() >= 4 && signedArea(loop) != 0.0)
            loops.append(loop);
    };
    for (const LonLat& p : std::as_const(ring)) {
        const auto it = where.constFind({ p.lon, p.lat });
        if (it != where.constEnd()) {
            const qsizetype from = *it;
            Ring loop = stack.mid(from);
            for (qsizetype i = from + 1; i < stack.size(); ++i)
                where.remove({ stack[i].lon, stack[i].lat });
            stack.resize(from + 1);
            keep(loop);
            continue;
        }
        where.insert({ p.lon, p.lat }, stack.size());
        stack.append(p);
    }
    keep(stack);
    return loops;
}

namespace {

// Moves, in every loop but the first, the vertices that other loops share 1e-6° (≈ 10 cm, kept by the
// 7-decimal GeoJSON text) into the loop, so that parts and holes no longer touch: the strict validator
// (findSelfIntersection) rejects rings that meet even at a single point.
void separateTouchingLoops(QList<Ring>& loops)
{
    constexpr double Nudge = 1e-6;
    QHash<QPair<double, double>, int> seen; // position → how many loops have it
    for (const Ring& loop : std::as_const(loops)) {
        QSet<QPair<double, double>> mine;
        for (qsizetype i = 0; i + 1 < loop.size(); ++i)
            mine.insert({ loop[i].lon, loop[i].lat });
        for (const auto& p : std::as_const(mine))
            ++seen[p];
    }
    for (qsizetype l = 1; l < loops.size(); ++l) {
        Ring& loop = loops[l];
        const double turn = signedArea(loop) > 0.0 ? 1.0 : -1.0;
        const qsizetype n = loop.size() - 1;
        for (qsizetype i = 0; i < n; ++i) {
            if (seen.value({ loop[i].lon, loop[i].lat }) < 2)
                continue;
            const LonLat v = loop[i], prev = loop[(i + n - 1) % n], next = loop[(i + 1) % n];
            double dx = (prev.lon - v.lon) / std::hypot(prev.lon - v.lon, prev.lat - v.lat)
                + (next.lon - v.lon) / std::hypot(next.lon - v.lon, next.lat - v.lat);
            double dy = (prev.lat - v.lat) / std::hypot(prev.lon - v.lon, prev.lat - v.lat)
                + (next.lat - v.lat) / std::hypot(next.lon - v.lon, next.lat - v.lat);
            // At a reflex corner the bisector of the two edges points out of the loop.
            const double corner = (v.lon - prev.lon) * (next.lat - v.lat) - (v.lat - prev.lat) * (next.lon - v.lon);
            if (corner * turn < 0.0) {
                dx = -dx;
                dy = -dy;
            }
            const double length = std::hypot(dx, dy);
            if (!(length > 0.0))
                continue;
            loop[i] = { v.lon + Nudge * dx / length, v.lat + Nudge * dy / length };
        }
        loop[n] = loop[0];
    }
}

} // namespace

MultiPolygon splitPinchedPolygon(const Polygon& polygon)
{
    const double mainSign = signedArea(polygon.outer) >= 0.0 ? 1.0 : -1.0;
    QList<Ring> loops = splitAtRepeatedVertices(polygon.outer);
    QList<bool> isGap;
    for (const Ring& loop : std::as_const(loops)) // lobes wind like the shell, enclosed gaps the other way
        isGap.append(signedArea(loop) * mainSign < 0.0);
    for (const Ring& hole : polygon.holes) {
        for (const Ring& loop : splitAtRepeatedVertices(hole)) {
            loops.append(loop);
            isGap.append(true);
        }
    }
    // The largest loop keeps its vertices; the others give way.
    QList<qsizetype> order(loops.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype x, qsizetype y) { return std::abs(signedArea(loops[x])) > std::abs(signedArea(loops[y])); });
    QList<Ring> sorted;
    for (qsizetype i : std::as_const(order))
        sorted.append(loops[i]);
    separateTouchingLoops(sorted);

    MultiPolygon out;
    QList<Ring> gaps;
    for (qsizetype k = 0; k < sorted.size(); ++k) {
        if (isGap[order[k]])
            gaps.append(sorted[k]);
        else
            out.polygons.append(Polygon { sorted[k], {} });
    }
    for (const Ring& gap : std::as_const(gaps)) {
        const LonLat probe { (gap[0].lon + gap[1].lon) / 2.0, (gap[0].lat + gap[1].lat) / 2.0 };
        for (Polygon& part : out.polygons) {
            if (contains(part.outer, probe)) {
                part.holes.append(gap);
                break;
            }
        }
    }
    normalizeOrientation(out);
    return out;
}

} // namespace gs::geo
