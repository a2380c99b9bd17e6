// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "geo/GeoJson.h"
#include "store/Database.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "structure/DistrictChanges.h"
#include "structure/StructureQuery.h"
#include "structure/StructureRepository.h"
#include "workflow/AuditLog.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace gs;

Q_DECLARE_METATYPE(gs::UnitLevel)

namespace {

qint64 scalar(Session& s, const QString& sql)
{
    auto stmt = s.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->int64(0) : -1;
}

geo::Polygon square(double lon, double lat, double size)
{
    return { { { lon, lat }, { lon + size, lat }, { lon + size, lat + size }, { lon, lat + size }, { lon, lat } }, {} };
}

QString insertSentinel(Session& session, const QString& name, bool active = true)
{
    Transaction tx(session.db());
    auto id = RecordWriter(session.writeContext())
                  .insert(QStringLiteral("people"),
                      { { QStringLiteral("kind"), QStringLiteral("sentinel") }, { QStringLiteral("name"), name },
                          { QStringLiteral("active"), active ? 1 : 0 } });
    if (!id || !tx.commit())
        qFatal("cannot add a sentinel");
    return *id;
}

} // namespace

class tst_StructureRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QString m_district, m_street, m_community;

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::move(test::createNode(m_dir).session);
        StructureRepository repo(*m_session);
        auto district = repo.add({ {}, UnitLevel::District, QStringLiteral("440106"), QStringLiteral("天河区"), {},
            GridKind::Community, {}, {}, QStringLiteral("广州市"), QStringLiteral("广东省") });
        QVERIFY2(district, district ? "" : qPrintable(district.error().message));
        m_district = district->id;
        StructureUnit street;
        street.level = UnitLevel::Street;
        street.code = QStringLiteral("440106001");
        street.name = QStringLiteral("五山街道");
        street.parentId = m_district;
        auto s = repo.add(street);
        QVERIFY(s);
        m_street = s->id;
        StructureUnit community;
        community.level = UnitLevel::Community;
        community.code = QStringLiteral("440106001001");
        community.name = QStringLiteral("岳洲社区");
        community.parentId = m_street;
        auto c = repo.add(community);
        QVERIFY(c);
        m_community = c->id;
    }

    void codes_data()
    {
        QTest::addColumn<UnitLevel>("level");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<bool>("valid");
        QTest::newRow("district") << UnitLevel::District << QStringLiteral("440106") << QString() << true;
        QTest::newRow("district 5 digits") << UnitLevel::District << QStringLiteral("44010") << QString() << false;
        QTest::newRow("district letters") << UnitLevel::District << QStringLiteral("44010a") << QString() << false;
        QTest::newRow("no such province") << UnitLevel::District << QStringLiteral("990106") << QString() << false;
        QTest::newRow("city code") << UnitLevel::District << QStringLiteral("440100") << QString() << false;
        QTest::newRow("street") << UnitLevel::Street << QStringLiteral("440106001") << QStringLiteral("440106") << true;
        QTest::newRow("street 000") << UnitLevel::Street << QStringLiteral("440106000") << QStringLiteral("440106")
                                    << false;
        QTest::newRow("street of another district")
            << UnitLevel::Street << QStringLiteral("440104001") << QStringLiteral("440106") << false;
        QTest::newRow("community") << UnitLevel::Community << QStringLiteral("440106001001")
                                   << QStringLiteral("440106001") << true;
        QTest::newRow("community 11 digits")
            << UnitLevel::Community << QStringLiteral("44010600100") << QStringLiteral("440106001") << false;
        QTest::newRow("grid") << UnitLevel::Grid << QStringLiteral("440106001001-G01") << QString() << true;
        QTest::newRow("grid own scheme") << UnitLevel::Grid << QStringLiteral("TH_WS_07") << QString() << true;
        QTest::newRow("grid 15 digits") << UnitLevel::Grid << QStringLiteral("440106001001007") << QString() << true;
        QTest::newRow("grid like a community code")
            << UnitLevel::Grid << QStringLiteral("440106001001") << QString() << false;
        QTest::newRow("grid with space") << UnitLevel::Grid << QStringLiteral("G 01") << QString() << false;
        QTest::newRow("grid chinese") << UnitLevel::Grid << QStringLiteral("网格一") << QString() << false;
        QTest::newRow("grid one char") << UnitLevel::Grid << QStringLiteral("G") << QString() << false;
    }

    void codes()
    {
        QFETCH(UnitLevel, level);
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QFETCH(bool, valid);
        const QString problem = structure::codeProblem(level, code, parent);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid)
            QVERIFY(problem.startsWith(QStringLiteral("Code:")));
    }

    void suggestedGridCodes()
    {
        QCOMPARE(structure::suggestGridCode(QStringLiteral("440106001001"), GridKind::Community, {}),
            QStringLiteral("440106001001-G01"));
        QCOMPARE(structure::suggestGridCode(QStringLiteral("440106001001"), GridKind::Building,
                     { QStringLiteral("440106001001-B01"), QStringLiteral("440106001001-B02") }),
            QStringLiteral("440106001001-B03"));
        QCOMPARE(structure::levelFromKey(QStringLiteral("街道")), UnitLevel::Street);
        QCOMPARE(structure::levelFromKey(QStringLiteral("village")), UnitLevel::Community);
        QCOMPARE(structure::gridKindFromKey(QStringLiteral("警格")), GridKind::Police);
    }

    void addGridAuditsAndLogs()
    {
        DistrictChanges changes;
        QSignalSpy spy(&changes, &DistrictChanges::structureChanged);
        StructureRepository repo(*m_session, &changes);
        const qint64 audit = scalar(*m_session, QStringLiteral("SELECT count(*) FROM audit_events"));
        const QString sentinel = insertSentinel(*m_session, QStringLiteral("姜志峰"));
        StructureUnit grid;
        grid.level = UnitLevel::Grid;
        grid.code = QStringLiteral("440106001001-G01");
        grid.name = QStringLiteral("岳洲第1网格");
        grid.parentId = m_community;
        grid.responsiblePersonId = sentinel;
        auto added = repo.add(grid);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->responsibleName, QStringLiteral("姜志峰"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(scalar(*m_session, QStringLiteral("SELECT count(*) FROM audit_events")), audit + 1);
        QCOMPARE(scalar(*m_session,
                     QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'grids' AND row_id = '%1'")
                         .arg(added->id)),
            1);
        // The responsible sentinel covers the grid.
        QCOMPARE(scalar(*m_session,
                     QStringLiteral(
                         "SELECT count(*) FROM person_grids WHERE person_id = '%1' AND grid_id = '%2' AND deleted = 0")
                         .arg(sentinel, added->id)),
            1);
        auto grids = StructureQuery(*m_session).grids(m_community);
        QVERIFY(grids);
        QCOMPARE(grids->size(), 1);

        // Duplicate code, unknown parent, missing name: every problem at once.
        StructureUnit bad;
        bad.level = UnitLevel::Grid;
        bad.code = QStringLiteral("440106001001-G01");
        bad.parentId = QStringLiteral("nope");
        auto refused = repo.add(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QStringList fields;
        for (const FieldError& f : refused.error().fields)
            fields << f.field;
        QCOMPARE(fields, (QStringList { QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("code") }));
        QVERIFY(refused.error().fields.last().message.contains(QStringLiteral("already used by 岳洲第1网格")));
    }

    void editAndHistory()
    {
        StructureRepository repo(*m_session);
        auto grid = repo.findByCode(UnitLevel::Grid, QStringLiteral("440106001001-G01"));
        QVERIFY(grid && *grid);
        StructureUnit changed = **grid;
        changed.name = QStringLiteral("岳洲一网格");
        changed.gridKind = GridKind::Building;
        auto saved = repo.update(changed);
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("岳洲一网格"));
        QCOMPARE(saved->gridKind, GridKind::Building);
        auto history = repo.history(UnitLevel::Grid, changed.id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).kind, QStringLiteral("unit_added"));
        QCOMPARE(history->at(1).kind, QStringLiteral("unit_edited"));
        QCOMPARE(history->at(1).payload.value(QStringLiteral("name")).toArray().at(1).toString(),
            QStringLiteral("岳洲一网格"));
        QCOMPARE(history->at(1).actorUserId, m_session->user().id);

        // An administrative code with children cannot change; a street cannot move to another district.
        auto street = repo.unit(UnitLevel::Street, m_street);
        QVERIFY(street);
        StructureUnit renumbered = *street;
        renumbered.code = QStringLiteral("440106009");
        auto refused = repo.update(renumbered);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("code"));
    }

    void policeGridLink()
    {
        StructureRepository repo(*m_session);
        StructureUnit police;
        police.level = UnitLevel::Grid;
        police.gridKind = GridKind::Police;
        police.code = QStringLiteral("440106001001-P01");
        police.name = QStringLiteral("岳洲警格");
        police.parentId = m_community;
        auto p = repo.add(police);
        QVERIFY(p);
        auto grid = repo.findByCode(UnitLevel::Grid, QStringLiteral("440106001001-G01"));
        StructureUnit linked = **grid;
        linked.policeGridId = p->id;
        auto saved = repo.update(linked);
        QVERIFY(saved);
        QCOMPARE(saved->policeGridName, QStringLiteral("岳洲警格"));
        // A community grid is not a police grid.
        StructureUnit wrong = *saved;
        wrong.policeGridId = m_community;
        QVERIFY(!repo.update(wrong));
        // A police grid that others link to cannot be retired.
        auto retire = repo.retire(UnitLevel::Grid, p->id, QStringLiteral("merged"));
        QVERIFY(!retire);
        QVERIFY(retire.error().message.contains(QStringLiteral("linked")));
    }

    void retireAndRestore()
    {
        StructureRepository repo(*m_session);
        StructureUnit grid;
        grid.level = UnitLevel::Grid;
        grid.code = QStringLiteral("440106001001-G09");
        grid.name = QStringLiteral("临时网格");
        grid.parentId = m_community;
        auto g = repo.add(grid);
        QVERIFY(g);
        QVERIFY(!repo.retire(UnitLevel::Grid, g->id, QStringLiteral("  "))); // a reason is required
        // The community still has active grids: it cannot be retired.
        auto community = repo.retire(UnitLevel::Community, m_community, QStringLiteral("merged"));
        QVERIFY(!community);
        QVERIFY(community.error().message.contains(QStringLiteral("active subdivision")));

        const qint64 before = scalar(*m_session, QStringLiteral("SELECT count(*) FROM grids"));
        QVERIFY(repo.retire(UnitLevel::Grid, g->id, QStringLiteral("并入第1网格")));
        QCOMPARE(scalar(*m_session, QStringLiteral("SELECT count(*) FROM grids")), before); // kept
        auto retired = repo.unit(UnitLevel::Grid, g->id);
        QVERIFY(retired->retired);
        QCOMPARE(retired->retiredReason, QStringLiteral("并入第1网格"));
        QVERIFY(!retired->retiredAt.isEmpty());
        auto active = StructureQuery(*m_session).grids(m_community);
        QVERIFY(std::none_of(active->begin(), active->end(), [&](const StructureItem& i) { return i.id == g->id; }));
        auto all = repo.units(true);
        auto current = repo.units(false);
        QCOMPARE(all->size(), current->size() + 1);
        // Its code stays taken.
        StructureUnit again = grid;
        QVERIFY(!repo.add(again));

        QVERIFY(repo.restore(UnitLevel::Grid, g->id));
        QVERIFY(!repo.unit(UnitLevel::Grid, g->id)->retired);
        auto history = repo.history(UnitLevel::Grid, g->id);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).kind, QStringLiteral("unit_retired"));
        QCOMPARE(history->at(1).note, QStringLiteral("并入第1网格"));
        QCOMPARE(history->at(2).kind, QStringLiteral("unit_restored"));
    }

    void geometry()
    {
        DistrictChanges changes;
        QSignalSpy spy(&changes, &DistrictChanges::structureChanged);
        StructureRepository repo(*m_session, &changes);
        auto grid = repo.findByCode(UnitLevel::Grid, QStringLiteral("440106001001-G01"));
        const QString id = (*grid)->id;
        const qint64 logBefore = scalar(*m_session, QStringLiteral("SELECT count(*) FROM change_log"));
        // A repeated corner is dropped and the winding made counter-clockwise (RFC 7946) before storing.
        geo::Polygon clockwise = square(113.30, 23.10, 0.01);
        std::reverse(clockwise.outer.begin(), clockwise.outer.end());
        const geo::LonLat repeated = clockwise.outer.at(1);
        clockwise.outer.insert(1, repeated);
        geo::MultiPolygon shape { { clockwise } };
        QVERIFY(repo.setGeometry(UnitLevel::Grid, id, shape, { QStringLiteral("按街道复核调整"), {} }));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(scalar(*m_session, QStringLiteral("SELECT count(*) FROM change_log")), logBefore + 1);
        auto stored = repo.geometry(UnitLevel::Grid, id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->polygons.size(), 1);
        QCOMPARE((*stored)->polygons.first().outer.size(), 5);
        QCOMPARE(geo::orientation((*stored)->polygons.first().outer), geo::Orientation::CounterClockwise);
        QVERIFY(repo.unit(UnitLevel::Grid, id)->hasGeometry);
        QCOMPARE(scalar(*m_session, QStringLiteral("SELECT round(max_lon * 100) FROM grids WHERE id = '%1'").arg(id)),
            qint64(11331));
        const geo::MultiPolygon kept = *stored.value();
        QCOMPARE(StructureQuery(*m_session).gridAt(113.305, 23.105), id);
        auto history = repo.history(UnitLevel::Grid, id);
        const AuditEvent first = history->last();
        QCOMPARE(first.kind, QStringLiteral("boundary_changed"));
        QCOMPARE(first.note, QStringLiteral("按街道复核调整"));
        QCOMPARE(first.payload.value(QStringLiteral("level")).toString(), QStringLiteral("grid"));
        QCOMPARE(first.payload.value(QStringLiteral("replaced")).toBool(), false);
        QCOMPARE(first.payload.value(QStringLiteral("vertices")).toInteger(), qint64(4));
        QCOMPARE(first.payload.value(QStringLiteral("verticesBefore")).toInteger(), qint64(0));
        QVERIFY(first.payload.value(QStringLiteral("areaM2")).toInteger() > 1000000);

        // Replaced by a smaller one, with the origin's details in the payload.
        QVERIFY(repo.setGeometry(UnitLevel::Grid, id, geo::MultiPolygon { { square(113.30, 23.10, 0.005) } },
            { {}, QJsonObject { { QStringLiteral("overlaps"), 2 } } }));
        const AuditEvent second = repo.history(UnitLevel::Grid, id)->last();
        QCOMPARE(second.payload.value(QStringLiteral("replaced")).toBool(), true);
        QCOMPARE(second.payload.value(QStringLiteral("verticesBefore")).toInteger(), qint64(4));
        QCOMPARE(second.payload.value(QStringLiteral("areaBeforeM2")), first.payload.value(QStringLiteral("areaM2")));
        QCOMPARE(second.payload.value(QStringLiteral("overlaps")).toInteger(), qint64(2));
        QVERIFY(repo.setGeometry(UnitLevel::Grid, id, kept));

        // Refused with the reason, on the geometry field, writing nothing: a bow tie, too few points, a hole
        // outside; an unknown unit.
        const qint64 logKept = scalar(*m_session, QStringLiteral("SELECT count(*) FROM change_log"));
        geo::MultiPolygon bowTie {
            { { { { 113.3, 23.1 }, { 113.31, 23.11 }, { 113.31, 23.1 }, { 113.3, 23.11 }, { 113.3, 23.1 } }, {} } }
        };
        auto refused = repo.setGeometry(UnitLevel::Grid, id, bowTie);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, QStringLiteral("geometry"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("cross")), qPrintable(refused.error().message));
        geo::MultiPolygon line { { { { { 113.3, 23.1 }, { 113.31, 23.11 }, { 113.3, 23.1 } }, {} } } };
        QCOMPARE(repo.setGeometry(UnitLevel::Grid, id, line).error().code, Error::Code::InvalidInput);
        geo::Polygon holed = square(113.30, 23.10, 0.01);
        holed.holes.append(square(113.40, 23.10, 0.001).outer);
        QCOMPARE(repo.setGeometry(UnitLevel::Grid, id, geo::MultiPolygon { { holed } }).error().code,
            Error::Code::InvalidInput);
        QCOMPARE(StructureRepository::checkBoundary({}).error().code, Error::Code::InvalidInput);
        QCOMPARE(repo.setGeometry(UnitLevel::Grid, QStringLiteral("nope"), kept).error().code, Error::Code::NotFound);
        QCOMPARE(scalar(*m_session, QStringLiteral("SELECT count(*) FROM change_log")), logKept);
        QVERIFY(*repo.geometry(UnitLevel::Grid, id).value() == kept);

        // Cleared.
        QVERIFY(repo.setGeometry(UnitLevel::Grid, id, std::nullopt));
        QVERIFY(!repo.geometry(UnitLevel::Grid, id).value());
        QVERIFY(!repo.unit(UnitLevel::Grid, id)->hasGeometry);
        QCOMPARE(scalar(*m_session,
                     QStringLiteral("SELECT count(*) FROM grids WHERE id = '%1' AND min_lon IS NULL").arg(id)),
            qint64(1));
        const AuditEvent cleared = repo.history(UnitLevel::Grid, id)->last();
        QCOMPARE(cleared.payload.value(QStringLiteral("cleared")).toBool(), true);
        QCOMPARE(cleared.payload.value(QStringLiteral("verticesBefore")).toInteger(), qint64(4));
        QVERIFY(AuditLog::verify(m_session->db())->ok);
    }

    void responsibleMustBeAnActiveSentinel()
    {
        StructureRepository repo(*m_session);
        auto grid = repo.findByCode(UnitLevel::Grid, QStringLiteral("440106001001-G01"));
        const QString retiredSentinel = insertSentinel(*m_session, QStringLiteral("离岗"), false);
        auto refused = repo.setResponsible((*grid)->id, retiredSentinel);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("responsible"));
        QVERIFY(repo.setResponsible((*grid)->id, QString()));
        QVERIFY(repo.unit(UnitLevel::Grid, (*grid)->id)->responsiblePersonId.isEmpty());
    }

    void onlyManagersWrite()
    {
        auto sentinel = test::addAndSignIn(*m_session, QStringLiteral("lisi"), Role::Sentinel);
        StructureRepository repo(*sentinel);
        QVERIFY(repo.units());
        StructureUnit grid;
        grid.level = UnitLevel::Grid;
        grid.code = QStringLiteral("440106001001-G05");
        grid.name = QStringLiteral("x");
        grid.parentId = m_community;
        auto refused = repo.add(grid);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(
            repo.retire(UnitLevel::Street, m_street, QStringLiteral("x")).error().code, Error::Code::PermissionDenied);
        const qint64 logBefore = scalar(*m_session, QStringLiteral("SELECT count(*) FROM change_log"));
        QCOMPARE(
            repo.setGeometry(UnitLevel::Community, m_community, geo::MultiPolygon { { square(113.30, 23.10, 0.02) } })
                .error()
                .code,
            Error::Code::PermissionDenied);
        QCOMPARE(repo.setGeometry(UnitLevel::Community, m_community, std::nullopt).error().code,
            Error::Code::PermissionDenied);
        QCOMPARE(scalar(*m_session, QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
        auto admin = test::addAndSignIn(*m_session, QStringLiteral("root"), Role::Admin);
        QVERIFY(StructureRepository(*admin).add(grid));
    }
};

QTEST_GUILESS_MAIN(tst_StructureRepository)
#include "tst_StructureRepository.moc"
