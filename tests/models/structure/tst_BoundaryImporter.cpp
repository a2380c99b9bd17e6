// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "geo/ChinaCoordinates.h"
#include "store/Database.h"
#include "structure/BoundaryImporter.h"
#include "structure/DistrictChanges.h"
#include "structure/StructureQuery.h"
#include "structure/StructureRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace gs;

namespace {

QJsonArray ring(const QList<geo::LonLat>& points)
{
    QJsonArray out;
    for (const geo::LonLat& p : points)
        out.append(QJsonArray { p.lon, p.lat });
    return out;
}

QList<geo::LonLat> square(double lon, double lat, double size)
{
    return { { lon, lat }, { lon + size, lat }, { lon + size, lat + size }, { lon, lat + size }, { lon, lat } };
}

QJsonObject feature(const QJsonObject& properties, const QList<QList<geo::LonLat>>& rings)
{
    QJsonArray coordinates;
    for (const auto& r : rings)
        coordinates.append(ring(r));
    return { { QStringLiteral("type"), QStringLiteral("Feature") }, { QStringLiteral("properties"), properties },
        { QStringLiteral("geometry"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                { QStringLiteral("coordinates"), coordinates } } } };
}

QByteArray collection(const QJsonArray& features)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("FeatureCollection") },
                             { QStringLiteral("features"), features } })
        .toJson(QJsonDocument::Compact);
}

qint64 scalar(Session& s, const char* sql)
{
    auto stmt = s.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->int64(0) : -1;
}

