// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapFixture.h"
#include "TestSupport.h"
#include "geo/Geometry.h"
#include "geo/WebMercator.h"
#include "leads/LeadRepository.h"
#include "map/MapData.h"
#include "map/MapScene.h"
#include "map/PairCard.h"

#include <QDateTime>

using namespace gs;
using namespace gs::map;

namespace {

Lead leadAt(const QString& title, std::optional<geo::LonLat> at)
{
    Lead l;
    l.title = title;
    l.categories = { QStringLiteral("非法集资") };
    l.entityName = QStringLiteral("广州某某财富管理有限公司");
    l.address = QStringLiteral("五山路%1号").arg(title.size());
    if (at) {
        l.lon = at->lon;
        l.lat = at->lat;
    }
    l.groupsAtRisk = { QStringLiteral("elderly") };
    l.source = QStringLiteral("patrol");
    l.description = QStringLiteral("业务员向老年人推销理财产品，称年化18%稳赚不赔。");
    return l;
}

const MapUnit* unitNamed(const MapData& data, const QString& name)
{
    for (const MapUnit& u : data.units) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

} // namespace

class TestMapData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    test::MapFixture m_f;
    std::unique_ptr<Session> m_wang, m_liu, m_admin;
    QString m_wangLead, m_chiefLead;

