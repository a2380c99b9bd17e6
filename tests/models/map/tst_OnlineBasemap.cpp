// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The district office's online basemap setting: validated, stored in one go, only by who may change node
// settings, off by default and after --off; the map page offers it only when set.
#include "TestSupport.h"
#include "accounts/NodeSettings.h"
#include "map/OnlineBasemap.h"

#include <QTest>

using namespace gs;
using map::OnlineBasemap;

class TestOnlineBasemap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_chief;

    static OnlineBasemap gaode()
    {
        OnlineBasemap b;
        b.urlTemplate = QStringLiteral("https://webrd0{s}.example.cn/appmaptile?x={x}&y={y}&z={z}");
        b.crs = geo::Crs::Gcj02;
        b.attribution = QStringLiteral("© 示例地图");
        b.maxZoom = 18;
        return b;
    }

private Q_SLOTS:
    void initTestCase() { m_chief = std::move(test::createNode(m_dir).session); }

    void offByDefault() { QVERIFY(!OnlineBasemap::load(*m_chief).enabled()); }

    void storedAndReadBack()
    {
        const Status saved = OnlineBasemap::save(*m_chief, gaode());
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
        const OnlineBasemap b = OnlineBasemap::load(*m_chief);
        QVERIFY(b.enabled());
        QCOMPARE(b.urlTemplate, gaode().urlTemplate);
        QCOMPARE(b.crs, geo::Crs::Gcj02);
        QCOMPARE(b.attribution, gaode().attribution);
        QCOMPARE(b.maxZoom, 18);
        const auto options = b.tileOptions(QStringLiteral("/cache"));
        QCOMPARE(options.urlTemplate, b.urlTemplate);
        QCOMPARE(options.crs, geo::Crs::Gcj02);
        QCOMPARE(options.cacheFolder, QStringLiteral("/cache"));

        QVERIFY(OnlineBasemap::save(*m_chief, OnlineBasemap {}).ok()); // off
        QVERIFY(!OnlineBasemap::load(*m_chief).enabled());
        QVERIFY(NodeSettings(*m_chief).value(QStringLiteral("map_tile_crs")).isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("crs");
        QTest::addColumn<int>("maxZoom");
        QTest::newRow("no scheme") << QStringLiteral("tiles.example.cn/{z}/{x}/{y}.png") << 0 << 18;
        QTest::newRow("file url") << QStringLiteral("file:///tiles/{z}/{x}/{y}.png") << 0 << 18;
        QTest::newRow("no {z}") << QStringLiteral("https://t.example.cn/{x}/{y}.png") << 0 << 18;
        QTest::newRow("no {y}") << QStringLiteral("https://t.example.cn/{z}/{x}.png") << 0 << 18;
        QTest::newRow("bd09") << QStringLiteral("https://t.example.cn/{z}/{x}/{y}.png") << int(geo::Crs::Bd09) << 18;
        QTest::newRow("zoom 0") << QStringLiteral("https://t.example.cn/{z}/{x}/{y}.png") << 0 << 0;
        QTest::newRow("zoom 23") << QStringLiteral("https://t.example.cn/{z}/{x}/{y}.png") << 0 << 23;
    }

    void refused()
    {
        QFETCH(QString, url);
        QFETCH(int, crs);
        QFETCH(int, maxZoom);
        QVERIFY(OnlineBasemap::save(*m_chief, gaode()).ok());
        OnlineBasemap b;
        b.urlTemplate = url;
        b.crs = crs == 0 ? geo::Crs::Wgs84 : geo::Crs(crs);
        b.maxZoom = maxZoom;
        QVERIFY(!OnlineBasemap::problem(b).isEmpty());
        const Status saved = OnlineBasemap::save(*m_chief, b);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::InvalidInput);
        QCOMPARE(OnlineBasemap::load(*m_chief).urlTemplate, gaode().urlTemplate); // nothing half-written
    }

    void tmsRowsAccepted()
    {
        OnlineBasemap b = gaode();
        b.urlTemplate = QStringLiteral("http://10.0.0.5/tiles/{z}/{x}/{-y}.png");
        QVERIFY2(OnlineBasemap::problem(b).isEmpty(), qPrintable(OnlineBasemap::problem(b)));
    }

    void onlyWhoManagesTheNode()
    {
        QVERIFY(OnlineBasemap::save(*m_chief, OnlineBasemap {}).ok());
        auto sentinel = test::addAndSignIn(*m_chief, QStringLiteral("wang"), Role::Sentinel);
        const Status saved = OnlineBasemap::save(*sentinel, gaode());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::PermissionDenied);
        QVERIFY(!OnlineBasemap::load(*m_chief).enabled());
        QVERIFY(OnlineBasemap::save(*m_chief, gaode()).ok());
        QVERIFY(OnlineBasemap::load(*sentinel).enabled()); // everyone's map offers it once set
    }

    void cleanupTestCase() { m_chief.reset(); }
};

QTEST_GUILESS_MAIN(TestOnlineBasemap)
#include "tst_OnlineBasemap.moc"
