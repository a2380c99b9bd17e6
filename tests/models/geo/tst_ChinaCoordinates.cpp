// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/ChinaCoordinates.h"
#include "geo/Geometry.h"

#include <QTest>

#include <cmath>

using namespace gs::geo;

namespace {
bool near(LonLat a, LonLat b, double degrees)
{
    return std::abs(a.lon - b.lon) < degrees && std::abs(a.lat - b.lat) < degrees;
}
QByteArray show(LonLat p)
{
    return QByteArray::number(p.lon, 'f', 10) + ", " + QByteArray::number(p.lat, 'f', 10);
}
} // namespace

class TestChinaCoordinates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Vectors published with googollee/eviltransform's tests (the same Krasovsky formula).
    void wgs84ToGcj02_data()
    {
        QTest::addColumn<double>("wgsLon");
        QTest::addColumn<double>("wgsLat");
        QTest::addColumn<double>("gcjLon");
        QTest::addColumn<double>("gcjLat");
        QTest::newRow("shanghai") << 121.5272106 << 31.1774276 << 121.531541859215 << 31.17530398364597;
        QTest::newRow("shenzhen") << 113.912316 << 22.543847 << 113.9171764808363 << 22.540796131694766;
        QTest::newRow("beijing") << 116.377817 << 39.911954 << 116.38404722455657 << 39.91334545536069;
        // Derived with an independent implementation of the same formula.
        QTest::newRow("tiananmen") << 116.397128 << 39.916527 << 116.40337249402477 << 39.91793074924595;
    }
    void wgs84ToGcj02()
    {
        QFETCH(double, wgsLon);
        QFETCH(double, wgsLat);
        QFETCH(double, gcjLon);
        QFETCH(double, gcjLat);
        const LonLat gcj = ChinaCoordinates::wgs84ToGcj02({ wgsLon, wgsLat });
        QVERIFY2(near(gcj, { gcjLon, gcjLat }, 1e-9), show(gcj).constData());
        QCOMPARE(ChinaCoordinates::convert({ wgsLon, wgsLat }, Crs::Wgs84, Crs::Gcj02), gcj);
        // The shift is several hundred metres in these cities.
        const double shift = haversineDistance({ wgsLon, wgsLat }, gcj);
        QVERIFY2(shift > 250.0 && shift < 700.0, QByteArray::number(shift).constData());
        const auto inverse = ChinaCoordinates::gcj02ToWgs84Iterative({ gcjLon, gcjLat });
        QVERIFY(haversineDistance(inverse.point, { wgsLon, wgsLat }) < 0.1);
        QVERIFY(inverse.iterations >= 1 && inverse.iterations <= 4);
    }

    void roundTripAcrossChinaBelowADecimetre()
    {
        int worstIterations = 0;
        double worst = 0.0;
        for (double lon = 73.5; lon <= 135.0; lon += 0.75) {
            for (double lat = 18.0; lat <= 53.5; lat += 0.5) {
                const LonLat wgs { lon, lat };
                const LonLat gcj = ChinaCoordinates::wgs84ToGcj02(wgs);
                const auto back = ChinaCoordinates::gcj02ToWgs84Iterative(gcj);
                worst = std::max(worst, haversineDistance(back.point, wgs));
                worstIterations = std::max(worstIterations, back.iterations);
                QVERIFY(back.residualMetres < 0.01);
            }
        }
        qInfo("GCJ-02 → WGS-84 round trip: worst %.2e m, at most %d iterations", worst, worstIterations);
        QVERIFY(worst < 0.1);
        QVERIFY(worstIterations <= 4);
    }

    void tighterToleranceTakesMoreIterations()
    {
        const LonLat gcj = ChinaCoordinates::wgs84ToGcj02({ 113.3612, 23.1247 });
        const auto coarse = ChinaCoordinates::gcj02ToWgs84Iterative(gcj, 5.0);
        const auto fine = ChinaCoordinates::gcj02ToWgs84Iterative(gcj, 1e-6);
        QCOMPARE(coarse.iterations, 1); // the one-step approximation is good to a few metres
        QVERIFY(fine.iterations > coarse.iterations);
        QVERIFY(fine.residualMetres < 1e-6);
    }

    void outsideChinaIsIdentity_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("london") << -0.1276 << 51.5072;
        QTest::newRow("null island") << 0.0 << 0.0;
        QTest::newRow("tokyo-east") << 139.69 << 35.68;
        QTest::newRow("moscow") << 37.6 << 55.75;
        QTest::newRow("south of the box") << 110.0 << 0.5;
    }
    void outsideChinaIsIdentity()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        const LonLat p { lon, lat };
        QVERIFY(ChinaCoordinates::isOutsideChina(p));
        for (Crs from : { Crs::Wgs84, Crs::Gcj02, Crs::Bd09 }) {
            for (Crs to : { Crs::Wgs84, Crs::Gcj02, Crs::Bd09 })
                QCOMPARE(ChinaCoordinates::convert(p, from, to), p);
        }
        QCOMPARE(ChinaCoordinates::gcj02ToWgs84Iterative(p).iterations, 0);
    }

    void insideTheBox()
    {
        QVERIFY(!ChinaCoordinates::isOutsideChina({ 113.3612, 23.1247 }));
        QVERIFY(!ChinaCoordinates::isOutsideChina({ 87.6, 43.8 })); // Ürümqi
        QVERIFY(!ChinaCoordinates::isOutsideChina({ 126.6, 45.75 })); // Harbin
    }

    // gcj→bd vector published with the geotool crate's tests.
    void gcj02ToBd09()
    {
        const LonLat bd = ChinaCoordinates::gcj02ToBd09({ 121.09626935575027, 30.608604331756705 });
        QVERIFY2(near(bd, { 121.10271732371203, 30.61484572185035 }, 1e-11), show(bd).constData());
    }

    void bd09RoundTripBelowAMillimetre()
    {
        double worst = 0.0;
        for (double lon = 73.5; lon <= 135.0; lon += 1.5) {
            for (double lat = 18.0; lat <= 53.5; lat += 1.0) {
                const LonLat gcj { lon, lat };
                const LonLat back = ChinaCoordinates::bd09ToGcj02(ChinaCoordinates::gcj02ToBd09(gcj));
                worst = std::max(worst, haversineDistance(back, gcj));
                const LonLat wgs = ChinaCoordinates::convert(
                    ChinaCoordinates::convert(gcj, Crs::Wgs84, Crs::Bd09), Crs::Bd09, Crs::Wgs84);
                QVERIFY(haversineDistance(wgs, gcj) < 0.1);
            }
        }
        QVERIFY2(worst < 0.001, QByteArray::number(worst).constData());
        // BD-09 sits a further ~600–800 m from GCJ-02.
        const LonLat g { 113.3612, 23.1247 };
        const double offset = haversineDistance(g, ChinaCoordinates::gcj02ToBd09(g));
        QVERIFY(offset > 500.0 && offset < 1000.0);
    }

    void crsNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("crs");
        QTest::newRow("wgs84") << QStringLiteral("wgs84") << int(Crs::Wgs84);
        QTest::newRow("WGS-84") << QStringLiteral("WGS-84") << int(Crs::Wgs84);
        QTest::newRow("epsg") << QStringLiteral("EPSG:4326") << int(Crs::Wgs84);
        QTest::newRow("crs84 urn") << QStringLiteral("urn:ogc:def:crs:OGC:1.3:CRS84") << int(Crs::Wgs84);
        QTest::newRow("cgcs2000") << QStringLiteral("EPSG:4490") << int(Crs::Wgs84);
        QTest::newRow("gcj02") << QStringLiteral("gcj02") << int(Crs::Gcj02);
        QTest::newRow("GCJ-02") << QStringLiteral(" GCJ-02 ") << int(Crs::Gcj02);
        QTest::newRow("bd09") << QStringLiteral("bd09") << int(Crs::Bd09);
        QTest::newRow("bd09ll") << QStringLiteral("BD09LL") << int(Crs::Bd09);
        QTest::newRow("mercator") << QStringLiteral("EPSG:3857") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void crsNames()
    {
        QFETCH(QString, text);
        QFETCH(int, crs);
        const auto parsed = crsFromString(text);
        QCOMPARE(parsed ? int(*parsed) : -1, crs);
        if (parsed)
            QCOMPARE(crsFromString(crsToString(*parsed)), parsed);
    }
    void crsToStringNames()
    {
        QCOMPARE(crsToString(Crs::Wgs84), QStringLiteral("wgs84"));
        QCOMPARE(crsToString(Crs::Gcj02), QStringLiteral("gcj02"));
        QCOMPARE(crsToString(Crs::Bd09), QStringLiteral("bd09"));
    }
};

QTEST_GUILESS_MAIN(TestChinaCoordinates)
#include "tst_ChinaCoordinates.moc"
