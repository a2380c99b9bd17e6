// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "TestSupport.h"
#include "demo/DemoBuilder.h"
#include "geo/GeoJson.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace gs;

class TestDemoBuilder : public QObject
{
    Q_OBJECT

    static int count(Session& s, const char* sql)
    {
        auto stmt = s.db().prepare(sql);
        if (!stmt)
            return -2;
        return stmt->nextRow() ? stmt->integer(0) : -1;
    }

private Q_SLOTS:
    void embeddedDataIsConsistent()
    {
        auto data = DemoBuilder::loadDistrict();
        QVERIFY(data.ok());
        QCOMPARE(data->value(QStringLiteral("district")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("440106"));
        QVERIFY(data->value(QStringLiteral("streets")).toArray().size() >= 20);
        QVERIFY(data->value(QStringLiteral("communities")).toArray().size() >= 200);
    }

    void createsAFullDemoNode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        auto summary = DemoBuilder::create(path, test::fastKdf());
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        QCOMPARE(summary->accounts.size(), 4);
        QVERIFY(summary->grids > 800);
        QVERIFY(summary->pairings > 0);
        QVERIFY(!Database::hasPlaintextHeader(path));
        for (const auto& account : summary->accounts) {
            auto session = Vault::unlock(path, account.userName, account.password);
            QVERIFY2(session.ok(), qPrintable(account.userName));
            QCOMPARE(roleKey((*session)->user().role), account.role);
        }
        auto session = Vault::unlock(path, QStringLiteral("supervisor"), QStringLiteral("Supervisor-2026")).value();
        QCOMPARE(count(*session, "SELECT count(*) FROM streets"), summary->streets);
        QCOMPARE(count(*session, "SELECT count(*) FROM grids WHERE geometry IS NOT NULL AND min_lon < max_lon"), summary->grids);
        QCOMPARE(count(*session, "SELECT count(*) FROM grids g LEFT JOIN communities c ON c.id = g.community_id WHERE c.id IS NULL"), 0);
        QVERIFY(count(*session, "SELECT count(*) FROM grids WHERE kind = 'building'") > 0);
        QCOMPARE(count(*session, "SELECT count(*) FROM users u JOIN people p ON p.id = u.person_id JOIN pairings pr "
                                 "ON pr.sentinel_id = p.id OR pr.volunteer_id = p.id"),
            2); // the demo sentinel and volunteer are each other's pair
        QVERIFY(count(*session, "SELECT count(*) FROM change_log") > summary->grids);
        QCOMPARE(count(*session, "PRAGMA foreign_key_check"), -1); // no rows: no violations
        // Every stored boundary passes the strict validator (the district outline is stored repaired).
        auto geometries = session->db().prepare("SELECT geometry FROM districts UNION ALL SELECT geometry FROM grids");
        QVERIFY(geometries.ok());
        int checked = 0;
        QVERIFY(geometries->forEachRow([&](const Statement& row) {
            const auto geometry = geo::GeoJson::readGeometry(row.text(0).toUtf8());
            QVERIFY2(geometry.ok(), qPrintable(geometry.ok() ? QString() : geometry.error().message));
            ++checked;
        }).ok());
        QCOMPARE(checked, summary->grids + 1);
    }

    void refusesExistingDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(DemoBuilder::create(path, test::fastKdf()).ok());
        const auto before = test::snapshot(dir.path());
        QCOMPARE(DemoBuilder::create(path, test::fastKdf()).error().code, Error::Code::AlreadyExists);
        QCOMPARE(test::snapshot(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "tst_DemoBuilder.moc"
