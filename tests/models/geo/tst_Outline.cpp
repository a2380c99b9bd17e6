// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/GeoJson.h"
#include "geo/Outline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace gs::geo;

namespace {

Ring box(double w, double s, double e, double n)
{
    return { { w, s }, { e, s }, { e, n }, { w, n }, { w, s } };
}
MultiPolygon tile(double w, double s, double e, double n)
{
    return MultiPolygon { { Polygon { box(w, s, e, n), {} } } };
}
bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoNeighboursBecomeOneRectangle()
    {
        const MultiPolygon out = dissolve({ tile(0, 0, 1, 1), tile(1, 0, 2, 1) });
        QCOMPARE(out.polygons.size(), 1);
        QVERIFY(out.polygons.first().holes.isEmpty());
        QVERIFY(validate(out).isEmpty());
        QVERIFY(near(area(out), area(tile(0, 0, 2, 1))));
        QCOMPARE(boundingBox(out), BBox::of(0, 0, 2, 1));
        QVERIFY(contains(out, { 1.0, 0.5 })); // the shared edge is gone
    }

    void tJunctionsCancel()
    {
        // One big cell next to two half cells: the big one's east edge meets two shorter edges.
        const MultiPolygon out = dissolve({ tile(0, 0, 2, 2), tile(2, 0, 3, 1), tile(2, 1, 3, 2) });
        QCOMPARE(out.polygons.size(), 1);
        QVERIFY(validate(out).isEmpty());
        QVERIFY(near(area(out), area(tile(0, 0, 3, 2))));
    }

    void ringOfTilesKeepsItsHole()
    {
        QList<MultiPolygon> tiles;
        for (int x = 0; x < 3; ++x) {
            for (int y = 0; y < 3; ++y) {
                if (x != 1 || y != 1)
                    tiles.append(tile(x, y, x + 1, y + 1));
            }
        }
        const MultiPolygon out = dissolve(tiles);
        QCOMPARE(out.polygons.size(), 1);
        QCOMPARE(out.polygons.first().holes.size(), 1);
        QVERIFY(validate(out).isEmpty());
        QVERIFY(!contains(out, { 1.5, 1.5 }));
        QVERIFY(contains(out, { 0.5, 1.5 }));
        double sum = 0.0;
        for (const MultiPolygon& t : std::as_const(tiles))
            sum += area(t);
        QVERIFY(near(area(out), sum));
    }

    void cornerTouchingTilesStaySeparate()
    {
        const MultiPolygon out = dissolve({ tile(0, 0, 1, 1), tile(1, 1, 2, 2) });
        QCOMPARE(out.polygons.size(), 2);
        for (const Polygon& p : out.polygons)
            QCOMPARE(p.outer.size(), 5);
    }

    void separatePiecesAndOrientation()
    {
        // Input given clockwise still dissolves; output is RFC 7946 (shell counter-clockwise).
        Ring cw = box(5, 5, 6, 6);
        std::reverse(cw.begin(), cw.end());
        const MultiPolygon out = dissolve({ tile(0, 0, 1, 1), MultiPolygon { { Polygon { cw, {} } } } });
        QCOMPARE(out.polygons.size(), 2);
        for (const Polygon& p : out.polygons)
            QCOMPARE(orientation(p.outer), Orientation::CounterClockwise);
        QVERIFY(dissolve({}).isEmpty());
    }

    // The demo district: the grids of each community dissolve into an outline that contains them.
    void demoCommunities()
    {
        QFile file(QStringLiteral(":/demo/tianhe.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the demo district resource is not linked");
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        QHash<QString, QList<MultiPolygon>> byCommunity;
        for (const QJsonValue& g : demo.value(QStringLiteral("grids")).toArray()) {
            const QJsonObject o = g.toObject();
            if (o.value(QStringLiteral("kind")).toString() != QStringLiteral("community"))
                continue;
            auto geometry = GeoJson::readGeometry(
                QJsonDocument(o.value(QStringLiteral("geometry")).toObject()).toJson(QJsonDocument::Compact));
            QVERIFY(geometry.ok());
            byCommunity[o.value(QStringLiteral("communityCode")).toString()].append(geometry.value());
        }
        QVERIFY(byCommunity.size() > 100);
        for (auto it = byCommunity.cbegin(); it != byCommunity.cend(); ++it) {
            const MultiPolygon outline = dissolve(it.value());
            QVERIFY2(!outline.isEmpty(), qPrintable(it.key()));
            double parts = 0.0;
            for (const MultiPolygon& g : it.value())
                parts += area(g);
            QVERIFY2(std::abs(area(outline) - parts) < 1e-6 * parts, qPrintable(it.key()));
            QVERIFY2(validate(outline).isEmpty() || outline.polygons.size() > 1, qPrintable(it.key()));
        }
    }

    void splitsSpikesAndLobes()
    {
        // A square with a spike on its south edge and a triangle lobe hanging off its north-east corner.
        const Ring pinched { { 0, 0 }, { 1, 0 }, { 1, -1 }, { 1, 0 }, { 2, 0 }, { 2, 2 }, { 3, 2 }, { 3, 3 }, { 2, 2 },
            { 0, 2 }, { 0, 0 } };
        const Polygon polygon { pinched, {} };
        QVERIFY(!validate(polygon).isEmpty());
        const QList<Ring> loops = splitAtRepeatedVertices(pinched);
        QCOMPARE(loops.size(), 2); // the spike is dropped
        const MultiPolygon fixed = splitPinchedPolygon(polygon);
        QCOMPARE(fixed.polygons.size(), 2);
        QVERIFY(validate(fixed).isEmpty());
        // The lobe's copy of the shared vertex moved 1e-6° into the lobe: the area barely changes.
        const double expected = area(tile(0, 0, 2, 2)) + area(Ring { { 2, 2 }, { 3, 2 }, { 3, 3 }, { 2, 2 } });
        QVERIFY(std::abs(area(fixed) - expected) < 1e-5 * expected);
        QVERIFY(contains(fixed, { 1.0, 1.0 }));
        QVERIFY(contains(fixed, { 2.8, 2.5 }));
        // A simple ring is one loop, unchanged.
        QCOMPARE(splitAtRepeatedVertices(box(0, 0, 1, 1)), QList<Ring> { box(0, 0, 1, 1) });
    }

    void demoDistrictOutlineIsRepaired()
    {
        QFile file(QStringLiteral(":/demo/tianhe.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the demo district resource is not linked");
        const QJsonObject demo = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray rings = demo.value(QStringLiteral("district"))
                                     .toObject()
                                     .value(QStringLiteral("geometry"))
                                     .toObject()
                                     .value(QStringLiteral("coordinates"))
                                     .toArray();
        Polygon outline;
        for (const QJsonValue& v : rings.first().toArray())
            outline.outer.append({ v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble() });
        QVERIFY(!validate(outline).isEmpty()); // touches itself at four vertices
        const MultiPolygon fixed = splitPinchedPolygon(outline);
        QVERIFY(validate(fixed).isEmpty());
        QCOMPARE(fixed.polygons.size(), 2); // the main outline and one small lobe; three spikes removed
        QVERIFY(std::abs(area(fixed) - area(outline)) < 1e-6 * area(outline));
    }
};

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_Outline.moc"
