// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/Geometry.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace gs::geo;

Q_DECLARE_METATYPE(gs::geo::LonLat)
Q_DECLARE_METATYPE(gs::geo::Polygon)
Q_DECLARE_METATYPE(gs::geo::MultiPolygon)

namespace {

Ring box(double w, double s, double e, double n)
{
    return { { w, s }, { e, s }, { e, n }, { w, n }, { w, s } };
}

Ring reversed(Ring r)
{
    std::reverse(r.begin(), r.end());
    return r;
}

// A square of side `metres` centred on (lon, lat), sides from the WGS-84 radii of curvature.
Ring groundSquare(double lon, double lat, double metres)
{
    constexpr double a = 6378137.0;
    constexpr double f = 1.0 / 298.257223563;
    constexpr double e2 = f * (2.0 - f);
    const double phi = lat * std::numbers::pi / 180.0;
    const double w = 1.0 - e2 * std::sin(phi) * std::sin(phi);
    const double m = a * (1.0 - e2) / std::pow(w, 1.5);
    const double n = a / std::sqrt(w);
    const double dLat = metres / m * 180.0 / std::numbers::pi / 2.0;
    const double dLon = metres / (n * std::cos(phi)) * 180.0 / std::numbers::pi / 2.0;
    return box(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void haversine_data()
    {
        QTest::addColumn<LonLat>("a");
        QTest::addColumn<LonLat>("b");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("beijing-shanghai")
            << LonLat { 116.4074, 39.9042 } << LonLat { 121.4737, 31.2304 } << 1067500.0 << 500.0;
        QTest::newRow("one degree of equator") << LonLat { 0, 0 } << LonLat { 1, 0 } << 111195.0802 << 0.001;
        QTest::newRow("same point") << LonLat { 113.3, 23.1 } << LonLat { 113.3, 23.1 } << 0.0 << 1e-9;
        QTest::newRow("across the antimeridian") << LonLat { 179.5, 0 } << LonLat { -179.5, 0 } << 111195.0802 << 0.001;
        QTest::newRow("pole to pole") << LonLat { 0, 90 } << LonLat { 0, -90 } << 20015114.442 << 0.01;
    }
    void haversine()
    {
        QFETCH(LonLat, a);
        QFETCH(LonLat, b);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        const double d = haversineDistance(a, b);
        QVERIFY2(std::abs(d - metres) <= tolerance, QByteArray::number(d, 'f', 4).constData());
        QCOMPARE(haversineDistance(b, a), d);
    }

    void areaOfAGroundSquareNearGuangzhou()
    {
        const Ring square = groundSquare(113.3612, 23.1247, 1000.0);
        const double a = area(square);
        QVERIFY2(std::abs(a - 1.0e6) < 1.0e4, QByteArray::number(a).constData()); // the 1 % requirement
        QVERIFY2(std::abs(a - 1.0e6) < 10.0, QByteArray::number(a).constData()); // what we actually get
        QCOMPARE(area(reversed(square)), a);
    }

    void areaOfDegreeCells_data()
    {
        QTest::addColumn<double>("south");
        QTest::addColumn<double>("squareMetres"); // numeric integration of M·N·cos φ on WGS-84
        QTest::newRow("equator") << 0.0 << 12308463893.9757;
        QTest::newRow("23N") << 23.0 << 11312085322.3693;
    }
    void areaOfDegreeCells()
    {
        QFETCH(double, south);
        QFETCH(double, squareMetres);
        const double a = area(box(113.0, south, 114.0, south + 1.0));
        QVERIFY2(std::abs(a / squareMetres - 1.0) < 1e-9, QByteArray::number(a, 'f', 1).constData());
    }

    void areaSubtractsHolesAndSumsParts()
    {
        const Polygon withHole { box(113.0, 23.0, 113.02, 23.02), { reversed(box(113.005, 23.005, 113.015, 23.015)) } };
        const double outer = area(withHole.outer);
        const double hole = area(withHole.holes.first());
        QVERIFY(std::abs(hole / outer - 0.25) < 1e-3);
        QCOMPARE(area(withHole), outer - hole);
        const MultiPolygon two { { withHole, Polygon { box(113.1, 23.0, 113.12, 23.02), {} } } };
        QVERIFY(std::abs(area(two) - (outer - hole) - outer) < 1.0);
    }

    void orientationAndNormalisation()
    {
        const Ring ccw = box(0, 0, 1, 1);
        QCOMPARE(orientation(ccw), Orientation::CounterClockwise);
        QCOMPARE(orientation(reversed(ccw)), Orientation::Clockwise);
        QCOMPARE(orientation(Ring { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 0, 0 } }), Orientation::Degenerate);
        Polygon p { reversed(box(0, 0, 10, 10)), { box(2, 2, 3, 3) } };
        normalizeOrientation(p);
        QCOMPARE(orientation(p.outer), Orientation::CounterClockwise);
        QCOMPARE(orientation(p.holes.first()), Orientation::Clockwise);
        QVERIFY(isClosed(p.outer) && isClosed(p.holes.first()));
    }

    void closureAndRepeats()
    {
        QVERIFY(isClosed(box(0, 0, 1, 1)));
        QVERIFY(!isClosed(Ring { { 0, 0 }, { 1, 0 }, { 1, 1 } }));
        QVERIFY(!isClosed(Ring {}));
        const Ring repeated { { 0, 0 }, { 1, 0 }, { 1, 0 }, { 1, 1 }, { 1, 1 }, { 0, 0 } };
        QCOMPARE(withoutRepeatedPositions(repeated), (Ring { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }));
        const BBox b = boundingBox(repeated);
        QCOMPARE(b, BBox::of(0, 0, 1, 1));
    }

    void pointInPolygon_data()
    {
        QTest::addColumn<MultiPolygon>("geometry");
        QTest::addColumn<LonLat>("point");
        QTest::addColumn<bool>("inside");
        const Polygon donut { box(0, 0, 10, 10), { reversed(box(4, 4, 6, 6)) } };
        const MultiPolygon d { { donut } };
        QTest::newRow("inside the shell") << d << LonLat { 2, 2 } << true;
        QTest::newRow("in the hole") << d << LonLat { 5, 5 } << false;
        QTest::newRow("outside") << d << LonLat { 11, 5 } << false;
        QTest::newRow("between hole and shell") << d << LonLat { 5, 8 } << true;
        QTest::newRow("west edge is in") << d << LonLat { 0, 5 } << true;
        QTest::newRow("east edge is out") << d << LonLat { 10, 5 } << false;
        QTest::newRow("south edge is in") << d << LonLat { 5, 0 } << true;
        QTest::newRow("north edge is out") << d << LonLat { 5, 10 } << false;
        QTest::newRow("hole's west edge belongs to the hole") << d << LonLat { 4, 5 } << false;
        QTest::newRow("hole's east edge belongs to the polygon") << d << LonLat { 6, 5 } << true;
        QTest::newRow("level with a vertex") << d << LonLat { 2, 4 } << true;
        const MultiPolygon two { { Polygon { box(0, 0, 1, 1), {} }, Polygon { box(5, 5, 6, 6), {} } } };
        QTest::newRow("multi: first part") << two << LonLat { 0.5, 0.5 } << true;
        QTest::newRow("multi: second part") << two << LonLat { 5.5, 5.5 } << true;
        QTest::newRow("multi: between") << two << LonLat { 3, 3 } << false;
        // A concave "U": the notch is outside.
        const Ring u { { 0, 0 }, { 3, 0 }, { 3, 3 }, { 2, 3 }, { 2, 1 }, { 1, 1 }, { 1, 3 }, { 0, 3 }, { 0, 0 } };
        QTest::newRow("U: arm") << MultiPolygon { { Polygon { u, {} } } } << LonLat { 0.5, 2.5 } << true;
        QTest::newRow("U: notch") << MultiPolygon { { Polygon { u, {} } } } << LonLat { 1.5, 2.5 } << false;
        QTest::newRow("U: ray through both arms")
            << MultiPolygon { { Polygon { u, {} } } } << LonLat { -1, 2 } << false;
        const Ring tri { { 113.30, 23.10 }, { 113.40, 23.10 }, { 113.35, 23.20 }, { 113.30, 23.10 } };
        QTest::newRow("real-world triangle")
            << MultiPolygon { { Polygon { tri, {} } } } << LonLat { 113.35, 23.15 } << true;
    }
    void pointInPolygon()
    {
        QFETCH(MultiPolygon, geometry);
        QFETCH(LonLat, point);
        QFETCH(bool, inside);
        QCOMPARE(contains(geometry, point), inside);
        if (geometry.polygons.size() == 1)
            QCOMPARE(contains(geometry.polygons.first(), point), inside);
    }

    // Points on a slanted edge shared by two polygons land in exactly one of them, whichever way
    // each polygon walks the edge.
    void sharedEdgesBelongToExactlyOnePolygon()
    {
        const LonLat a { 113.301, 23.101 };
        const LonLat b { 113.357, 23.173 };
        const Ring left { a, b, { 113.30, 23.18 }, a };
        const Ring right { a, { 113.36, 23.10 }, b, a };
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            const double t = rng.generateDouble();
            const LonLat p { a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat) };
            QCOMPARE(int(contains(left, p)) + int(contains(right, p)), 1);
        }
        // Four squares meeting at a corner: the corner is in exactly one.
        int n = 0;
        for (const Ring& r : { box(0, 0, 1, 1), box(1, 0, 2, 1), box(0, 1, 1, 2), box(1, 1, 2, 2) })
            n += contains(r, { 1, 1 });
        QCOMPARE(n, 1);
    }

    void selfIntersection_data()
    {
        QTest::addColumn<MultiPolygon>("geometry");
        QTest::addColumn<bool>("intersects");
        QTest::addColumn<LonLat>("at");
        QTest::addColumn<LonLat>("orAt");
        const Ring bowTie { { 0, 0 }, { 2, 2 }, { 2, 0 }, { 0, 2 }, { 0, 0 } };
        QTest::newRow("bow-tie") << MultiPolygon { { Polygon { bowTie, {} } } } << true << LonLat { 1, 1 }
                                 << LonLat { 1, 1 };
        QTest::newRow("square") << MultiPolygon { { Polygon { box(0, 0, 1, 1), {} } } } << false << LonLat {}
                                << LonLat {};
        const Ring spike { { 0, 0 }, { 2, 0 }, { 2, 2 }, { 2, 3 }, { 2, 2 }, { 0, 2 }, { 0, 0 } };
        QTest::newRow("spike") << MultiPolygon { { Polygon { spike, {} } } } << true << LonLat { 2, 3 }
                               << LonLat { 2, 2 };
        const Ring touch { { 0, 0 }, { 4, 0 }, { 4, 4 }, { 2, 0 }, { 0, 4 }, { 0, 0 } };
        QTest::newRow("vertex on an edge")
            << MultiPolygon { { Polygon { touch, {} } } } << true << LonLat { 2, 0 } << LonLat { 2, 0 };
        QTest::newRow("hole crosses shell") << MultiPolygon { { Polygon { box(0, 0, 4, 4), { box(3, 1, 5, 2) } } } }
                                            << true << LonLat { 4, 1 } << LonLat { 4, 2 };
        QTest::newRow("hole touches shell") << MultiPolygon { { Polygon { box(0, 0, 4, 4), { box(0, 1, 2, 2) } } } }
                                            << true << LonLat { 0, 1 } << LonLat { 0, 2 };
        QTest::newRow("parts cross") << MultiPolygon {
            { Polygon { box(0, 0, 2, 2), {} }, Polygon { box(1, 1, 3, 3), {} } }
        } << true << LonLat { 2, 1 } << LonLat { 1, 2 };
        QTest::newRow("repeated vertex is fine")
            << MultiPolygon { { Polygon { { { 0, 0 }, { 1, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { 0, 0 } }, {} } } }
            << false << LonLat {} << LonLat {};
        QTest::newRow("triangle") << MultiPolygon { { Polygon { { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 0, 0 } }, {} } } }
                                  << false << LonLat {} << LonLat {};
    }
    void selfIntersection()
    {
        QFETCH(MultiPolygon, geometry);
        QFETCH(bool, intersects);
        QFETCH(LonLat, at);
        QFETCH(LonLat, orAt);
        const auto x = findSelfIntersection(geometry);
        QCOMPARE(x.has_value(), intersects);
        const auto near
            = [&](LonLat q) { return std::abs(x->at.lon - q.lon) < 1e-12 && std::abs(x->at.lat - q.lat) < 1e-12; };
        if (x)
            QVERIFY2(near(at) || near(orAt), qPrintable(QStringLiteral("%1 %2").arg(x->at.lon).arg(x->at.lat)));
    }

    void selfIntersectionOnALargeRing()
    {
        // A 2000-vertex star-ish but simple ring, then the same with two vertices swapped.
        Ring ring;
        QRandomGenerator rng(11);
        for (int i = 0; i < 2000; ++i) {
            const double t = 2.0 * std::numbers::pi * i / 2000.0;
            const double r = 0.01 * (1.0 + 0.3 * rng.generateDouble());
            ring.append({ 113.3 + r * std::cos(t), 23.1 + r * std::sin(t) });
        }
        ring.append(ring.first());
        QVERIFY(!findSelfIntersection(Polygon { ring, {} }));
        std::swap(ring[500], ring[1500]);
        QVERIFY(findSelfIntersection(Polygon { ring, {} }));
    }

    void validate_data()
    {
        using K = GeometryIssue::Kind;
        QTest::addColumn<MultiPolygon>("geometry");
        QTest::addColumn<QList<int>>("kinds");
        QTest::newRow("valid donut") << MultiPolygon { { Polygon { box(0, 0, 10, 10), { box(4, 4, 6, 6) } } } }
                                     << QList<int> {};
        QTest::newRow("unclosed") << MultiPolygon { { Polygon { { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } }, {} } } }
                                  << QList<int> { int(K::UnclosedRing) };
        QTest::newRow("too few") << MultiPolygon { { Polygon { { { 0, 0 }, { 1, 0 }, { 0, 0 } }, {} } } }
                                 << QList<int> { int(K::TooFewPositions) };
        QTest::newRow("too few after repeats")
            << MultiPolygon { { Polygon { { { 0, 0 }, { 1, 0 }, { 1, 0 }, { 0, 0 } }, {} } } }
            << QList<int> { int(K::TooFewPositions) };
        QTest::newRow("out of range") << MultiPolygon { { Polygon { box(23, 113, 24, 114), {} } } }
                                      << QList<int> { int(K::CoordinateOutOfRange) };
        QTest::newRow("nan") << MultiPolygon { { Polygon { box(0, 0, std::nan(""), 1), {} } } }
                             << QList<int> { int(K::CoordinateOutOfRange) };
        QTest::newRow("every ring reported")
            << MultiPolygon { { Polygon { { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } }, { { { 0, 0 }, { 1, 1 } } } } } }
            << QList<int> { int(K::UnclosedRing), int(K::TooFewPositions) };
        QTest::newRow("bow-tie") << MultiPolygon {
            { Polygon { { { 0, 0 }, { 2, 2 }, { 2, 0 }, { 0, 2 }, { 0, 0 } }, {} } }
        } << QList<int> { int(K::SelfIntersection) };
        QTest::newRow("hole outside") << MultiPolygon { { Polygon { box(0, 0, 1, 1), { box(5, 5, 6, 6) } } } }
                                      << QList<int> { int(K::HoleOutsideShell) };
        QTest::newRow("hole in hole") << MultiPolygon {
            { Polygon { box(0, 0, 10, 10), { box(2, 2, 8, 8), box(4, 4, 5, 5) } } }
        } << QList<int> { int(K::HoleInsideHole) };
        QTest::newRow("part inside part")
            << MultiPolygon { { Polygon { box(0, 0, 10, 10), {} }, Polygon { box(2, 2, 3, 3), {} } } }
            << QList<int> { int(K::OverlappingPolygons) };
        QTest::newRow("island in a hole is fine")
            << MultiPolygon { { Polygon { box(0, 0, 10, 10), { box(2, 2, 8, 8) } }, Polygon { box(4, 4, 5, 5), {} } } }
            << QList<int> {};
    }
    void validate()
    {
        QFETCH(MultiPolygon, geometry);
        QFETCH(QList<int>, kinds);
        QList<int> got;
        for (const GeometryIssue& issue : gs::geo::validate(geometry))
            got.append(int(issue.kind));
        QCOMPARE(got, kinds);
    }

    void douglasPeuckerKeepsEndpointsAndReducesNoise()
    {
        // 1000 points along 10 km with ±2 m of noise.
        QRandomGenerator rng(3);
        QList<LonLat> line;
        for (int i = 0; i < 1000; ++i) {
            const double t = i / 999.0;
            const double noise = (rng.generateDouble() - 0.5) * 4.0 / 111000.0;
            line.append({ 113.3 + 0.1 * t, 23.1 + noise });
        }
        const QList<LonLat> simple = simplifyLine(line, 5.0);
        QCOMPARE(simple.first(), line.first());
        QCOMPARE(simple.last(), line.last());
        QVERIFY2(simple.size() < 10, QByteArray::number(simple.size()).constData());
        // A tolerance below the noise keeps much more.
        QVERIFY(simplifyLine(line, 0.01).size() > 500);
        // Nothing kept strays: every original point is within the tolerance of the result.
        for (const LonLat& p : line) {
            double best = 1e9;
            for (qsizetype i = 0; i + 1 < simple.size(); ++i) {
                const LonLat a = simple.at(i);
                const LonLat b = simple.at(i + 1);
                const double t = std::clamp((p.lon - a.lon) / (b.lon - a.lon), 0.0, 1.0);
                best = std::min(
                    best, haversineDistance(p, { a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat) }));
            }
            QVERIFY(best < 5.1);
        }
    }

    void simplifyRingStaysClosed()
    {
        Ring ring;
        for (int i = 0; i < 360; ++i) {
            const double t = i * std::numbers::pi / 180.0;
            ring.append({ 113.3 + 0.01 * std::cos(t), 23.1 + 0.01 * std::sin(t) });
        }
        ring.append(ring.first());
        const Ring coarse = simplifyRing(ring, 50.0);
        QVERIFY(isClosed(coarse));
        QVERIFY(coarse.size() >= 4 && coarse.size() < 40);
        QVERIFY(!findSelfIntersection(Polygon { coarse, {} }));
        const Ring tiny = simplifyRing(ring, 1.0e6); // collapses to the minimum: a triangle
        QCOMPARE(tiny.size(), 4);
        QVERIFY(isClosed(tiny));
        QVERIFY(area(tiny) > 0.0);
        const Polygon p = simplify(Polygon { box(0, 0, 1, 1), { box(0.2, 0.2, 0.3, 0.3) } }, 1.0);
        QCOMPARE(p.outer, box(0, 0, 1, 1));
        QCOMPARE(p.holes.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_Geometry.moc"
