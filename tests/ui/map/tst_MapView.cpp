// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// The map canvas and its page driven with the mouse and the keyboard, offscreen.
#include "MapFixture.h"
#include "MapTestData.h"
#include "Prompter.h"
#include "TestSupport.h"
#include "geo/WebMercator.h"
#include "leads/LeadRepository.h"
#include "map/MapPage.h"
#include "map/MapRenderer.h"
#include "map/MapView.h"
#include "map/PairCardWidget.h"
#include "map/PlaceSearchBox.h"
#include "map/UnitGeometryWriter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace gs;
using namespace gs::map;

namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// QTest::mouseMove carries no buttons; a drag needs real move events with the button held.
void drag(QWidget* w, QPoint from, QPoint to, int steps = 6)
{
    QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= steps; ++i) {
        const QPointF at = QPointF(from) + (QPointF(to) - QPointF(from)) * (double(i) / steps);
        QMouseEvent move(QEvent::MouseMove, at, w->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to);
}

void hover(QWidget* w, QPointF at)
{
    QMouseEvent move(QEvent::MouseMove, at, w->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

void wheel(QWidget* w, QPointF at, int delta)
{
    QWheelEvent e(
        at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

Lead leadAt(const QString& title, geo::LonLat at)
{
    Lead l;
    l.title = title;
    l.categories = { QStringLiteral("非法集资") };
    l.entityName = QStringLiteral("广州某某财富管理有限公司");
    l.address = QStringLiteral("五山路100号");
    l.lon = at.lon;
    l.lat = at.lat;
    l.groupsAtRisk = { QStringLiteral("elderly") };
    l.source = QStringLiteral("patrol");
    l.description = QStringLiteral("称年化18%稳赚不赔。");
    return l;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    test::MapFixture m_f;
    std::unique_ptr<Session> m_wang;
    QString m_lead;

    Session& chief() { return *m_node.session; }

    struct View
    {
        std::unique_ptr<MapScene> scene;
        std::unique_ptr<MapView> view;
    };
    View open(Session& session, geo::LonLat centre = { 113.33, 23.135 }, double zoom = 15.0)
    {
        View v;
        auto data = MapDataLoader::load(session);
        if (!data)
            qFatal("load: %s", qPrintable(data.error().message));
        v.scene = std::make_unique<MapScene>(std::move(data.value()));
        v.view = std::make_unique<MapView>(session, *v.scene);
        v.view->resize(800, 600);
        v.view->show();
        if (!QTest::qWaitForWindowExposed(v.view.get()))
            qWarning("not exposed");
        v.view->centreOn(centre, zoom);
        v.view->repaint();
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        chief().setKdfParams(test::fastKdf());
        m_f = test::addMapStructure(chief());
        m_wang = test::addAndSignIn(chief(), QStringLiteral("wang"), Role::Sentinel, m_f.wang);
        (void)test::addAndSignIn(chief(), QStringLiteral("liu"), Role::Volunteer, m_f.liu);
        auto saved = LeadRepository(*m_wang).save(
            leadAt(QStringLiteral("五山路理财公司"), { 113.3275, 23.1375 }), LeadRepository::Intent::Submit);
        QVERIFY(saved.ok());
        m_lead = saved->id;
    }

    void dragPansTheMap()
    {
        View v = open(chief());
        const geo::LonLat under = v.view->viewport().toLonLat(QPointF(400, 300));
        drag(v.view.get(), QPoint(400, 300), QPoint(470, 260));
        QVERIFY(distance(v.view->viewport().toScreen(under), QPointF(470, 260)) < 1.0);
    }

    void wheelZoomsAroundTheCursor()
    {
        View v = open(chief());
        const double before = v.view->viewport().zoom();
        const QPointF cursor(180, 140);
        const geo::LonLat under = v.view->viewport().toLonLat(cursor);
        wheel(v.view.get(), cursor, 120);
        QCOMPARE(v.view->viewport().zoom(), before + 0.5);
        QVERIFY(distance(v.view->viewport().toScreen(under), cursor) < 1e-6);
        wheel(v.view.get(), cursor, -240);
        QCOMPARE(v.view->viewport().zoom(), before - 0.5);
        QVERIFY(distance(v.view->viewport().toScreen(under), cursor) < 1e-6);
    }

    void framesOutOfBudgetAreFollowedUntilComplete()
    {
        // A district of 600 grids and 2,000 leads: at zoom 16.5 a frame meets many new grid labels and cluster icons.
        map::MapData data = test::latticeDistrict(30, 20);
        data.leads = test::syntheticLeads(data, 2000, 3);
        MapScene scene(std::move(data));
        MapView view(chief(), scene);
        view.resize(800, 600);
        view.setRasterBudget(1e-6); // one new image per frame
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centreOn(scene.extent().centre(), 16.5);
        view.repaint();
        QVERIFY(view.lastFrame().incomplete);
        const qsizetype firstLabels = view.lastFrame().labels.size();
        // Nobody touches the view: it paints again by itself until every label and icon is there.
        QTRY_VERIFY_WITH_TIMEOUT(!view.lastFrame().incomplete, 20000);
        QVERIFY2(view.lastFrame().labels.size() > firstLabels, qPrintable(QStringLiteral("%1 -> %2").arg(firstLabels).arg(view.lastFrame().labels.size())));
        map::MapFrame full;
        (void)map::MapRenderer(scene).render(view.viewport(), map::RenderOptions(), &full);
        QCOMPARE(view.lastFrame().labels.size(), full.labels.size());
    }

    void keysZoomAndPan()
    {
        View v = open(chief());
        v.view->setFocus();
        const double z = v.view->viewport().zoom();
        QTest::keyClick(v.view.get(), Qt::Key_Plus);
        QCOMPARE(v.view->viewport().zoom(), z + 1.0);
        QTest::keyClick(v.view.get(), Qt::Key_Minus);
        QTest::keyClick(v.view.get(), Qt::Key_Minus);
        QCOMPARE(v.view->viewport().zoom(), z - 1.0);
        const QPointF centre = v.view->viewport().centre();
        QTest::keyClick(v.view.get(), Qt::Key_Right);
        QVERIFY(v.view->viewport().centre().x() > centre.x()); // the view moves east
        QTest::keyClick(v.view.get(), Qt::Key_Up);
        QVERIFY(v.view->viewport().centre().y() < centre.y()); // and north
        QTest::keyClick(v.view.get(), Qt::Key_Home);
        QVERIFY(v.view->viewport().bbox().contains({ 113.31, 23.125 }));
        QVERIFY(v.view->viewport().bbox().contains({ 113.35, 23.145 }));
    }

    void buttonsAndDoubleClick()
    {
        View v = open(chief());
        const double z = v.view->viewport().zoom();
        QTest::mouseClick(v.view->findChild<QToolButton*>(QStringLiteral("zoomInButton")), Qt::LeftButton);
        QCOMPARE(v.view->viewport().zoom(), z + 1.0);
        QTest::mouseClick(v.view->findChild<QToolButton*>(QStringLiteral("zoomOutButton")), Qt::LeftButton);
        QCOMPARE(v.view->viewport().zoom(), z);
        const QPoint at(600, 450);
        const geo::LonLat under = v.view->viewport().toLonLat(at);
        QTest::mouseDClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(v.view->viewport().zoom(), z + 1.0);
        QVERIFY(distance(v.view->viewport().toScreen(under), at) < 1e-6);
        QTest::mouseClick(v.view->findChild<QToolButton*>(QStringLiteral("fitButton")), Qt::LeftButton);
        QVERIFY(v.view->viewport().bbox().contains({ 113.31, 23.125 }));
        // The coordinate read-out follows the pointer.
        hover(v.view.get(), QPointF(300, 200));
        QVERIFY(v.view->coordinateLabel()->text().contains(QStringLiteral("WGS-84")));
        QVERIFY(v.view->pointerPosition().has_value());
    }

    void clickingAClusterZoomsIn()
    {
        View v = open(chief(), { 113.335, 23.132 }, 12.0);
        QList<MapLead> leads;
        for (int i = 0; i < 40; ++i)
            leads.append({ QStringLiteral("x%1").arg(i), QStringLiteral("submitted"), QStringLiteral("high"), 0, 1,
                { 113.335 + (i % 8) * 0.0003, 23.132 + (i / 8) * 0.0003 } });
        v.scene->setLeads(leads);
        v.view->repaint();
        const MapFrame& frame = v.view->lastFrame();
        QCOMPARE(frame.clusters.size(), 1);
        const MapFrame::ClusterMark c = frame.clusters.first();
        QCOMPARE(c.cluster.count, qsizetype(40));
        QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, c.centre.toPoint());
        QVERIFY(v.view->viewport().zoom() >= c.expansionZoom);
        QVERIFY(distance(v.view->viewport().toScreen(
                             geo::WebMercator::fromWorld(geo::WebMercator::toWorld(c.cluster.centre))),
                    QPointF(400, 300))
            < 1.0);
        v.view->repaint();
        QVERIFY(v.view->lastFrame().clusters.size() + v.view->lastFrame().leads.size() >= 2); // it split
    }

    void clickingAPairLineShowsTheCard()
    {
        View v = open(*m_wang);
        const MapFrame& frame = v.view->lastFrame();
        QCOMPARE(frame.pairs.size(), 1);
        const QLineF line = frame.pairs.first().line;
        const QPointF middle = line.pointAt(0.5);
        QSignalSpy pairing(v.view.get(), &MapView::pairingActivated);
        QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, middle.toPoint());
        QCOMPARE(pairing.size(), 1);
        PairCardWidget* card = v.view->pairCard();
        QVERIFY(card->isVisible());
        const QString text = card->text();
        for (const QString& part : { QStringLiteral("王哨兵"), QStringLiteral("刘志愿"), QStringLiteral("中国工商银行"),
                 QStringLiteral("天河支行"), QStringLiteral("JD-2025-0001"), QStringLiteral("13900003333"),
                 QStringLiteral("华工社区居委会"), QStringLiteral("岳洲社区居委会") })
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing in: ") + text));
        QVERIFY(text.contains(QStringLiteral("2025"))); // paired since
        QCOMPARE(card->leadList()->count(), 1); // 王哨兵's open lead
        QSignalSpy opened(v.view.get(), &MapView::leadActivated);
        card->leadList()->setCurrentRow(0);
        QTest::keyClick(card->leadList(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), m_lead);
        QTest::keyClick(card, Qt::Key_Escape);
        QVERIFY(!card->isVisible());
    }

    void clickingALeadOpensIt()
    {
        View v = open(chief());
        QSignalSpy opened(v.view.get(), &MapView::leadActivated);
        const QPointF at = v.view->viewport().toScreen({ 113.3275, 23.1375 });
        QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), m_lead);
    }

    void hoverAndClickSelectGrids()
    {
        View v = open(chief(), { 113.33, 23.135 }, 15.0);
        QSignalSpy selected(v.view.get(), &MapView::unitSelected);
        hover(v.view.get(), v.view->viewport().toScreen({ 113.337, 23.1385 }));
        QCOMPARE(v.view->hoveredUnit(), v.scene->unitIndex(m_f.g4));
        QTest::mouseClick(
            v.view.get(), Qt::LeftButton, Qt::NoModifier, v.view->viewport().toScreen({ 113.338, 23.1315 }).toPoint());
        QCOMPARE(v.view->selectedUnit(), v.scene->unitIndex(m_f.g2));
        QCOMPARE(selected.size(), 1);
        QTest::keyClick(v.view.get(), Qt::Key_Escape);
        QCOMPARE(v.view->selectedUnit(), -1);
    }

    void measuresDistanceAndArea()
    {
        View v = open(chief());
        v.view->setMode(MapView::Mode::MeasureDistance);
        QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(200, 300));
        QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        const double expected = geo::haversineDistance(v.scene->toWgs84(v.view->viewport().toLonLat(QPointF(200, 300))),
            v.scene->toWgs84(v.view->viewport().toLonLat(QPointF(400, 300))));
        QCOMPARE(v.view->measurePoints().size(), 2);
        QVERIFY(std::abs(v.view->measuredMetres() - expected) < 0.01);
        QVERIFY(std::abs(v.view->measuredMetres() - 200 * v.view->viewport().metresPerPixel())
            < 0.01 * v.view->measuredMetres());
        QTest::keyClick(v.view.get(), Qt::Key_Backspace);
        QCOMPARE(v.view->measurePoints().size(), 1);
        QTest::keyClick(v.view.get(), Qt::Key_Escape);
        QVERIFY(v.view->measurePoints().isEmpty());
        v.view->setMode(MapView::Mode::MeasureArea);
        for (const QPoint p : { QPoint(200, 200), QPoint(400, 200), QPoint(400, 400), QPoint(200, 400) })
            QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, p);
        const double side = 200 * v.view->viewport().metresPerPixel();
        QVERIFY(std::abs(v.view->measuredSquareMetres() - side * side) < 0.02 * side * side);
    }

    void pickModeSetsAndDragsThePin()
    {
        View v = open(chief());
        v.view->setMode(MapView::Mode::Pick);
        QSignalSpy moved(v.view.get(), &MapView::pinMoved);
        QTest::mouseClick(v.view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(300, 250));
        QCOMPARE(moved.size(), 1);
        QVERIFY(geo::haversineDistance(*v.view->pin(), v.scene->toWgs84(v.view->viewport().toLonLat(QPointF(300, 250))))
            < 0.01);
        const QPointF centre = v.view->viewport().centre();
        drag(v.view.get(), QPoint(300, 235), QPoint(380, 315)); // grab the pin's head, above its point
        QCOMPARE(moved.size(), 2);
        QCOMPARE(v.view->viewport().centre(), centre); // the map stayed; the pin moved
        QVERIFY(
            distance(v.view->viewport().toScreen(*v.view->pin()), QPointF(380, 330)) < 1.0); // it keeps its grip offset
    }

    void editsABoundary()
    {
        View v = open(chief(), { 113.325, 23.1325 }, 16.0);
        const int g1 = v.scene->unitIndex(m_f.g1);
        v.view->beginEdit(UnitLevel::Grid, m_f.g1, PolygonEditor(v.scene->unitData(g1).geometry));
        QCOMPARE(v.view->mode(), MapView::Mode::EditBoundary);
        PolygonEditor* editor = v.view->editor();
        const geo::LonLat corner = editor->vertex({ 0, 0, 2 }); // north-east
        const QPoint from = v.view->viewport().toScreen(corner).toPoint();
        drag(v.view.get(), from, from + QPoint(-30, 20));
        QVERIFY(editor->isModified());
        QVERIFY(geo::haversineDistance(editor->vertex({ 0, 0, 2 }), corner) > 20.0);
        // Drag a midpoint to add a point there.
        const QList<geo::LonLat> ring = editor->ringVertices(0, 0);
        const QPointF mid = (v.view->viewport().toScreen(ring[0]) + v.view->viewport().toScreen(ring[1])) / 2.0;
        drag(v.view.get(), mid.toPoint(), mid.toPoint() + QPoint(0, 25));
        QCOMPARE(editor->allVertices().size(), 5);
        // Right-click removes it again; Ctrl+Z brings it back.
        QTest::mouseClick(v.view.get(), Qt::RightButton, Qt::NoModifier, (mid + QPointF(0, 25)).toPoint());
        QCOMPARE(editor->allVertices().size(), 4);
        QTest::keyClick(v.view.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->allVertices().size(), 5);
        v.view->endEdit();
        QCOMPARE(v.view->mode(), MapView::Mode::Browse);
    }

    void pageSearchLayersPairsAndExport()
    {
        Prompter prompter;
        prompter.setScripted(true);
        MapPage page(chief(), prompter);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        MapView* view = page.view();
        // Search by name: the view goes to the community and selects it.
        for (const QChar c : QStringLiteral("岳洲社区居委会")) // as an input method delivers 汉字
            QTest::sendKeyEvent(QTest::Click, page.searchBox(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QVERIFY(!page.searchBox()->results().isEmpty());
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(view->selectedUnit(), page.scene().unitIndex(m_f.eastCommunity));
        QVERIFY(view->viewport().bbox().contains({ 113.335, 23.135 }));
        QVERIFY(page.selectionPanel()->isVisible());
        // A grid's panel lists its sentinels, volunteers and open leads.
        view->fitUnit(page.scene().unitIndex(m_f.g3));
        view->repaint();
        QCOMPARE(page.panelLeads()->count(), 1);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("panelPeople"))->text().contains(QStringLiteral("王哨兵")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("panelPeople"))->text().contains(QStringLiteral("刘志愿")));
        // Layers switch off and on.
        page.layerAction(Layer::Leads)->trigger();
        QVERIFY(!view->layers().testFlag(Layer::Leads));
        view->repaint();
        QVERIFY(view->lastFrame().leads.isEmpty());
        page.layerAction(Layer::Leads)->trigger();
        page.colouringCombo()->setCurrentIndex(1);
        QCOMPARE(page.scene().colouring(), LeadColouring::Risk);
        page.layerAction(Layer::Heatmap)->trigger();
        QVERIFY(view->layers().testFlag(Layer::Heatmap));
        QVERIFY(page.heatWindowCombo()->isVisible());
        // Export: to the path the user chose, at twice the pixels.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("view.png"));
        prompter.setNextFileName(path);
        page.exportAction()->trigger();
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view->size() * 2);
        // Measuring from the toolbar.
        page.measureDistanceAction()->trigger();
        QCOMPARE(view->mode(), MapView::Mode::MeasureDistance);
        page.measureDistanceAction()->trigger();
        QCOMPARE(view->mode(), MapView::Mode::Browse);
    }

    void myPairsFilter()
    {
        Prompter prompter;
        prompter.setScripted(true);
        MapPage page(*m_wang, prompter);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->centreOn({ 113.33, 23.135 }, 15.0);
        page.view()->repaint();
        QCOMPARE(page.view()->lastFrame().people.size(), 3);
        QVERIFY(page.myPairsCheck()->isEnabled());
        page.myPairsCheck()->setChecked(true);
        page.view()->repaint();
        QCOMPARE(page.view()->lastFrame().people.size(), 2); // 王哨兵 and his partner; 赵哨兵 is not his pair
        QCOMPARE(page.view()->lastFrame().pairs.size(), 1);
        QCOMPARE(page.view()->lastFrame().leads.size(), 1); // his own lead
    }

    void editsAndSavesFromThePage()
    {
        Prompter prompter;
        prompter.setScripted(true);
        MapPage page(chief(), prompter);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        MapView* view = page.view();
        view->fitUnit(page.scene().unitIndex(m_f.g4));
        QVERIFY(page.editBoundaryAction()->isVisible());
        QVERIFY(page.editBoundaryAction()->isEnabled());
        page.editBoundaryAction()->trigger();
        QCOMPARE(view->mode(), MapView::Mode::EditBoundary);
        QVERIFY(!page.saveBoundaryButton()->isEnabled()); // nothing changed yet
        view->repaint();
        PolygonEditor* editor = view->editor();
        const geo::LonLat se = editor->vertex({ 0, 0, 1 }); // (the north-east corner sits under the zoom buttons)
        const QPoint from = view->viewport().toScreen(se).toPoint();
        drag(view, from, from + QPoint(-15, -15));
        QVERIFY(page.saveBoundaryButton()->isEnabled());
        QTest::mouseClick(page.saveBoundaryButton(), Qt::LeftButton);
        QCOMPARE(view->mode(), MapView::Mode::Browse);
        auto stored = UnitGeometryWriter(chief()).load(UnitLevel::Grid, m_f.g4);
        QVERIFY(stored.ok());
        QCOMPARE(page.statusLabel()->text(), QStringLiteral("The boundary was saved."));
        QVERIFY(geo::area(*stored) < geo::area(test::boxGeometry(113.330, 23.135, 113.340, 23.140)) * 0.999);
        QVERIFY(!geo::contains(*stored, { 113.33999, 23.13501 })); // the south-east corner moved in
        // A sentinel does not get the action.
        MapPage sentinelPage(*m_wang, prompter);
        QVERIFY(!sentinelPage.editBoundaryAction()->isVisible());
    }
};

QTEST_MAIN(TestMapView)
#include "tst_MapView.moc"