QString all(const QList<ImportIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_BoundaryImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QString m_community, m_g1, m_g2;

    StructureUnit unit(
        UnitLevel level, const char* code, const char* name, const QString& parent, GridKind kind = GridKind::Community)
    {
        StructureUnit u;
        u.level = level;
        u.code = QString::fromUtf8(code);
        u.name = QString::fromUtf8(name);
        u.parentId = parent;
        u.gridKind = kind;
        auto added = StructureRepository(*m_session).add(u);
        if (!added)
            qFatal("add failed: %s", qPrintable(added.error().message));
        return *added;
    }

    qint64 stamp()
    {
        return scalar(*m_session, "SELECT count(*) FROM change_log") * 1000
            + scalar(*m_session, "SELECT count(*) FROM audit_events");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::move(test::createNode(m_dir).session);
        const auto d = unit(UnitLevel::District, "440106", "天河区", {});
        const auto s = unit(UnitLevel::Street, "440106001", "五山街道", d.id);
        m_community = unit(UnitLevel::Community, "440106001001", "岳洲社区", s.id).id;
        m_g1 = unit(UnitLevel::Grid, "440106001001-G01", "岳洲第1网格", m_community).id;
        m_g2 = unit(UnitLevel::Grid, "440106001001-G02", "岳洲第2网格", m_community).id;
        unit(UnitLevel::Grid, "440106001001-P01", "同名网格", m_community, GridKind::Police);
        unit(UnitLevel::Grid, "440106001001-B01", "同名网格", m_community, GridKind::Building);
    }

    void attachesByCodeAndName()
    {
        DistrictChanges changes;
        QSignalSpy spy(&changes, &DistrictChanges::structureChanged);
        const QByteArray json = collection({
            feature({ { QStringLiteral("code"), QStringLiteral("440106001001-G01") },
                        { QStringLiteral("name"), QStringLiteral("岳洲第1网格") } },
                { square(113.30, 23.10, 0.01) }),
            feature({ { QStringLiteral("name"), QStringLiteral("岳洲第2网格") } }, { square(113.31, 23.10, 0.01) }),
            feature({ { QStringLiteral("code"), 440106001001.0 },
                        { QStringLiteral("level"), QStringLiteral("community") } },
                { square(113.30, 23.10, 0.02) }),
        });
        BoundaryImporter importer(*m_session, &changes);
        auto plan = importer.plan(BoundaryImporter::read(json, std::nullopt), QStringLiteral("grids.geojson"));
        QVERIFY(plan);
        QVERIFY2(plan->ok(), qPrintable(all(plan->errors)));
        QCOMPARE(plan->items.size(), 3);
        QVERIFY(!plan->items[0].byName);
        QVERIFY(plan->items[1].byName);
        QCOMPARE(plan->items[2].level, UnitLevel::Community);
        auto written = importer.apply(*plan);
        QVERIFY(written);
        QCOMPARE(*written, 3);
        QCOMPARE(spy.count(), 1);
        StructureQuery query(*m_session);
        QCOMPARE(query.gridAt(113.305, 23.105), m_g1);
        QCOMPARE(query.gridAt(113.315, 23.105), m_g2);
        auto history = StructureRepository(*m_session).history(UnitLevel::Grid, m_g1);
        QCOMPARE(history->last().kind, QStringLiteral("boundary_changed"));
        QCOMPARE(history->last().payload.value(QStringLiteral("import")).toString(), QStringLiteral("grids.geojson"));
        // Written by StructureRepository::setGeometry, as the map's editor writes: the same payload, plus the file.
        QCOMPARE(history->last().payload.value(QStringLiteral("feature")).toInteger(), qint64(1));
        QCOMPARE(history->last().payload.value(QStringLiteral("crs")).toString(), QStringLiteral("wgs84"));
        QCOMPARE(history->last().payload.value(QStringLiteral("level")).toString(), QStringLiteral("grid"));
        QCOMPARE(history->last().payload.value(QStringLiteral("vertices")).toInteger(), qint64(4));
        QVERIFY(StructureRepository(*m_session).unit(UnitLevel::Community, m_community)->hasGeometry);
    }

    void gcj02IsConvertedToWgs84()
    {
        const geo::LonLat wgs { 113.3301, 23.1401 };
        QList<geo::LonLat> gcjRing;
        for (const geo::LonLat& p : square(wgs.lon, wgs.lat, 0.005))
            gcjRing.append(geo::ChinaCoordinates::wgs84ToGcj02(p));
        const QByteArray json
            = collection({ feature({ { QStringLiteral("code"), QStringLiteral("440106001001-G02") } }, { gcjRing }) });
        BoundaryImporter importer(*m_session);
        auto plan = importer.plan(BoundaryImporter::read(json, geo::Crs::Gcj02), QStringLiteral("gcj.geojson"));
        QVERIFY(plan && plan->ok());
        QCOMPARE(plan->crs, geo::Crs::Gcj02);
        QVERIFY(importer.apply(*plan));
        auto stored = StructureRepository(*m_session).geometry(UnitLevel::Grid, m_g2);
        const geo::LonLat corner = (*stored)->polygons.first().outer.first();
        QVERIFY2(geo::haversineDistance(corner, wgs) < 0.05, "GCJ-02 input must be stored as WGS-84");
        // Read as WGS-84 the same file lands ~300–500 m off.
        auto asWgs = importer.plan(BoundaryImporter::read(json, geo::Crs::Wgs84), QStringLiteral("gcj.geojson"));
        QVERIFY(geo::haversineDistance(asWgs->items.first().geometry.polygons.first().outer.first(), wgs) > 100);
    }

    void invalidFeaturesWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        const auto good = feature(
            { { QStringLiteral("code"), QStringLiteral("440106001001-G01") } }, { square(113.40, 23.10, 0.01) });
        QList<geo::LonLat> open = square(113.31, 23.10, 0.01);
        open.removeLast();
        QTest::newRow("unclosed ring") << collection(
            { good, feature({ { QStringLiteral("code"), QStringLiteral("440106001001-G02") } }, { open }) })
                                       << QStringLiteral("Feature 2 (440106001001-G02): the outer ring is not closed");
        const QList<geo::LonLat> bowTie { { 113.3, 23.1 }, { 113.31, 23.11 }, { 113.31, 23.1 }, { 113.3, 23.11 },
            { 113.3, 23.1 } };
        QTest::newRow("self-intersection") << collection(
            { good, feature({ { QStringLiteral("code"), QStringLiteral("440106001001-G02") } }, { bowTie }) })
                                           << QStringLiteral("crosses or touches itself");
        QTest::newRow("hole outside shell") << collection({ good,
            feature({ { QStringLiteral("code"), QStringLiteral("440106001001-G02") } },
                { square(113.3, 23.1, 0.01), square(113.5, 23.5, 0.001) }) })
                                            << QStringLiteral("lies outside the outer ring");
        QTest::newRow("unknown code") << collection({ good,
            feature(
                { { QStringLiteral("code"), QStringLiteral("440106001001-G77") } }, { square(113.3, 23.1, 0.01) }) })
                                      << QStringLiteral("Feature 2 (440106001001-G77): no district, street, community "
                                                        "or grid has the code 440106001001-G77");
        QTest::newRow("ambiguous name") << collection({ good,
            feature({ { QStringLiteral("name"), QStringLiteral("同名网格") } }, { square(113.3, 23.1, 0.01) }) })
                                        << QStringLiteral("matches 2 units");
        QTest::newRow("same unit twice") << collection({ good,
            feature({ { QStringLiteral("name"), QStringLiteral("岳洲第1网格") } }, { square(113.5, 23.1, 0.01) }) })
                                         << QStringLiteral("already gets the boundary of feature 1");
        QTest::newRow("same code twice") << collection({ good, good }) << QStringLiteral("codes must be unique");
        QTest::newRow("unknown level") << collection({ good,
            feature({ { QStringLiteral("code"), QStringLiteral("44") },
                        { QStringLiteral("level"), QStringLiteral("province") } },
                { square(113.3, 23.1, 0.01) }) })
                                       << QStringLiteral("“province” is not one of");
        QTest::newRow("not json") << QByteArray("{\"type\":") << QString();
    }

    void invalidFeaturesWriteNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        auto before = StructureRepository(*m_session).geometry(UnitLevel::Grid, m_g1);
        const qint64 writes = stamp();
        BoundaryImporter importer(*m_session);
        auto plan = importer.plan(BoundaryImporter::read(json, std::nullopt), QStringLiteral("bad.geojson"));
        QVERIFY(plan);
        QVERIFY(!plan->ok());
        if (!needle.isEmpty())
            QVERIFY2(all(plan->errors).contains(needle), qPrintable(all(plan->errors)));
        QVERIFY(all(plan->errors).startsWith(QStringLiteral("bad.geojson: ")));
        auto applied = importer.apply(*plan);
        QVERIFY(!applied);
        QCOMPARE(stamp(), writes);
        QVERIFY(StructureRepository(*m_session).geometry(UnitLevel::Grid, m_g1).value() == before.value());
    }

    void needsManageStructure()
    {
        auto volunteer = test::addAndSignIn(*m_session, QStringLiteral("zhao"), Role::Volunteer);
        auto plan = BoundaryImporter(*volunteer)
                        .plan(BoundaryImporter::read(collection({}), std::nullopt), QStringLiteral("x"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, Error::Code::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(tst_BoundaryImporter)
#include "tst_BoundaryImporter.moc"
