// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "geo/GeoJson.h"

#include <QTest>

using namespace gs::geo;

namespace {

QByteArray collection(const QByteArray& features, const QByteArray& extra = {})
{
    return "{\"type\":\"FeatureCollection\"" + extra + ",\"features\":[" + features + "]}";
}

QByteArray feature(const QByteArray& properties, const QByteArray& geometry)
{
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
}

const QByteArray Square = "{\"type\":\"Polygon\",\"coordinates\":[[[113.33,23.13],[113.34,23.13],[113.34,23.14],"
                          "[113.33,23.14],[113.33,23.13]]]}";

} // namespace

class TestGeoJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAFeatureCollection()
    {
        const QByteArray json = collection(
            feature(R"({"code":"440106001001-G01","name":"岳洲社区第1网格","level":"grid","extra":7})", Square) + ","
            + feature(R"({"id":"G02","name":"第2网格"})",
                R"({"type":"MultiPolygon","coordinates":[[[[113.35,23.13],[113.35,23.14],[113.36,23.14],[113.36,23.13],[113.35,23.13]]],)"
                R"([[[113.37,23.13],[113.38,23.13],[113.38,23.14],[113.37,23.14],[113.37,23.13]],)"
                R"([[113.372,23.132],[113.372,23.138],[113.378,23.138],[113.378,23.132],[113.372,23.132]]]]})")
            + "," + feature(R"({"adcode":440106,"name":"天河区"})", Square.sliced(0).replace("113.3", "113.2")));
        const GeoJsonImport result = GeoJson::readFeatures(json);
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QCOMPARE(result.crs, Crs::Wgs84);
        QVERIFY(!result.declaredCrs);
        QCOMPARE(result.features.size(), 3);

        const GridFeature& first = result.features.at(0);
        QCOMPARE(first.index, 0);
        QCOMPARE(first.code, QStringLiteral("440106001001-G01"));
        QCOMPARE(first.name, QStringLiteral("岳洲社区第1网格"));
        QCOMPARE(first.level, QStringLiteral("grid"));
        QCOMPARE(first.properties.value(QStringLiteral("extra")).toInt(), 7);
        QVERIFY(!first.multi);
        QCOMPARE(first.geometry.polygons.size(), 1);
        QCOMPARE(first.geometry.polygons.first().outer.size(), 5);

        const GridFeature& second = result.features.at(1);
        QCOMPARE(second.code, QStringLiteral("G02"));
        QVERIFY(second.multi);
        QCOMPARE(second.geometry.polygons.size(), 2);
        // RFC 7946 winding after import, whatever the file had.
        QCOMPARE(orientation(second.geometry.polygons.at(0).outer), Orientation::CounterClockwise);
        QCOMPARE(orientation(second.geometry.polygons.at(1).holes.first()), Orientation::Clockwise);

        QCOMPARE(result.features.at(2).code, QStringLiteral("440106")); // a numeric adcode, no ".0"
    }

    void singleFeatureAndBareGeometry()
    {
        const GeoJsonImport one = GeoJson::readFeatures(feature("{}", Square));
        QVERIFY(one.ok()); // a lone feature needs no code: the caller names it
        QCOMPARE(one.features.size(), 1);
        const GeoJsonImport bare = GeoJson::readFeatures(Square);
        QVERIFY(bare.ok());
        QCOMPARE(bare.features.first().geometry.polygons.first().outer.first(), (LonLat { 113.33, 23.13 }));
        const GeoJsonImport withId
            = GeoJson::readFeatures(collection(R"({"type":"Feature","id":17,"geometry":)" + Square + "}"));
        QVERIFY(withId.ok());
        QCOMPARE(withId.features.first().code, QStringLiteral("17"));
    }

    void convertsFromTheDeclaredOrChosenCrs_data()
    {
        QTest::addColumn<QByteArray>("crsMember");
        QTest::addColumn<int>("chosen"); // -1: none
        QTest::addColumn<int>("used");
        QTest::addColumn<int>("declared");
        QTest::newRow("none") << QByteArray() << -1 << int(Crs::Wgs84) << -1;
        QTest::newRow("gcj02 string") << QByteArray(R"(,"crs":"gcj02")") << -1 << int(Crs::Gcj02) << int(Crs::Gcj02);
        QTest::newRow("ogc name") << QByteArray(
            R"(,"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}})")
                                  << -1 << int(Crs::Wgs84) << int(Crs::Wgs84);
        QTest::newRow("bd09 chosen") << QByteArray() << int(Crs::Bd09) << int(Crs::Bd09) << -1;
        QTest::newRow("choice overrides a wrong declaration")
            << QByteArray(R"(,"crs":{"type":"name","properties":{"name":"EPSG:4326"}})") << int(Crs::Gcj02)
            << int(Crs::Gcj02) << int(Crs::Wgs84);
        QTest::newRow("unknown declaration but chosen")
            << QByteArray(R"(,"crs":{"type":"name","properties":{"name":"EPSG:3857"}})") << int(Crs::Gcj02)
            << int(Crs::Gcj02) << -1;
    }
    void convertsFromTheDeclaredOrChosenCrs()
    {
        QFETCH(QByteArray, crsMember);
        QFETCH(int, chosen);
        QFETCH(int, used);
        QFETCH(int, declared);
        const GeoJsonImport result = GeoJson::readFeatures(collection(feature(R"({"code":"A"})", Square), crsMember),
            chosen < 0 ? std::nullopt : std::optional<Crs>(Crs(chosen)));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QCOMPARE(int(result.crs), used);
        QCOMPARE(result.declaredCrs ? int(*result.declaredCrs) : -1, declared);
        const LonLat stored = result.features.first().geometry.polygons.first().outer.first();
        const LonLat expected = ChinaCoordinates::convert({ 113.33, 23.13 }, Crs(used), Crs::Wgs84);
        QVERIFY(std::abs(stored.lon - expected.lon) < 1e-12 && std::abs(stored.lat - expected.lat) < 1e-12);
        if (used != int(Crs::Wgs84))
            QVERIFY(haversineDistance(stored, { 113.33, 23.13 }) > 100.0);
    }

    void errors_data()
    {
        using K = FeatureError::Kind;
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("mentions");
        const QByteArray ok = feature(R"({"code":"OK","name":"好"})", Square) + ",";
        QTest::newRow("not json") << QByteArray("{\"type\":") << int(K::InvalidDocument) << -1
                                  << QStringLiteral("JSON");
        QTest::newRow("not geojson") << QByteArray(R"({"type":"Topology"})") << int(K::InvalidDocument) << -1
                                     << QStringLiteral("FeatureCollection");
        QTest::newRow("empty") << collection({}) << int(K::InvalidDocument) << -1 << QStringLiteral("no features");
        QTest::newRow("projected crs") << collection(feature(R"({"code":"OK"})", Square), R"(,"crs":{"type":"name","properties":{"name":"EPSG:3857"}})")
                                       << int(K::UnsupportedCrs) << -1 << QStringLiteral("EPSG:3857");
        QTest::newRow("not a feature") << collection(ok + Square) << int(K::NotAFeature) << 1
                                       << QStringLiteral("Feature 2:");
        QTest::newRow("point") << collection(
            ok + feature(R"({"code":"P"})", R"({"type":"Point","coordinates":[113.3,23.1]})"))
                               << int(K::UnsupportedGeometry) << 1 << QStringLiteral("Point");
        QTest::newRow("null geometry") << collection(ok + feature(R"({"code":"N"})", "null"))
                                       << int(K::UnsupportedGeometry) << 1 << QStringLiteral("no geometry");
        QTest::newRow("malformed position") << collection(
            ok + feature(R"({"code":"M"})", R"({"type":"Polygon","coordinates":[[[113.3],[1,2],[3,4],[113.3]]]})"))
                                            << int(K::MalformedCoordinates) << 1 << QStringLiteral("two numbers");
        QTest::newRow("unclosed ring") << collection(ok
            + feature(R"({"code":"U","name":"开口"})",
                R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2]]]})"))
                                       << int(K::UnclosedRing) << 1
                                       << QStringLiteral("Feature 2 (U 开口): the outer ring is not closed");
        QTest::newRow("three positions") << collection(ok
            + feature(
                R"({"code":"T"})", R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.3,23.1]]]})"))
                                         << int(K::TooFewPositions) << 1 << QStringLiteral("only 3 usable");
        QTest::newRow("bow-tie") << collection(ok
            + feature(R"({"code":"B"})",
                R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.2],[113.4,23.1],[113.3,23.2],[113.3,23.1]]]})"))
                                 << int(K::SelfIntersection) << 1
                                 << QStringLiteral("itself at (113.350000, 23.150000)");
        QTest::newRow("hole outside") << collection(ok
            + feature(R"({"code":"H"})",
                R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2],[113.3,23.1]],)"
                R"([[113.5,23.1],[113.6,23.1],[113.6,23.2],[113.5,23.2],[113.5,23.1]]]})"))
                                      << int(K::HoleOutsideShell) << 1 << QStringLiteral("hole 1 lies outside");
        QTest::newRow("swapped lon/lat") << collection(ok
            + feature(R"({"code":"S"})",
                R"({"type":"Polygon","coordinates":[[[23.1,113.3],[23.1,113.4],[23.2,113.4],[23.2,113.3],[23.1,113.3]]]})"))
                                         << int(K::CoordinateOutOfRange) << 1 << QStringLiteral("swapped");
        QTest::newRow("projected metres") << collection(ok
            + feature(R"({"code":"X"})",
                R"({"type":"Polygon","coordinates":[[[12619311,2647105],[12619411,2647105],[12619411,2647205],[12619311,2647105]]]})"))
                                          << int(K::CoordinateOutOfRange) << 1 << QStringLiteral("projected metres");
        QTest::newRow("overlapping parts") << collection(ok
            + feature(R"({"code":"O"})",
                R"({"type":"MultiPolygon","coordinates":[[[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2],[113.3,23.1]]],)"
                R"([[[113.32,23.12],[113.33,23.12],[113.33,23.13],[113.32,23.13],[113.32,23.12]]]]})"))
                                           << int(K::OverlappingPolygons) << 1 << QStringLiteral("part 2 lies inside");
        QTest::newRow("no code or name") << collection(ok + feature(R"({"level":"grid"})", Square))
                                         << int(K::MissingIdentity) << 1 << QStringLiteral("neither a code nor a name");
        QTest::newRow("duplicate code") << collection(ok + feature(R"({"code":"OK","name":"again"})", Square))
                                        << int(K::DuplicateCode) << 1 << QStringLiteral("already used by feature 1");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(int, index);
        QFETCH(QString, mentions);
        const GeoJsonImport result = GeoJson::readFeatures(json);
        QVERIFY(!result.ok());
        QVERIFY(result.features.isEmpty()); // nothing half-imported, not even the good feature
        QCOMPARE(result.errors.size(), 1);
        const FeatureError& e = result.errors.first();
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.featureIndex, index);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void reportsEveryFeaturesErrors()
    {
        const QByteArray unclosed
            = R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.1],[113.4,23.2],[113.3,23.2]]]})";
        const QByteArray bowTie
            = R"({"type":"Polygon","coordinates":[[[113.3,23.1],[113.4,23.2],[113.4,23.1],[113.3,23.2],[113.3,23.1]]]})";
        const QByteArray json
            = collection(feature(R"({"code":"A"})", unclosed) + "," + feature(R"({"code":"B"})", Square) + ","
                + feature(R"({"code":"C","name":"交叉"})", bowTie) + "," + feature(R"({"code":"A"})", Square));
        const GeoJsonImport result = GeoJson::readFeatures(json);
        QCOMPARE(result.errors.size(), 3);
        QCOMPARE(result.errors.at(0).featureIndex, 0);
        QCOMPARE(result.errors.at(0).kind, FeatureError::Kind::UnclosedRing);
        QCOMPARE(result.errors.at(1).featureIndex, 2);
        QCOMPARE(result.errors.at(1).code, QStringLiteral("C"));
        QCOMPARE(result.errors.at(1).name, QStringLiteral("交叉"));
        QVERIFY(result.errors.at(1).position.has_value());
        QCOMPARE(result.errors.at(2).featureIndex, 3);
        QCOMPARE(result.errors.at(2).kind, FeatureError::Kind::DuplicateCode);
        QVERIFY(result.features.isEmpty());
    }

    void writesCompactText()
    {
        const Polygon p { { { 113.33, 23.13 }, { 113.3400001, 23.13 }, { 113.34, 23.14 }, { -0.0, 23.14 },
                              { 113.33, 23.13 } },
            { { { 113.335, 23.135 }, { 113.336, 23.135 }, { 113.336, 23.136 }, { 113.335, 23.135 } } } };
        QCOMPARE(GeoJson::write(p),
            QByteArray(
                R"({"type":"Polygon","coordinates":[[[113.33,23.13],[113.3400001,23.13],[113.34,23.14],[0,23.14],)"
                R"([113.33,23.13]],[[113.335,23.135],[113.336,23.135],[113.336,23.136],[113.335,23.135]]]})"));
        const MultiPolygon one { { p } };
        QCOMPARE(GeoJson::write(one), GeoJson::write(p));
        const MultiPolygon two { { Polygon { { { 1, 2 }, { 3, 2 }, { 3, 4 }, { 1, 2 } }, {} },
            Polygon { { { 5, 6 }, { 7, 6 }, { 7, 8 }, { 5, 6 } }, {} } } };
        QCOMPARE(GeoJson::write(two),
            QByteArray(
                R"({"type":"MultiPolygon","coordinates":[[[[1,2],[3,2],[3,4],[1,2]]],[[[5,6],[7,6],[7,8],[5,6]]]]})"));
    }

    void storedGeometryRoundTrips()
    {
        const GeoJsonImport imported = GeoJson::readFeatures(Square, Crs::Gcj02);
        QVERIFY(imported.ok());
        const MultiPolygon g = imported.features.first().geometry;
        const QByteArray text = GeoJson::write(g);
        const auto back = GeoJson::readGeometry(text);
        QVERIFY(back.ok());
        QCOMPARE(GeoJson::write(back.value()), text);
        for (qsizetype i = 0; i < g.polygons.first().outer.size(); ++i)
            QVERIFY(haversineDistance(back->polygons.first().outer.at(i), g.polygons.first().outer.at(i)) < 0.02);

        const auto broken
            = GeoJson::readGeometry(R"({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]})");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, gs::Error::Code::InvalidInput);
        QVERIFY(broken.error().message.contains(QStringLiteral("crosses")));
        QVERIFY(!GeoJson::readGeometry("not json").ok());
        QVERIFY(!GeoJson::readGeometry(R"({"type":"Point","coordinates":[0,0]})").ok());
    }
};

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_GeoJson.moc"
