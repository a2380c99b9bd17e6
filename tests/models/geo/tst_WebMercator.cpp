// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/WebMercator.h"

#include <QTest>

#include <cmath>

using namespace gs::geo;

class TestWebMercator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tileAt_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("tianhe z14") << 113.3612 << 23.1247 << 14 << 13351 << 7109;
        QTest::newRow("tianhe z0") << 113.3612 << 23.1247 << 0 << 0 << 0;
        QTest::newRow("z1 north-west") << -179.9 << 85.0 << 1 << 0 << 0;
        QTest::newRow("z1 north-east") << 179.9 << 85.0 << 1 << 1 << 0;
        QTest::newRow("z1 south-west") << -179.9 << -85.0 << 1 << 0 << 1;
        QTest::newRow("z1 south-east") << 179.9 << -85.0 << 1 << 1 << 1;
        QTest::newRow("z1 origin is the south-east tile") << 0.0 << 0.0 << 1 << 1 << 1;
        QTest::newRow("beyond the pole clamps") << 0.0 << 89.9 << 3 << 4 << 0;
        QTest::newRow("antimeridian wraps") << 180.0 << 0.0 << 2 << 0 << 2;
        QTest::newRow("london z10") << -0.1276 << 51.5072 << 10 << 511 << 340;
        QTest::newRow("beijing z18") << 116.397128 << 39.916527 << 18 << 215829 << 99321;
    }
    void tileAt()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, zoom);
        QFETCH(int, x);
        QFETCH(int, y);
        QCOMPARE(WebMercator::tileAt({ lon, lat }, zoom), (TileId { x, y, zoom }));
    }

    void fractionalTile()
    {
        const QPointF t = WebMercator::toTile({ 113.3612, 23.1247 }, 14);
        QVERIFY(std::abs(t.x() - 13351.1942) < 1e-3);
        QVERIFY(std::abs(t.y() - 7109.7750) < 1e-3);
    }

    void tmsRow_data()
    {
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("row");
        QTest::newRow("z0") << 0 << 0 << 0;
        QTest::newRow("z1 top") << 0 << 1 << 1;
        QTest::newRow("z1 bottom") << 1 << 1 << 0;
        QTest::newRow("tianhe z14") << 7109 << 14 << 9274;
        QTest::newRow("z18") << 99321 << 18 << 162822;
    }
    void tmsRow()
    {
        QFETCH(int, y);
        QFETCH(int, zoom);
        QFETCH(int, row);
        QCOMPARE(WebMercator::tmsRow(y, zoom), row);
        QCOMPARE(WebMercator::tmsRow(row, zoom), y);
    }

    void tileBoundsOfTheWorld()
    {
        const BBox world = WebMercator::tileBounds({ 0, 0, 0 });
        QCOMPARE(world.west, -180.0);
        QCOMPARE(world.east, 180.0);
        QVERIFY(std::abs(world.north - WebMercator::MaxLatitude) < 1e-9);
        QVERIFY(std::abs(world.south + WebMercator::MaxLatitude) < 1e-9);
        const BBox ne = WebMercator::tileBounds({ 1, 0, 1 });
        QCOMPARE(ne.west, 0.0);
        QCOMPARE(ne.south, 0.0);
        // Every tile contains the points that map to it.
        const TileId t = WebMercator::tileAt({ 113.3612, 23.1247 }, 14);
        QVERIFY(WebMercator::tileBounds(t).contains({ 113.3612, 23.1247 }));
    }

    void metres_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("east edge") << 180.0 << 0.0 << 20037508.342789244 << 0.0;
        QTest::newRow("max latitude") << 0.0 << WebMercator::MaxLatitude << 0.0 << 20037508.342789244;
        QTest::newRow("tianhe") << 113.3612 << 23.1247 << 12619311.06 << 2647105.98;
    }
    void metres()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF m = WebMercator::toMetres({ lon, lat });
        QVERIFY2(std::abs(m.x() - x) < 0.5, qPrintable(QString::number(m.x(), 'f', 3)));
        QVERIFY2(std::abs(m.y() - y) < 0.5, qPrintable(QString::number(m.y(), 'f', 3)));
        const LonLat back = WebMercator::fromMetres(m);
        QVERIFY(std::abs(back.lon - lon) < 1e-9 && std::abs(back.lat - lat) < 1e-9);
    }

    void clampsLatitude()
    {
        QCOMPARE(WebMercator::toWorld({ 0, 90 }).y(), 0.0);
        QCOMPARE(WebMercator::toWorld({ 0, -90 }).y(), 1.0);
        QCOMPARE(WebMercator::toWorld({ 0, 89 }), WebMercator::toWorld({ 0, WebMercator::MaxLatitude }));
        QCOMPARE(WebMercator::clampLatitude(-86.0), -WebMercator::MaxLatitude);
    }

    void pixelRoundTripAtFractionalZoom()
    {
        for (double zoom : { 0.0, 3.5, 11.25, 14.0, 18.7 }) {
            for (const LonLat p : { LonLat { 113.3612, 23.1247 }, LonLat { -70.5, -33.4 }, LonLat { 0, 0 } }) {
                const QPointF px = WebMercator::toPixel(p, zoom);
                const LonLat back = WebMercator::fromPixel(px, zoom);
                QVERIFY(std::abs(back.lon - p.lon) < 1e-9);
                QVERIFY(std::abs(back.lat - p.lat) < 1e-9);
            }
        }
        QCOMPARE(WebMercator::toPixel({ 0, 0 }, 0), QPointF(128, 128));
        QCOMPARE(WebMercator::toPixel({ 0, 0 }, 1.5), QPointF(362.03867196751236, 362.03867196751236));
        QCOMPARE(WebMercator::worldSize(14), 4194304.0);
    }

    void groundResolution_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("metresPerPixel");
        QTest::newRow("equator z0") << 0.0 << 0.0 << 156543.03392804097;
        QTest::newRow("equator z18") << 0.0 << 18.0 << 0.5971642834779395;
        QTest::newRow("guangzhou z14") << 23.1247 << 14.0 << 8.786936;
        QTest::newRow("60N z10") << 60.0 << 10.0 << 76.43703;
    }
    void groundResolution()
    {
        QFETCH(double, lat);
        QFETCH(double, zoom);
        QFETCH(double, metresPerPixel);
        QVERIFY(std::abs(WebMercator::groundResolution(lat, zoom) - metresPerPixel) < 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_WebMercator.moc"
