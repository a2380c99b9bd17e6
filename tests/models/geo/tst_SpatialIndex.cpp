// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/GeoJson.h"
#include "geo/SpatialIndex.h"
#include "geo/Spread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace gs::geo;

namespace {

// Half the points spread over the world, half packed into Guangzhou (where leads really are),
// with some exact duplicates and points on the ±180° and ±85° edges.
std::vector<KeyedPoint> randomPoints(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<KeyedPoint> points;
    points.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        LonLat p;
        if (i % 2 == 0)
            p = { rng.bounded(360.0) - 180.0, rng.bounded(180.0) - 90.0 };
        else
            p = { 113.2 + rng.bounded(0.3), 23.0 + rng.bounded(0.25) };
        if (i % 997 == 0 && i > 0)
            p = points.back().position; // duplicate position
        if (i % 4999 == 0)
            p = { (i % 2) ? 180.0 : -180.0, (i % 3) ? 85.0511 : -89.0 };
        points.push_back({ qint64(i) * 10, p });
    }
    return points;
}

QList<qint64> bruteForce(const std::vector<KeyedPoint>& points, const BBox& box)
{
    QList<qint64> keys;
    for (const KeyedPoint& p : points) {
        if (box.contains(p.position))
            keys.append(p.key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

Ring square(double w, double s, double e, double n)
{
    return { { w, s }, { e, s }, { e, n }, { w, n }, { w, s } };
}

} // namespace

class TestSpatialIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryEqualsBruteForce()
    {
        const std::vector<KeyedPoint> points = randomPoints(100000, 1);
        const SpatialIndex index(points);
        QCOMPARE(index.size(), qsizetype(points.size()));
        QCOMPARE(index.rejected(), qsizetype(0));

        QRandomGenerator rng(2);
        QList<BBox> boxes { BBox::world(), BBox::of(113.3, 23.1, 113.35, 23.15), BBox::of(170.0, -90.0, -170.0, 90.0),
            BBox::of(-180.0, -90.0, -180.0, 90.0), BBox::of(0, 0, 0, 0), BBox(), BBox::of(113.2, 23.0, 113.5, 23.25) };
        // Boxes whose edges pass exactly through indexed points: edges are inclusive.
        for (int i = 1; i < 40; i += 2) {
            const LonLat a = points[size_t(i)].position;
            const LonLat b = points[size_t(i + 2)].position;
            boxes.append(BBox::of(
                std::min(a.lon, b.lon), std::min(a.lat, b.lat), std::max(a.lon, b.lon), std::max(a.lat, b.lat)));
        }
        for (int i = 0; i < 100; ++i) {
            const double w = 113.2 + rng.bounded(0.3);
            const double s = 23.0 + rng.bounded(0.25);
            boxes.append(BBox::of(w, s, w + rng.bounded(0.05), s + rng.bounded(0.05)));
            const double gw = rng.bounded(360.0) - 180.0;
            const double gs = rng.bounded(180.0) - 90.0;
            boxes.append(
                BBox::of(gw, gs, std::min(180.0, gw + rng.bounded(60.0)), std::min(90.0, gs + rng.bounded(40.0))));
        }
        for (const BBox& box : boxes) {
            QList<qint64> got = index.query(box);
            std::sort(got.begin(), got.end());
            const QList<qint64> expected = bruteForce(points, box);
            QCOMPARE(got, expected);
            QCOMPARE(index.count(box), expected.size());
        }
        QVERIFY(!index.query(BBox::of(113.3, 23.1, 113.35, 23.15)).isEmpty());
        QVERIFY(index.query(BBox()).isEmpty());
    }

    void visitGivesPositions()
    {
        const std::vector<KeyedPoint> points = randomPoints(5000, 5);
        const SpatialIndex index(points);
        const BBox box = BBox::of(113.3, 23.1, 113.4, 23.2);
        int n = 0;
        index.visit(box, [&](qint64 key, LonLat p) {
            QCOMPARE(points[size_t(key / 10)].position, p);
            ++n;
        });
        QCOMPARE(n, bruteForce(points, box).size());
    }

    void rejectsInvalidPositions()
    {
        const SpatialIndex index({ { 1, { 113.3, 23.1 } }, { 2, { 200.0, 0.0 } }, { 3, { std::nan(""), 1.0 } } });
        QCOMPARE(index.size(), qsizetype(1));
        QCOMPARE(index.rejected(), qsizetype(2));
    }

    void clusterCountsAreConservedAtEveryZoom()
    {
        const std::vector<KeyedPoint> points = randomPoints(100000, 3);
        const ClusterIndex clusters(points);
        QCOMPARE(clusters.maxZoom(), 28);
        qsizetype previous = 0;
        for (int zoom = 0; zoom <= 18; ++zoom) {
            const QList<Cluster> all = clusters.clusters(BBox::world(), zoom);
            qsizetype total = 0;
            for (const Cluster& c : all) {
                QVERIFY(c.count > 0);
                total += c.count;
                if (c.count == 1)
                    QCOMPARE(points[size_t(c.key / 10)].position, c.centre);
            }
            QCOMPARE(total, qsizetype(points.size()));
            QVERIFY(all.size() >= previous); // cells nest: zooming in never merges
            previous = all.size();
        }
    }

    // Every zoom the index distinguishes, with the points' categories counted per cluster too.
    void clusterAndCategoryCountsAreConservedUpToMaxZoom()
    {
        std::vector<KeyedPoint> points = randomPoints(20000, 5);
        for (KeyedPoint& p : points)
            p.category = quint8((p.key / 10) % 5);
        const ClusterIndex clusters(points, 32);
        QCOMPARE(clusters.categoryCount(), 5);
        const BBox city = BBox::of(113.2, 23.0, 113.5, 23.25);
        const qsizetype inCity = qsizetype(bruteForce(points, city).size());
        for (int zoom = 0; zoom <= clusters.maxZoom() + 2; ++zoom) {
            QList<qsizetype> perCategory(5, 0);
            qsizetype total = 0;
            for (const Cluster& c : clusters.clusters(BBox::world(), zoom)) {
                const QList<qsizetype> counts = clusters.categoryCounts(c);
                QCOMPARE(counts.size(), 5);
                qsizetype sum = 0;
                for (int k = 0; k < 5; ++k) {
                    sum += counts[k];
                    perCategory[k] += counts[k];
                }
                QCOMPARE(sum, c.count);
                total += c.count;
            }
            QCOMPARE(total, qsizetype(points.size()));
            for (int k = 0; k < 5; ++k)
                QCOMPARE(perCategory[k], qsizetype(points.size() / 5));
            // A viewport's clusters hold at least the points inside it (border cells reach out).
            qsizetype viewTotal = 0;
            for (const Cluster& c : clusters.clusters(city, zoom))
                viewTotal += c.count;
            QVERIFY(viewTotal >= inCity);
        }
    }

    void spreadOffsetsSeparateCoincidentMarkers_data()
    {
        QTest::addColumn<int>("count");
        for (int n : { 2, 3, 5, 8, 9, 20, 100 })
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void spreadOffsetsSeparateCoincidentMarkers()
    {
        QFETCH(int, count);
        const double spacing = 22.0;
        const QList<QPointF> offsets = spreadOffsets(count, spacing);
        QCOMPARE(offsets.size(), count);
        double farthest = 0.0;
        for (int i = 0; i < count; ++i) {
            farthest = std::max(farthest, std::hypot(offsets[i].x(), offsets[i].y()));
            QVERIFY(std::hypot(offsets[i].x(), offsets[i].y()) >= spacing * 0.99); // off the shared spot
            for (int j = i + 1; j < count; ++j) {
                const QPointF d = offsets[i] - offsets[j];
                QVERIFY2(std::hypot(d.x(), d.y()) >= spacing * 0.99, qPrintable(QStringLiteral("%1-%2").arg(i).arg(j)));
            }
        }
        QVERIFY(farthest < spacing * (2.0 + std::sqrt(double(count)) * 1.5)); // compact, not a long line
        QCOMPARE(spreadOffsets(count, spacing), offsets); // deterministic
        QVERIFY(count > 8 || (offsets.first().y() < 0.0 && std::abs(offsets.first().x()) < 1e-9));
        QVERIFY(spreadOffsets(1, spacing).isEmpty());
    }

    void viewportClustersCoverEveryPointInView()
    {
        const std::vector<KeyedPoint> points = randomPoints(100000, 4);
        const ClusterIndex clusters(points);
        const BBox view = BBox::of(113.30, 23.10, 113.36, 23.14);
        const QList<qint64> inView = bruteForce(points, view);
        for (int zoom : { 3, 10, 13, 15, 18 }) {
            QSet<qint64> covered;
            qsizetype total = 0;
            for (const Cluster& c : clusters.clusters(view, zoom)) {
                const QList<qint64> members = clusters.members(c);
                QCOMPARE(members.size(), c.count);
                QCOMPARE(members.first(), c.key);
                for (qint64 k : members) {
                    QVERIFY(c.bounds.contains(points[size_t(k / 10)].position));
                    covered.insert(k);
                }
                QVERIFY(c.bounds.contains(c.centre));
                total += c.count;
            }
            QCOMPARE(qsizetype(covered.size()), total); // no point in two clusters
            for (qint64 k : inView)
                QVERIFY(covered.contains(k));
        }
    }

    void expansionZoomSplitsTheCluster()
    {
        const std::vector<KeyedPoint> points = randomPoints(20000, 6);
        const ClusterIndex clusters(points);
        const QList<Cluster> top = clusters.clusters(BBox::of(113.2, 23.0, 113.5, 23.25), 8);
        QVERIFY(!top.isEmpty());
        for (const Cluster& c : top) {
            if (c.count < 2)
                continue;
            const int z = clusters.expansionZoom(c);
            QVERIFY(z > 8);
            if (z > clusters.maxZoom())
                continue; // all at one spot
            const auto partsAt = [&](int zoom) {
                const QList<qint64> keys = clusters.members(c);
                const QSet<qint64> mine(keys.begin(), keys.end());
                int parts = 0;
                for (const Cluster& d : clusters.clusters(c.bounds, zoom))
                    parts += mine.contains(d.key) ? 1 : 0;
                return parts;
            };
            QCOMPARE(partsAt(z - 1), 1);
            QVERIFY(partsAt(z) >= 2);
        }
        // Coincident points never split.
        const ClusterIndex same({ { 1, { 113.3, 23.1 } }, { 2, { 113.3, 23.1 } } });
        const Cluster both = same.clusters(BBox::world(), 18).first();
        QCOMPARE(both.count, qsizetype(2));
        QCOMPARE(same.expansionZoom(both), same.maxZoom() + 1);
    }

    void antimeridianViewportCountsOnce()
    {
        const std::vector<KeyedPoint> points = randomPoints(2000, 8);
        const ClusterIndex coarse(points, 256); // one cell for the whole world at zoom 0
        const QList<Cluster> c = coarse.clusters(BBox::of(170.0, -90.0, -170.0, 90.0), 0);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().count, qsizetype(points.size()));
        QCOMPARE(ClusterIndex(points, 100).cellSizePixels(), 64); // not a power of two: the default
    }

    void polygonIndexFindsTheGrid()
    {
        // A 20 × 20 tiling of 0.01° cells with a hole in one cell and an island in the hole.
        // Neighbours share the very same coordinates, as in real grid files.
        QList<double> xs;
        QList<double> ys;
        for (int i = 0; i <= 20; ++i) {
            xs.append(113.2 + i * 0.01);
            ys.append(23.0 + i * 0.01);
        }
        QList<PolygonIndex::Entry> entries;
        for (int r = 0; r < 20; ++r) {
            for (int c = 0; c < 20; ++c) {
                const double w = xs.at(c);
                const double s = ys.at(r);
                Polygon p { square(w, s, xs.at(c + 1), ys.at(r + 1)), {} };
                if (r == 5 && c == 5)
                    p.holes.append(square(w + 0.003, s + 0.003, w + 0.007, s + 0.007));
                entries.append({ r * 20 + c, MultiPolygon { { p } } });
            }
        }
        entries.append({ 1000, MultiPolygon { { Polygon { square(113.253, 23.053, 113.257, 23.057), {} } } } });
        const PolygonIndex index(entries);
        QCOMPARE(index.size(), qsizetype(401));

        QRandomGenerator rng(9);
        for (int i = 0; i < 5000; ++i) {
            const LonLat p { 113.19 + rng.bounded(0.22), 22.99 + rng.bounded(0.22) };
            std::optional<qint64> expected;
            for (const auto& e : entries) {
                if (contains(e.geometry, p))
                    expected = e.key;
            }
            QCOMPARE(index.find(p), expected);
        }
        QCOMPARE(index.find({ 113.255, 23.055 }), std::optional<qint64>(1000));
        QCOMPARE(index.find({ 113.2515, 23.0515 }), std::optional<qint64>(105));
        // Grid corners and shared edges resolve to exactly one grid.
        for (int r = 1; r < 20; ++r) {
            for (int c = 1; c < 20; ++c) {
                QCOMPARE(index.findAll({ xs.at(c), ys.at(r) }).size(), 1);
                QCOMPARE(index.findAll({ xs.at(c), (ys.at(r) + ys.at(r - 1)) / 2 }).size(), 1);
            }
        }
        QVERIFY(!index.find({ 0, 0 }));
        QVERIFY(!PolygonIndex().find({ 113.3, 23.1 }));
    }

    void polygonIndexPrefersTheSmallestOverlap()
    {
        const PolygonIndex index({ { 1, MultiPolygon { { Polygon { square(0, 0, 10, 10), {} } } } },
            { 2, MultiPolygon { { Polygon { square(2, 2, 4, 4), {} } } } } });
        QCOMPARE(index.find({ 3, 3 }), std::optional<qint64>(2));
        QCOMPARE(index.findAll({ 3, 3 }), (QList<qint64> { 1, 2 }));
        QCOMPARE(index.find({ 5, 5 }), std::optional<qint64>(1));
    }

    // The demo district: every grid boundary is valid and each sentinel falls in one of its grids.
    // (The district outline in the data touches itself at four vertices; DemoBuilder stores it repaired.)
    void demoDistrictGrids()
    {
        QFile file(QStringLiteral(":/demo/tianhe.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the demo district resource is not linked");
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        QList<PolygonIndex::Entry> entries;
        QStringList codes;
        for (const QJsonValue& g : demo.value(QStringLiteral("grids")).toArray()) {
            const auto geometry
                = GeoJson::readGeometry(QJsonDocument(g.toObject().value(QStringLiteral("geometry")).toObject())
                                            .toJson(QJsonDocument::Compact));
            QVERIFY2(geometry.ok(), qPrintable(g.toObject().value(QStringLiteral("code")).toString()));
            entries.append({ codes.size(), geometry.value() });
            codes.append(g.toObject().value(QStringLiteral("code")).toString());
        }
        QVERIFY(entries.size() > 100);
        const PolygonIndex index(entries);
        for (const QJsonValue& s : demo.value(QStringLiteral("sentinels")).toArray()) {
            const QJsonArray at = s.toObject().value(QStringLiteral("location")).toArray();
            const auto found = index.find({ at.at(0).toDouble(), at.at(1).toDouble() });
            QVERIFY(found.has_value());
            const QJsonArray own = s.toObject().value(QStringLiteral("gridCodes")).toArray();
            QVERIFY(own.contains(QJsonValue(codes.at(*found))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_SpatialIndex.moc"
