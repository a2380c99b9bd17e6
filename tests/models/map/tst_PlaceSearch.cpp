// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapFixture.h"
#include "TestSupport.h"
#include "geo/Geometry.h"
#include "leads/LeadRepository.h"
#include "map/MapData.h"
#include "map/MapScene.h"
#include "map/PlaceSearch.h"

using namespace gs;
using namespace gs::map;

class TestPlaceSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    test::MapFixture m_f;

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        m_node.session->setKdfParams(test::fastKdf());
        m_f = test::addMapStructure(*m_node.session);
        Lead l;
        l.title = QStringLiteral("天河路某投资公司");
        l.categories = { QStringLiteral("非法集资") };
        l.entityName = QStringLiteral("某投资公司");
        l.address = QStringLiteral("五山路371号中公教育大厦");
        l.lon = 113.336;
        l.lat = 23.1368;
        l.groupsAtRisk = { QStringLiteral("elderly") };
        l.source = QStringLiteral("patrol");
        l.description = QStringLiteral("承诺保本保息，年化20%。");
        QVERIFY(LeadRepository(*m_node.session).save(l, LeadRepository::Intent::Submit).ok());
    }

    void coordinates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("crs");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("lon, lat") << QStringLiteral("113.3612, 23.1247") << int(geo::Crs::Wgs84) << 113.3612 << 23.1247;
        QTest::newRow("spaces") << QStringLiteral("  113.3612   23.1247 ") << int(geo::Crs::Wgs84) << 113.3612
                                << 23.1247;
        QTest::newRow("latitude first") << QStringLiteral("23.1247,113.3612") << int(geo::Crs::Wgs84) << 113.3612
                                        << 23.1247;
        QTest::newRow("full-width comma")
            << QStringLiteral("113.3612，23.1247") << int(geo::Crs::Wgs84) << 113.3612 << 23.1247;
        QTest::newRow("letters") << QStringLiteral("N23.1247 E113.3612") << int(geo::Crs::Wgs84) << 113.3612 << 23.1247;
        QTest::newRow("chinese") << QStringLiteral("东经113.3612 北纬23.1247") << int(geo::Crs::Wgs84) << 113.3612
                                 << 23.1247;
        QTest::newRow("dms") << QStringLiteral("23°7'28.9\"N 113°21'40.3\"E") << int(geo::Crs::Wgs84) << 113.361194
                             << 23.124694;
        QTest::newRow("southern") << QStringLiteral("S33.86 E151.21") << int(geo::Crs::Wgs84) << 151.21 << -33.86;
        // GCJ-02 entry (a point read off AMap) is stored as WGS-84.
        QTest::newRow("gcj02") << QStringLiteral("113.3666,23.1220") << int(geo::Crs::Gcj02) << 113.3612 << 23.1247;
    }
    void coordinates()
    {
        QFETCH(QString, text);
        QFETCH(int, crs);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QString error;
        const auto p = PlaceSearch::parseCoordinates(text, geo::Crs(crs), &error);
        QVERIFY2(p.has_value(), qPrintable(error));
        const double tolerance = crs == int(geo::Crs::Gcj02) ? 60.0 : 1.0; // metres
        QVERIFY2(geo::haversineDistance(*p, { lon, lat }) < tolerance,
            qPrintable(QStringLiteral("%1, %2").arg(p->lon, 0, 'f', 6).arg(p->lat, 0, 'f', 6)));
    }

    void badCoordinates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one number") << QStringLiteral("113.36");
        QTest::newRow("three") << QStringLiteral("113, 23, 5");
        QTest::newRow("words") << QStringLiteral("五山路");
        QTest::newRow("out of range") << QStringLiteral("213.3, 95.1");
    }
    void badCoordinates()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!PlaceSearch::parseCoordinates(text, geo::Crs::Wgs84, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void namesAndAddresses()
    {
        auto data = MapDataLoader::load(*m_node.session);
        QVERIFY(data.ok());
        MapScene scene(std::move(data.value()));
        PlaceSearch search(scene);
        auto addresses = PlaceSearch::leadAddresses(*m_node.session);
        QVERIFY(addresses.ok());
        QCOMPARE(addresses->size(), 1);
        search.setLeadAddresses(addresses.value());

        QList<Place> found = search.search(QStringLiteral("华工"));
        QVERIFY(found.size() >= 3); // the community and its grids
        QCOMPARE(found.first().kind, Place::Kind::Community); // the larger unit first
        QCOMPARE(found.first().unitId, m_f.westCommunity);
        QVERIFY(found.first().bounds.contains(found.first().position));
        found = search.search(QStringLiteral("岳洲社区第2网格"));
        QCOMPARE(found.first().unitId, m_f.g4); // the exact name first
        QCOMPARE(found.first().detail, QStringLiteral("五山街道 · 岳洲社区居委会"));
        found = search.search(QStringLiteral("中公教育"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, Place::Kind::LeadAddress);
        QVERIFY(geo::haversineDistance(found.first().position, { 113.336, 23.1368 }) < 0.01);
        found = search.search(QStringLiteral("113.33, 23.135"));
        QCOMPARE(found.first().kind, Place::Kind::Coordinates);
        QVERIFY(search.search(QStringLiteral("不存在的地方")).isEmpty());
        QVERIFY(search.search(QStringLiteral("   ")).isEmpty());
        QCOMPARE(search.search(QStringLiteral("网格"), 2).size(), 2);
    }

    void addressesFollowVisibility()
    {
        auto admin = test::addAndSignIn(*m_node.session, QStringLiteral("root"), Role::Admin);
        auto addresses = PlaceSearch::leadAddresses(*admin);
        QVERIFY(addresses.ok());
        QVERIFY(addresses->isEmpty()); // administrators see no case content, not even addresses
    }
};

QTEST_GUILESS_MAIN(TestPlaceSearch)
#include "tst_PlaceSearch.moc"