    Session& chief() { return *m_node.session; }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        chief().setKdfParams(test::fastKdf());
        m_f = test::addMapStructure(chief());
        m_wang = test::addAndSignIn(chief(), QStringLiteral("wang"), Role::Sentinel, m_f.wang);
        m_liu = test::addAndSignIn(chief(), QStringLiteral("liu"), Role::Volunteer, m_f.liu);
        m_admin = test::addAndSignIn(chief(), QStringLiteral("root"), Role::Admin);
        auto own
            = LeadRepository(*m_wang).save(leadAt(QStringLiteral("五山路某理财公司"), geo::LonLat { 113.325, 23.1325 }),
                LeadRepository::Intent::Submit);
        QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
        m_wangLead = own->id;
        QVERIFY(LeadRepository(*m_wang)
                    .save(leadAt(QStringLiteral("没有坐标的线索"), std::nullopt), LeadRepository::Intent::Submit)
                    .ok());
        auto other = LeadRepository(chief()).save(
            leadAt(QStringLiteral("岳洲某养老项目"), geo::LonLat { 113.335, 23.1375 }), LeadRepository::Intent::Submit);
        QVERIFY(other.ok());
        m_chiefLead = other->id;
    }

    void structureWithDissolvedOutlines()
    {
        auto data = MapDataLoader::loadStructure(chief());
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        QCOMPARE(data->units.size(), 9);
        const MapUnit* district = unitNamed(*data, QStringLiteral("鼓楼测试区"));
        QVERIFY(district && !district->derived && !district->geometry.isEmpty());
        const MapUnit* west = unitNamed(*data, QStringLiteral("华工社区居委会"));
        QVERIFY(west && west->derived);
        QCOMPARE(west->geometry.polygons.size(), 1);
        QVERIFY(geo::validate(west->geometry).isEmpty());
        const double expected = geo::area(test::boxGeometry(113.320, 23.130, 113.330, 23.140));
        QVERIFY(std::abs(geo::area(west->geometry) - expected) < 1e-6 * expected); // G1 + G3, the building grid ignored
        const MapUnit* street = unitNamed(*data, QStringLiteral("五山街道"));
        QVERIFY(street && street->derived);
        QCOMPARE(geo::boundingBox(street->geometry), geo::BBox::of(113.320, 23.130, 113.340, 23.140));
    }

    void peoplePairingsAndPhones()
    {
        auto data = MapDataLoader::loadStructure(chief());
        QVERIFY(data.ok());
        QCOMPARE(data->people.size(), 3);
        QCOMPARE(data->pairings.size(), 1); // the ended pairing is history, not a line on the map
        QCOMPARE(data->pairings.first().cardNo, QStringLiteral("JD-2025-0001"));
        for (const MapPerson& p : data->people) {
            QVERIFY(p.position.has_value());
            QVERIFY(!p.phone.contains(QLatin1Char('*'))); // the district office sees the roster
            if (p.id == m_f.liu) {
                QVERIFY(p.volunteer);
                QCOMPARE(p.hats, (QStringList { QStringLiteral("专业宣讲员"), QStringLiteral("风险监测员") }));
                QCOMPARE(p.branch, QStringLiteral("天河支行"));
                QVERIFY(!p.userId.isEmpty());
            }
            if (p.id == m_f.wang)
                QCOMPARE(p.gridIds.size(), 2);
        }
        // A sentinel sees the phones of his own pair only.
        auto mine = MapDataLoader::loadStructure(*m_wang);
        QVERIFY(mine.ok());
        QCOMPARE(mine->myPersonId, m_f.wang);
        for (const MapPerson& p : mine->people) {
            if (p.id == m_f.zhao)
                QCOMPARE(p.phone, QStringLiteral("138****2222"));
            else
                QVERIFY2(!p.phone.contains(QLatin1Char('*')), qPrintable(p.name));
        }
        QCOMPARE(MapDataLoader::maskPhone(QStringLiteral("020-1234")), QStringLiteral("0******4"));
    }

    void leadsFollowVisibility()
    {
        auto all = MapDataLoader::loadLeads(chief());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2); // the lead without coordinates is not on the map
        auto wang = MapDataLoader::loadLeads(*m_wang);
        QVERIFY(wang.ok());
        QCOMPARE(wang->size(), 1);
        QCOMPARE(wang->first().id, m_wangLead);
        const QString createdAt = LeadRepository(chief()).load(m_wangLead)->createdAt;
        QCOMPARE(wang->first().createdMs, QDateTime::fromString(createdAt, Qt::ISODateWithMs).toMSecsSinceEpoch());
        QVERIFY(wang->first().createdMs > 0);
        QCOMPARE(wang->first().status, QStringLiteral("submitted"));
        auto admin = MapDataLoader::loadLeads(*m_admin);
        QVERIFY(admin.ok());
        QVERIFY(admin->isEmpty()); // administrators see no case content
        LeadFilter filter;
        filter.statuses = { QStringLiteral("closed") };
        QVERIFY(MapDataLoader::loadLeads(chief(), filter)->isEmpty());
        filter = {};
        filter.gridId = m_f.g4;
        QCOMPARE(MapDataLoader::loadLeads(chief(), filter)->size(), 1);
    }

    void sceneLookups()
    {
        auto data = MapDataLoader::load(*m_wang);
        QVERIFY(data.ok());
        MapScene scene(std::move(data.value()));
        const int building = scene.unitAt({ 113.323, 23.132 }, UnitLevel::Grid);
        QVERIFY(building >= 0);
        QCOMPARE(scene.unitData(building).id, m_f.building); // the smallest grid holding the point
        QCOMPARE(scene.unitData(scene.unitAt({ 113.335, 23.132 }, UnitLevel::Grid)).id, m_f.g2);
        QCOMPARE(scene.unitData(scene.unitAt({ 113.335, 23.132 }, UnitLevel::Community)).id, m_f.eastCommunity);
        QCOMPARE(scene.unitAt({ 113.5, 23.5 }, UnitLevel::Grid), -1);
        QCOMPARE(scene.unitPath(scene.unitIndex(m_f.g2)), QStringLiteral("五山街道 · 岳洲社区居委会"));
        const int g1 = scene.unitIndex(m_f.g1);
        QCOMPARE(scene.sentinelsOfGrid(g1), QList<int> { scene.personIndex(m_f.wang) });
        QCOMPARE(scene.volunteersOfGrid(g1), QList<int> { scene.personIndex(m_f.liu) });
        QVERIFY(scene.isMyPairing(0));
        const geo::BBox extent = scene.extent();
        QVERIFY(std::abs(extent.west - 113.31) < 1e-9 && std::abs(extent.east - 113.35) < 1e-9);
        QVERIFY(std::abs(extent.south - 23.125) < 1e-9 && std::abs(extent.north - 23.145) < 1e-9);
        QCOMPARE(scene.leadClusters().size(), 1);
        // Grids by kind: the one building grid, the four community grids, no police grids.
        QCOMPARE(scene.gridsOf(GridKind::Building), QList<int> { building });
        QList<int> community = scene.gridsOf(GridKind::Community);
        std::sort(community.begin(), community.end());
        QList<int> expected { scene.unitIndex(m_f.g1), scene.unitIndex(m_f.g2), scene.unitIndex(m_f.g3),
            scene.unitIndex(m_f.g4) };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(community, expected);
        QVERIFY(scene.gridsOf(GridKind::Police).isEmpty());
        // Labels sit inside their unit; street tints are assigned.
        for (int i = 0; i < scene.unitCount(); ++i)
            QVERIFY(scene.unit(i).worldBounds.contains(scene.unit(i).labelAnchor));
    }

    void gcj02DisplayShiftsOverlays()
    {
        auto data = MapDataLoader::load(chief());
        QVERIFY(data.ok());
        MapScene scene(std::move(data.value()));
        const geo::LonLat lead = scene.data().leads.first().position;
        const QPointF before = scene.leadWorld(0);
        scene.setDisplayCrs(geo::Crs::Gcj02);
        const geo::LonLat shifted = scene.toDisplay(lead);
        QVERIFY(geo::haversineDistance(shifted, lead) > 300.0); // several hundred metres in Guangzhou
        QVERIFY(geo::haversineDistance(scene.toWgs84(shifted), lead) < 0.1);
        QVERIFY(scene.leadWorld(0) != before);
        QCOMPARE(scene.leadWorld(0), geo::WebMercator::toWorld(shifted));
        // Hit tests take WGS-84: the grid under a shifted marker is still the lead's grid.
        QCOMPARE(scene.unitData(scene.unitAt(scene.toWgs84(shifted), UnitLevel::Grid)).id,
            scene.unitData(scene.unitAt(lead, UnitLevel::Grid)).id);
    }

    void pairCard()
    {
        auto data = MapDataLoader::load(*m_liu);
        QVERIFY(data.ok());
        MapScene scene(std::move(data.value()));
        auto card = PairCardQuery::load(*m_liu, scene, 0);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->sentinel.name, QStringLiteral("王哨兵"));
        QCOMPARE(card->volunteer.name, QStringLiteral("刘志愿"));
        QCOMPARE(card->volunteer.institution, QStringLiteral("中国工商银行"));
        QCOMPARE(card->startedOn, QStringLiteral("2025-03-01"));
        QCOMPARE(card->sentinelCommunity, QStringLiteral("五山街道 · 华工社区居委会"));
        QCOMPARE(card->sentinelGrids.size(), 2);
        QCOMPARE(card->openLeadCount, 2); // both of 王哨兵's, also the one without coordinates
        QCOMPARE(card->openLeads.size(), 2);
        QCOMPARE(PairCard::allHats().size(), 4);
        // The district office's own lead (not filed by either partner) is not "between them".
        for (const PairCard::OpenLead& l : card->openLeads)
            QVERIFY(l.id != m_chiefLead);
        QCOMPARE(PairCardQuery::load(*m_liu, scene, 5).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMapData)
#include "tst_MapData.moc"
