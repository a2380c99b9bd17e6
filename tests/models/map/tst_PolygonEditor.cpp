// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapFixture.h"
#include "TestSupport.h"
#include "geo/GeoJson.h"
#include "map/PolygonEditor.h"
#include "map/UnitGeometryWriter.h"
#include "store/Database.h"
#include "workflow/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace gs;
using namespace gs::map;

namespace {

int count(Session& s, const QString& sql)
{
    auto stmt = s.db().prepare(sql);
    return stmt && stmt->nextRow() ? stmt->integer(0) : -1;
}

geo::MultiPolygon square(double w, double s, double e, double n)
{
    return test::boxGeometry(w, s, e, n);
}

} // namespace

class TestPolygonEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    test::MapFixture m_f;

    Session& chief() { return *m_node.session; }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        chief().setKdfParams(test::fastKdf());
        m_f = test::addMapStructure(chief());
    }

    void editsWithUndo()
    {
        PolygonEditor editor(square(0, 0, 1, 1));
        QCOMPARE(editor.allVertices().size(), 4);
        QVERIFY(!editor.isModified());
        editor.moveVertex({ 0, 0, 2 }, { 1.5, 1.5 });
        QCOMPARE(editor.vertex({ 0, 0, 2 }), (geo::LonLat { 1.5, 1.5 }));
        const auto added = editor.insertVertex({ 0, 0, 0 }, { 0.5, -0.2 });
        QCOMPARE(added.index, 1);
        QCOMPARE(editor.allVertices().size(), 5);
        editor.moveVertex({ 0, 0, 0 }, { -0.1, -0.1 });
        const geo::Ring& ring = editor.geometry().polygons.first().outer;
        QCOMPARE(ring.first(), ring.last()); // moving the first vertex keeps the ring closed
        QVERIFY(editor.removeVertex({ 0, 0, 1 }));
        QCOMPARE(editor.allVertices().size(), 4);
        QVERIFY(editor.removeVertex({ 0, 0, 0 }));
        QCOMPARE(editor.geometry().polygons.first().outer.first(), editor.geometry().polygons.first().outer.last());
        QVERIFY(!editor.removeVertex({ 0, 0, 0 })); // a triangle keeps its three points
        QVERIFY(editor.canUndo());
        while (editor.canUndo())
            editor.undo();
        QCOMPARE(editor.geometry(), square(0, 0, 1, 1));
        editor.redo();
        QCOMPARE(editor.vertex({ 0, 0, 2 }), (geo::LonLat { 1.5, 1.5 }));
        QVERIFY(!editor.isValidVertex({ 0, 0, 9 }));
        QVERIFY(!editor.isValidVertex({ 3, 0, 0 }));
    }

    void drawsANewBoundary()
    {
        PolygonEditor editor;
        QCOMPARE(editor.warnings().first().kind, PolygonEditor::Warning::Kind::TooFewPoints);
        editor.startDrawing();
        editor.appendPoint({ 0, 0 });
        editor.appendPoint({ 0, 0 }); // a double click adds nothing
        editor.appendPoint({ 1, 0 });
        QVERIFY(!editor.closeNew());
        editor.appendPoint({ 1, 1 });
        QVERIFY(editor.closeNew());
        QVERIFY(!editor.isDrawing());
        QCOMPARE(editor.allVertices().size(), 3);
        QCOMPARE(geo::orientation(editor.geometry().polygons.first().outer), geo::Orientation::CounterClockwise);
        QVERIFY(editor.warnings().isEmpty());
    }

    void warnsAboutCrossingsAndOverlaps()
    {
        const PolygonEditor::Neighbour right { QStringLiteral("n1"), QStringLiteral("东边网格"), square(1, 0, 2, 1) };
        PolygonEditor editor(square(0, 0, 1, 1), { right });
        QVERIFY(editor.warnings().isEmpty()); // sharing an edge is not overlapping
        editor.moveVertex({ 0, 0, 1 }, { 1.3, 0 }); // pushes into the neighbour
        QList<PolygonEditor::Warning> w = editor.warnings();
        QCOMPARE(w.size(), 1);
        QCOMPARE(w.first().kind, PolygonEditor::Warning::Kind::Overlap);
        QCOMPARE(w.first().neighbourId, QStringLiteral("n1"));
        QVERIFY(w.first().message.contains(QStringLiteral("东边网格")));
        editor.undo();
        editor.moveVertex({ 0, 0, 2 }, { 1, -0.5 }); // folds over the south edge
        w = editor.warnings();
        QVERIFY(!w.isEmpty());
        QCOMPARE(w.first().kind, PolygonEditor::Warning::Kind::SelfIntersection);
        // Containment without crossings is an overlap too.
        QVERIFY(PolygonEditor::overlaps(square(0, 0, 4, 4), square(1, 1, 2, 2)));
        QVERIFY(PolygonEditor::overlaps(square(1, 1, 2, 2), square(0, 0, 4, 4)));
        QVERIFY(PolygonEditor::overlaps(square(0, 0, 1, 1), square(0, 0, 1, 1)));
        QVERIFY(!PolygonEditor::overlaps(square(0, 0, 1, 1), square(1, 1, 2, 2)));
        QVERIFY(!PolygonEditor::overlaps(square(0, 0, 1, 1), square(3, 3, 4, 4)));
    }

    void savesOneUnitInOneTransaction()
    {
        UnitGeometryWriter writer(chief());
        const int logBefore = count(chief(), QStringLiteral("SELECT count(*) FROM change_log"));
        const int auditBefore = count(chief(), QStringLiteral("SELECT count(*) FROM audit_events"));
        // G1 shrunk a little in the east: no overlap with G2.
        auto saved = writer.save(
            UnitLevel::Grid, m_f.g1, square(113.320, 23.130, 113.329, 23.135), QStringLiteral("按街道复核调整"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved->warnings.isEmpty());
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM change_log")), logBefore + 1);
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM audit_events")), auditBefore + 1);
        auto stored = writer.load(UnitLevel::Grid, m_f.g1);
        QVERIFY(stored.ok());
        QCOMPARE(geo::boundingBox(*stored), geo::BBox::of(113.320, 23.130, 113.329, 23.135));
        auto box = chief().db().prepare("SELECT max_lon FROM grids WHERE id = ?");
        box->bind(1, m_f.g1);
        QVERIFY(box->nextRow());
        QCOMPARE(box->real(0), 113.329);
        auto events
            = chief().db().prepare("SELECT kind, subject_table, note FROM audit_events ORDER BY seq DESC LIMIT 1");
        QVERIFY(events->nextRow());
        QCOMPARE(events->text(0), QStringLiteral("boundary_changed")); // the structure's own event: one writer
        QCOMPARE(events->text(1), QStringLiteral("grids"));
        QCOMPARE(events->text(2), QStringLiteral("按街道复核调整"));
        QVERIFY(AuditLog::verify(chief().db())->ok);

        // Into G2: saved, with the overlap reported.
        auto overlapping = writer.save(UnitLevel::Grid, m_f.g1, square(113.320, 23.130, 113.332, 23.135));
        QVERIFY(overlapping.ok());
        QCOMPARE(overlapping->warnings.size(), 1);
        QCOMPARE(overlapping->warnings.first().neighbourId, m_f.g2);
        auto counted = chief().db().prepare("SELECT payload FROM audit_events ORDER BY seq DESC LIMIT 1");
        QVERIFY(counted->nextRow());
        const QJsonObject payload = QJsonDocument::fromJson(counted->text(0).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("overlaps")).toInteger(), qint64(1));
        QCOMPARE(payload.value(QStringLiteral("level")).toString(), QStringLiteral("grid"));
        QCOMPARE(payload.value(QStringLiteral("replaced")).toBool(), true);
        // The building grid is another kind: it never counts as an overlap of a community grid.
        for (const PolygonEditor::Warning& w : overlapping->warnings)
            QVERIFY(w.neighbourId != m_f.building);
    }

    void refusesBadBoundariesAndWritesNothing()
    {
        UnitGeometryWriter writer(chief());
        const int logBefore = count(chief(), QStringLiteral("SELECT count(*) FROM change_log"));
        geo::MultiPolygon bowTie { { geo::Polygon {
            { { 113.32, 23.13 }, { 113.33, 23.14 }, { 113.33, 23.13 }, { 113.32, 23.14 }, { 113.32, 23.13 } }, {} } } };
        auto refused = writer.save(UnitLevel::Grid, m_f.g3, bowTie);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, QStringLiteral("geometry"));
        QVERIFY(refused.error().message.contains(QStringLiteral("crosses")));
        QCOMPARE(writer.save(UnitLevel::Grid, m_f.g3, {}).error().code, Error::Code::InvalidInput);
        QCOMPARE(writer.save(UnitLevel::Grid, QStringLiteral("nope"), square(1, 1, 2, 2)).error().code,
            Error::Code::NotFound);
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
    }

    void needsManageStructure()
    {
        auto sentinel = test::addAndSignIn(chief(), QStringLiteral("wang"), Role::Sentinel, m_f.wang);
        const int logBefore = count(chief(), QStringLiteral("SELECT count(*) FROM change_log"));
        auto denied
            = UnitGeometryWriter(*sentinel).save(UnitLevel::Grid, m_f.g3, square(113.320, 23.135, 113.330, 23.140));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, Error::Code::PermissionDenied);
        QCOMPARE(count(chief(), QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
        auto admin = test::addAndSignIn(chief(), QStringLiteral("root"), Role::Admin);
        QVERIFY(UnitGeometryWriter(*admin)
                    .save(UnitLevel::Community, m_f.westCommunity, square(113.320, 23.130, 113.330, 23.140))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestPolygonEditor)
#include "tst_PolygonEditor.moc"
