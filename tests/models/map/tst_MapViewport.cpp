// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/WebMercator.h"
#include "map/MapViewport.h"

#include <QTest>

using namespace gs;
using namespace gs::map;

namespace {
double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}
} // namespace

class TestMapViewport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void centreAndScreen()
    {
        const MapViewport v = MapViewport::at({ 113.3612, 23.1247 }, 14.0, QSizeF(800, 600));
        QCOMPARE(v.toScreen({ 113.3612, 23.1247 }), QPointF(400, 300));
        QCOMPARE(v.scale(), 256.0 * 16384.0);
        // One tile at z14 is 256 px: its corners are 256 px apart on screen.
        const geo::BBox tile = geo::WebMercator::tileBounds(geo::WebMercator::tileAt({ 113.3612, 23.1247 }, 14));
        const QPointF nw = v.toScreen({ tile.west, tile.north }), se = v.toScreen({ tile.east, tile.south });
        QVERIFY(std::abs(se.x() - nw.x() - 256.0) < 1e-6 && std::abs(se.y() - nw.y() - 256.0) < 1e-6);
        const geo::LonLat back = v.toLonLat(QPointF(123.4, 456.7));
        QVERIFY(distance(v.toScreen(back), QPointF(123.4, 456.7)) < 1e-6);
        QVERIFY(v.bbox().contains({ 113.3612, 23.1247 }));
        QVERIFY(std::abs(v.metresPerPixel() - 8.786936) < 1e-3);
    }

    void zoomAroundKeepsThePointUnderTheCursor_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<QPointF>("cursor");
        QTest::newRow("in at a corner") << 12.0 << 13.5 << QPointF(20, 30);
        QTest::newRow("out") << 16.25 << 14.0 << QPointF(700, 500);
        QTest::newRow("fractional") << 13.3 << 13.4 << QPointF(401, 299);
    }
    void zoomAroundKeepsThePointUnderTheCursor()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(QPointF, cursor);
        MapViewport v = MapViewport::at({ 113.33, 23.13 }, from, QSizeF(800, 600));
        const geo::LonLat under = v.toLonLat(cursor);
        v.zoomAround(cursor, to);
        QCOMPARE(v.zoom(), to);
        QVERIFY(distance(v.toScreen(under), cursor) < 1e-6);
    }

    void panAndClamp()
    {
        MapViewport v = MapViewport::at({ 113.33, 23.13 }, 15.0, QSizeF(800, 600));
        const geo::LonLat before = v.toLonLat(QPointF(100, 100));
        v.panBy(QPointF(50, -20));
        QVERIFY(distance(v.toScreen(before), QPointF(150, 80)) < 1e-6); // the map moves with the pointer
        v.setZoom(40);
        QCOMPARE(v.zoom(), MapViewport::MaxZoom);
        v.setZoom(-3);
        QCOMPARE(v.zoom(), MapViewport::MinZoom);
        v.setZoom(std::nan(""));
        QCOMPARE(v.zoom(), MapViewport::MinZoom);
        v.setCentre(QPointF(0.5, -3));
        QCOMPARE(v.centre().y(), 0.0);
    }

    void fitShowsTheBoxWhole()
    {
        const geo::BBox district = geo::BBox::of(113.28, 23.09, 113.44, 23.25);
        const MapViewport v = MapViewport::fitting(district, QSizeF(1000, 700), 24.0);
        const QPointF nw = v.toScreen({ district.west, district.north }),
                      se = v.toScreen({ district.east, district.south });
        QVERIFY(nw.x() >= 23.9 && nw.y() >= 23.9 && se.x() <= 976.1 && se.y() <= 676.1);
        // Tight on one axis.
        QVERIFY(std::abs(nw.y() - 24.0) < 1e-6 || std::abs(nw.x() - 24.0) < 1e-6);
        // A point is not zoomed in past the cap.
        QCOMPARE(
            MapViewport::fitting(geo::BBox::of(113.3, 23.1, 113.3, 23.1), QSizeF(800, 600), 24.0, 1.0, 17.0).zoom(),
            17.0);
    }
};

QTEST_GUILESS_MAIN(TestMapViewport)
#include "tst_MapViewport.moc"
