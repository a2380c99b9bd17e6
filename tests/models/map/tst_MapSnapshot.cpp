// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapFixture.h"
#include "TestSupport.h"
#include "leads/LeadRepository.h"
#include "map/MapSnapshot.h"
#include "map/MapStyle.h"

#include <QGuiApplication>

using namespace gs;
using namespace gs::map;

class TestMapSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Vault::CreatedNode m_node;
    test::MapFixture m_f;
    QString m_lead;

private Q_SLOTS:
    void initTestCase()
    {
        m_node = test::createNode(m_dir);
        m_node.session->setKdfParams(test::fastKdf());
        m_f = test::addMapStructure(*m_node.session);
        Lead l;
        l.title = QStringLiteral("某养老院推销高息产品");
        l.categories = { QStringLiteral("非法集资") };
        l.entityName = QStringLiteral("某养老服务公司");
        l.address = QStringLiteral("五山路1号");
        l.lon = 113.337;
        l.lat = 23.1322;
        l.groupsAtRisk = { QStringLiteral("elderly") };
        l.source = QStringLiteral("patrol");
        l.description = QStringLiteral("以养老为名承诺保本保息。");
        auto saved = LeadRepository(*m_node.session).save(l, LeadRepository::Intent::Submit);
        QVERIFY(saved.ok());
        m_lead = saved->id;
    }

    void byBoundingBox()
    {
        SnapshotOptions options;
        options.title = QStringLiteral("线索位置");
        options.highlightLeadId = m_lead;
        auto image
            = renderSnapshot(*m_node.session, geo::BBox::of(113.32, 23.13, 113.34, 23.14), QSize(640, 400), options);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
        QCOMPARE(image->size(), QSize(640, 400));
        // The highlighted lead sits inside the box, drawn with its selection ring.
        bool ring = false;
        for (int y = 0; y < image->height() && !ring; ++y) {
            for (int x = 0; x < image->width() && !ring; ++x)
                ring = image->pixelColor(x, y) == MapStyle::selectionColor();
        }
        QVERIFY(ring);
    }

    void byCentreAtHighDensity()
    {
        SnapshotOptions options;
        options.devicePixelRatio = 2.0;
        options.pin = geo::LonLat { 113.325, 23.1325 };
        options.layers = Layers(Layer::District) | Layer::Grids | Layer::Streets;
        auto image = renderSnapshot(*m_node.session, geo::LonLat { 113.33, 23.135 }, 15.0, QSize(300, 200), options);
        QVERIFY(image.ok());
        QCOMPARE(image->size(), QSize(600, 400));
        QCOMPARE(image->devicePixelRatio(), 2.0);
    }

    void wholeDistrictWhenNoBox()
    {
        auto image = renderSnapshot(*m_node.session, geo::BBox(), QSize(400, 300));
        QVERIFY(image.ok());
        QVERIFY(!image->isNull());
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    TestMapSnapshot test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_MapSnapshot.moc"
