// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "MapFixture.h"
#include "MapTestData.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/MapStyle.h"
#include "map/TileLoader.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace gs;
using namespace gs::map;

namespace {

// 五山街道 as one square street inside a larger district, one grid, a pair and one lead.
MapData smallDistrict()
{
    MapData d;
    d.districtName = QStringLiteral("测试区");
    d.units.append({ QStringLiteral("d"), QStringLiteral("1"), QStringLiteral("测试区"), UnitLevel::District, {}, {},
        test::boxGeometry(113.30, 23.10, 113.40, 23.20), false });
    d.units.append({ QStringLiteral("s"), QStringLiteral("11"), QStringLiteral("五山街道"), UnitLevel::Street, {},
        QStringLiteral("d"), test::boxGeometry(113.32, 23.12, 113.36, 23.16), false });
    d.units.append({ QStringLiteral("g"), QStringLiteral("111"), QStringLiteral("第1网格"), UnitLevel::Grid,
        QStringLiteral("community"), QStringLiteral("s"), test::boxGeometry(113.33, 23.13, 113.34, 23.14), false });
    MapPerson s;
    s.id = QStringLiteral("p1");
    s.name = QStringLiteral("王哨兵");
    s.position = geo::LonLat { 113.325, 23.125 };
    MapPerson v;
    v.id = QStringLiteral("p2");
    v.volunteer = true;
    v.name = QStringLiteral("刘志愿");
    v.position = geo::LonLat { 113.355, 23.125 };
    d.people = { s, v };
    d.pairings = { { QStringLiteral("pair"), QStringLiteral("JD-1"), QStringLiteral("p1"), QStringLiteral("p2"),
        QStringLiteral("2025-01-01") } };
    d.leads = { { QStringLiteral("L1"), QStringLiteral("suspected"), QStringLiteral("high"), 100000, 1,
        { 113.35, 23.15 } } };
    return d;
}

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

const char* show(QColor c)
{
    static QByteArray text;
    text = c.name().toLatin1();
    return text.constData();
}

RenderOptions plain()
{
    RenderOptions o;
    o.layers &= ~Layers(Layer::Labels);
    o.attribution = false;
    return o;
}

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void polygonsAndMarkersAreWhereTheyBelong_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("1x") << qreal(1.0);
        QTest::newRow("2x") << qreal(2.0);
    }
    void polygonsAndMarkersAreWhereTheyBelong()
    {
        QFETCH(qreal, dpr);
        MapScene scene(smallDistrict());
        MapRenderer renderer(scene);
        const MapViewport v = MapViewport::at({ 113.34, 23.14 }, 13.0, QSizeF(600, 480), dpr);
        MapFrame frame;
        const QImage image = renderer.render(v, plain(), &frame);
        QCOMPARE(image.size(), QSize(int(600 * dpr), int(480 * dpr)));
        const auto pixel = [&](geo::LonLat p, QPointF offset = {}) {
            const QPointF s = v.toScreen(p) + offset;
            return image.pixelColor(int(s.x() * dpr), int(s.y() * dpr));
        };
        // Inside the street, away from lines and markers: the street's tint. Outside the district: land.
        QVERIFY2(near(pixel({ 113.325, 23.155 }), MapStyle::streetTint(scene.unit(1).tint), 1),
            show(pixel({ 113.325, 23.155 })));
        QVERIFY2(near(pixel({ 113.325, 23.165 }), MapStyle::districtFill(), 1), show(pixel({ 113.325, 23.165 })));
        const QPointF outside = v.toScreen({ 113.30, 23.10 }) + QPointF(-20, 20);
        if (outside.x() >= 0 && outside.y() < 480)
            QVERIFY(near(image.pixelColor(int(outside.x() * dpr), int(outside.y() * dpr)), MapStyle::landColor(), 1));
        // The street's edge is drawn in the street colour (darker than the tint).
        QVERIFY(pixel({ 113.32, 23.15 }).lightness() < MapStyle::streetTint(0).lightness() - 40);
        // The lead: a marker in the colour of its status group at its place.
        QVERIFY2(near(pixel({ 113.35, 23.15 }), MapStyle::statusGroupColor(2)), show(pixel({ 113.35, 23.15 })));
        // The volunteer's orange square (beside its white glyph) and the sentinel's teal disc.
        QVERIFY2(near(pixel({ 113.355, 23.125 }, QPointF(-8, -8)), MapStyle::volunteerColor(), 12),
            show(pixel({ 113.355, 23.125 }, QPointF(-8, -8))));
        QVERIFY2(near(pixel({ 113.325, 23.125 }, QPointF(-7, 0)), MapStyle::sentinelColor(), 12),
            show(pixel({ 113.325, 23.125 }, QPointF(-7, 0))));
        // The pair line between them, half-way.
        QVERIFY(near(pixel({ 113.34, 23.125 }), MapStyle::pairColor(), 40));

        // What was drawn is what can be hit.
        QCOMPARE(frame.leads.size(), 1);
        QCOMPARE(frame.people.size(), 2);
        QCOMPARE(frame.pairs.size(), 1);
        MapFrame::Hit hit = frame.hitTest(v.toScreen({ 113.35, 23.15 }));
        QCOMPARE(hit.kind, MapFrame::Hit::Kind::Lead);
        QCOMPARE(frame.leads.at(hit.index).lead, 0);
        hit = frame.hitTest(v.toScreen({ 113.34, 23.125 }));
        QCOMPARE(hit.kind, MapFrame::Hit::Kind::Pair);
        QCOMPARE(frame.pairs.at(hit.index).pairing, 0);
        hit = frame.hitTest(v.toScreen({ 113.355, 23.125 }));
        QCOMPARE(hit.kind, MapFrame::Hit::Kind::Person);
        QCOMPARE(scene.data().people.at(frame.people.at(hit.index).person).name, QStringLiteral("刘志愿"));
        QCOMPARE(frame.hitTest(v.toScreen({ 113.325, 23.165 })).kind, MapFrame::Hit::Kind::None);
    }

    void layersCanBeTurnedOff()
    {
        MapScene scene(smallDistrict());
        MapRenderer renderer(scene);
        const MapViewport v = MapViewport::at({ 113.34, 23.14 }, 13.0, QSizeF(600, 480));
        RenderOptions o = plain();
        o.layers &= ~(Layers(Layer::Leads) | Layer::Pairs | Layer::Sentinels | Layer::Volunteers | Layer::Streets);
        MapFrame frame;
        const QImage image = renderer.render(v, o, &frame);
        QVERIFY(frame.leads.isEmpty() && frame.people.isEmpty() && frame.pairs.isEmpty());
        const QPointF lead = v.toScreen({ 113.35, 23.15 });
        QVERIFY(near(image.pixelColor(lead.toPoint()), MapStyle::districtFill(), 1)); // no marker, no street tint
    }

    void clustersCountAndZoomIn()
    {
        MapData d = smallDistrict();
        d.leads.clear();
        for (int i = 0; i < 50; ++i)
            d.leads.append(
                { QStringLiteral("L%1").arg(i), i % 2 ? QStringLiteral("submitted") : QStringLiteral("closed"),
                    QStringLiteral("low"), 0, 1, { 113.35 + (i % 7) * 0.0002, 23.15 + (i / 7) * 0.0002 } });
        MapScene scene(std::move(d));
        MapRenderer renderer(scene);
        const MapViewport v = MapViewport::at({ 113.35, 23.15 }, 12.0, QSizeF(400, 300));
        MapFrame frame;
        const QImage image = renderer.render(v, plain(), &frame);
        QCOMPARE(frame.clusters.size(), 1);
        const MapFrame::ClusterMark& c = frame.clusters.first();
        QCOMPARE(c.cluster.count, qsizetype(50));
        QVERIFY(c.expansionZoom > 12 && c.expansionZoom <= int(MapViewport::MaxZoom));
        QCOMPARE(frame.hitTest(c.centre).kind, MapFrame::Hit::Kind::Cluster);
        QCOMPARE(scene.leadClusters().categoryCounts(c.cluster).value(0), qsizetype(25)); // waiting
        QCOMPARE(scene.leadClusters().categoryCounts(c.cluster).value(4), qsizetype(25)); // closed
        // The donut's ring shows both colours; its middle is white with the count.
        bool blue = false, grey = false;
        for (int a = 0; a < 360; a += 10) {
            const QPointF p = c.centre
                + QPointF(std::cos(a * M_PI / 180) * c.radius * 0.82, std::sin(a * M_PI / 180) * c.radius * 0.82);
            const QColor colour = image.pixelColor(p.toPoint());
            blue = blue || near(colour, MapStyle::statusGroupColor(0), 10);
            grey = grey || near(colour, MapStyle::statusGroupColor(4), 10);
        }
        QVERIFY(blue && grey);
        // Zoomed in to where it splits, it is several clusters or single leads.
        const MapViewport closer = MapViewport::at({ 113.3506, 23.1506 }, c.expansionZoom, QSizeF(400, 300));
        MapFrame split;
        (void)renderer.render(closer, plain(), &split);
        QVERIFY(split.clusters.size() + split.leads.size() >= 2);
        qsizetype total = split.leads.size();
        for (const MapFrame::ClusterMark& m : std::as_const(split.clusters))
            total += m.cluster.count;
        QCOMPARE(total, qsizetype(50)); // nothing lost between zooms
    }

    void coincidentLeadsAreSpread()
    {
        MapData d = smallDistrict();
        d.leads.clear();
        for (int i = 0; i < 6; ++i)
            d.leads.append({ QStringLiteral("L%1").arg(i), QStringLiteral("submitted"), QStringLiteral("low"), 0, 1,
                { 113.35, 23.15 } });
        MapScene scene(std::move(d));
        MapRenderer renderer(scene);
        MapFrame frame;
        (void)renderer.render(MapViewport::at({ 113.35, 23.15 }, 14.0, QSizeF(400, 300)), plain(), &frame);
        QCOMPARE(frame.clusters.size(), 1); // a cluster while zoomed out
        QVERIFY(frame.clusters.first().expansionZoom > int(MapViewport::MaxZoom));
        (void)renderer.render(MapViewport::at({ 113.35, 23.15 }, 18.0, QSizeF(400, 300)), plain(), &frame);
        QCOMPARE(frame.leads.size(), 6); // spread around the place they share
        for (int i = 0; i < 6; ++i) {
            for (int j = i + 1; j < 6; ++j) {
                const QPointF delta = frame.leads[i].at - frame.leads[j].at;
                QVERIFY(std::hypot(delta.x(), delta.y()) >= 16.0);
            }
        }
        QSet<int> hit;
        for (const MapFrame::LeadMark& m : std::as_const(frame.leads)) {
            const MapFrame::Hit h = frame.hitTest(m.at, 0.0);
            QCOMPARE(h.kind, MapFrame::Hit::Kind::Lead);
            hit.insert(frame.leads.at(h.index).lead);
        }
        QCOMPARE(hit.size(), 6); // each one can be clicked
    }

    void labelsDoNotOverlap()
    {
        MapData d = test::latticeDistrict(36, 24);
        MapScene scene(std::move(d));
        MapRenderer renderer(scene);
        for (double zoom : { 11.5, 12.5, 13.8, 15.0, 16.0, 17.0 }) {
            MapFrame frame;
            (void)renderer.render(
                MapViewport::at(scene.extent().centre(), zoom, QSizeF(1000, 700)), RenderOptions(), &frame);
            QVERIFY2(!frame.labels.isEmpty(), qPrintable(QString::number(zoom)));
            for (int i = 0; i < frame.labels.size(); ++i) {
                for (int j = i + 1; j < frame.labels.size(); ++j)
                    QVERIFY2(!frame.labels[i].rect.intersects(frame.labels[j].rect), qPrintable(QString::number(zoom)));
            }
        }
    }

    void aBudgetedFrameCatchesUpToTheFullPicture_data()
    {
        QTest::addColumn<double>("rasterBudgetMs");
        QTest::addColumn<double>("frameDeadlineMs");
        QTest::newRow("raster budget") << 1e-6 << 0.0;
        QTest::newRow("frame deadline") << 0.0 << 1e-6;
    }

    void aBudgetedFrameCatchesUpToTheFullPicture()
    {
        QFETCH(double, rasterBudgetMs);
        QFETCH(double, frameDeadlineMs);
        // A view's first frame at a new zoom may stop drawing new labels and cluster icons; the frames it then
        // paints must end on exactly the picture an unbudgeted renderer draws at once.
        MapData d = test::latticeDistrict(24, 16);
        d.leads = test::syntheticLeads(d, 3000, 5);
        const MapScene scene(std::move(d));
        const MapViewport view = MapViewport::at(scene.extent().centre(), 15.0, QSizeF(900, 600));
        MapRenderer full(scene);
        MapFrame fullFrame;
        const QImage expected = full.render(view, RenderOptions(), &fullFrame);
        QVERIFY(!fullFrame.incomplete);
        QVERIFY(!fullFrame.labels.isEmpty() && !fullFrame.clusters.isEmpty());

        RenderOptions budgeted;
        budgeted.rasterBudgetMs = rasterBudgetMs; // either way: one new image per frame
        budgeted.frameDeadlineMs = frameDeadlineMs;
        MapRenderer progressive(scene);
        MapFrame frame;
        QImage image = progressive.render(view, budgeted, &frame);
        QVERIFY(frame.incomplete);
        QVERIFY(frame.labels.size() < fullFrame.labels.size());
        int frames = 1;
        while (frame.incomplete && frames < 10000) {
            image = progressive.render(view, budgeted, &frame);
            ++frames;
        }
        QVERIFY(!frame.incomplete);
        QVERIFY2(frames > 2, qPrintable(QString::number(frames)));
        QCOMPARE(frame.labels.size(), fullFrame.labels.size());
        QCOMPARE(image, expected);
    }

    void cachedPicturesFollowWhatTheyShow()
    {
        // The renderer keeps the legend, cluster icons, lead dots and the heat image between frames. After
        // other views, colourings and layers, each frame must still equal a fresh renderer's.
        MapData d = test::latticeDistrict(24, 16);
        d.leads = test::syntheticLeads(d, 3000, 7);
        MapScene scene(std::move(d));
        const geo::LonLat centre = scene.extent().centre();
        RenderOptions o;
        o.legend = true;
        RenderOptions heat = o;
        heat.layers |= Layer::Heatmap;
        struct Step
        {
            double zoom;
            double east; // degrees east of the centre
            LeadColouring colouring;
            const RenderOptions* options;
        };
        const Step steps[] = { { 15.0, 0.0, LeadColouring::Status, &o }, { 13.0, 0.01, LeadColouring::Status, &o },
            { 15.0, 0.0, LeadColouring::Risk, &o }, { 14.0, -0.01, LeadColouring::Risk, &heat },
            { 14.0, -0.01, LeadColouring::Status, &heat }, { 15.0, 0.0, LeadColouring::Status, &o },
            { 18.0, 0.0, LeadColouring::Status, &o }, { 18.0, 0.0, LeadColouring::Risk, &o } };
        const auto viewOf = [&](const Step& step) {
            return MapViewport::at({ centre.lon + step.east, centre.lat }, step.zoom, QSizeF(700, 500));
        };
        // Qt outlines a font's first glyphs slightly differently from later ones (its font engine's first use
        // in the process): every step once with a throwaway renderer, so only our caches differ below.
        for (const Step& step : steps) {
            scene.setColouring(step.colouring);
            (void)MapRenderer(scene).render(viewOf(step), *step.options);
        }
        MapRenderer warm(scene);
        for (const Step& step : steps) {
            scene.setColouring(step.colouring);
            const MapViewport v = viewOf(step);
            MapFrame frame;
            const QImage image = warm.render(v, *step.options, &frame);
            QVERIFY(!frame.clusters.isEmpty() || !frame.leads.isEmpty());
            MapRenderer fresh(scene);
            QVERIFY2(image == fresh.render(v, *step.options),
                qPrintable(QStringLiteral("zoom %1, colouring %2").arg(step.zoom).arg(int(step.colouring))));
        }
    }

    void clusterIconsShowTheirOwnCount()
    {
        // Two clusters alike in all but their count (10 and 11 leads of one status and risk: same radius, same
        // ring), then the same leads coloured by risk (high risk is the first category, as the status group of
        // "submitted" is: the same ring in other colours): each icon must be drawn for what it shows.
        MapData d = smallDistrict();
        d.leads.clear();
        const auto group = [&](int n, double lon, double lat) {
            for (int i = 0; i < n; ++i)
                d.leads.append({ QStringLiteral("L%1-%2").arg(lon).arg(i), QStringLiteral("submitted"),
                    QStringLiteral("high"), 0, 1, { lon + i * 0.0002, lat + (i % 3) * 0.0002 } });
        };
        group(10, 113.31, 23.11);
        group(11, 113.39, 23.19);
        MapScene scene(std::move(d));
        RenderOptions o = plain();
        const MapViewport west = MapViewport::at({ 113.31, 23.11 }, 13.0, QSizeF(300, 300));
        const MapViewport east = MapViewport::at({ 113.39, 23.19 }, 13.0, QSizeF(300, 300));
        for (const MapViewport& v : { west, east }) // Qt's glyphs (see cachedPicturesFollowWhatTheyShow)
            (void)MapRenderer(scene).render(v, o);
        MapRenderer warm(scene);
        for (const auto& [v, colouring] : { std::pair { west, LeadColouring::Status },
                 std::pair { east, LeadColouring::Status }, std::pair { east, LeadColouring::Risk } }) {
            scene.setColouring(colouring);
            MapFrame frame;
            const QImage image = warm.render(v, o, &frame);
            QCOMPARE(frame.clusters.size(), 1);
            QVERIFY(image == MapRenderer(scene).render(v, o));
        }
    }

    void heatOfOneLeadIsRound()
    {
        // The blur runs along rows and along columns alike: one lead's heat is the same at equal distances to
        // its left and above it, and to its right and below it. (Left and right differ a little: the heat
        // grid's cells are 6 px, and the lead's cell centre is not exactly under it; the view is square, so
        // the offset is the same in both directions.)
        MapData d = smallDistrict();
        d.leads = { { QStringLiteral("L1"), QStringLiteral("submitted"), QStringLiteral("low"), 0, 1,
            { 113.35, 23.15 } } };
        MapScene scene(std::move(d));
        MapRenderer renderer(scene);
        RenderOptions o = plain();
        o.layers = Layers(Layer::Heatmap);
        const MapViewport v = MapViewport::at({ 113.35, 23.15 }, 15.0, QSizeF(400, 400));
        const QImage image = renderer.render(v, o);
        const QPoint at = v.toScreen({ 113.35, 23.15 }).toPoint();
        QVERIFY2(image.pixelColor(at) != QColor(Qt::white), show(image.pixelColor(at)));
        for (int r : { 4, 8, 14 }) {
            for (const auto& [a, b] : { std::pair { QPoint(-r, 0), QPoint(0, -r) }, std::pair { QPoint(r, 0), QPoint(0, r) } }) {
                const QColor ca = image.pixelColor(at + a), cb = image.pixelColor(at + b);
                QVERIFY2(ca != QColor(Qt::white), qPrintable(QString::number(r)));
                QVERIFY2(near(ca, cb, 3), qPrintable(QStringLiteral("%1 at (%2, %3), %4 at (%5, %6)")
                                                     .arg(ca.name()).arg(a.x()).arg(a.y()).arg(cb.name()).arg(b.x()).arg(b.y())));
            }
        }
    }

    void gcj02BasemapShiftsMarkers()
    {
        MapScene scene(smallDistrict());
        MapRenderer renderer(scene);
        const geo::LonLat lead { 113.35, 23.15 };
        scene.setDisplayCrs(geo::Crs::Gcj02);
        const MapViewport v = MapViewport::at(scene.toDisplay({ 113.34, 23.14 }), 15.0, QSizeF(600, 480));
        MapFrame frame;
        (void)renderer.render(v, plain(), &frame);
        QCOMPARE(frame.leads.size(), 1);
        const QPointF expected = v.toScreen(scene.toDisplay(lead));
        QVERIFY(std::hypot(frame.leads.first().at.x() - expected.x(), frame.leads.first().at.y() - expected.y()) < 0.5);
        const QPointF unshifted = v.toScreen(lead);
        QVERIFY(std::hypot(expected.x() - unshifted.x(), expected.y() - unshifted.y()) > 40.0); // ~500 m at z15
    }

    void heatmapShowsWhereLeadsAre()
    {
        MapData d = smallDistrict();
        d.leads.clear();
        for (int i = 0; i < 200; ++i)
            d.leads.append({ QStringLiteral("L%1").arg(i), QStringLiteral("submitted"), QStringLiteral("low"),
                10000 * i, 1000 + i, { 113.35 + (i % 10) * 0.0003, 23.15 + (i / 10) * 0.0001 } });
        MapScene scene(std::move(d));
        MapRenderer renderer(scene);
        RenderOptions o = plain();
        o.layers = Layers(Layer::District) | Layer::Heatmap;
        const MapViewport v = MapViewport::at({ 113.35, 23.15 }, 14.0, QSizeF(400, 300));
        const QImage hot = renderer.render(v, o);
        const QPointF centre = v.toScreen({ 113.3514, 23.151 });
        const QColor h = hot.pixelColor(centre.toPoint());
        QVERIFY2(!near(h, MapStyle::districtFill(), 20), show(h));
        QVERIFY(h.red() > h.blue()); // the hottest spot is red/yellow, not blue
        const QPointF far = v.toScreen({ 113.34, 23.145 });
        QVERIFY(near(hot.pixelColor(far.toPoint()), MapStyle::districtFill(), 2));
        // A time window without leads leaves no heat.
        o.heatFromMs = 5000;
        const QImage none = renderer.render(v, o);
        QVERIFY(near(none.pixelColor(centre.toPoint()), MapStyle::districtFill(), 2));
        o.heatFromMs = 0;
        o.heatWeight = HeatWeight::Amount;
        QVERIFY(!near(renderer.render(v, o).pixelColor(centre.toPoint()), MapStyle::districtFill(), 20));
    }

    void rasterBasemapWithParentWhileLoading()
    {
        QTemporaryDir dir;
        const auto tile = [&](geo::TileId t, QColor c) {
            QDir().mkpath(dir.filePath(QStringLiteral("%1/%2").arg(t.z).arg(t.x)));
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(c);
            QVERIFY(image.save(dir.filePath(QStringLiteral("%1/%2/%3.png").arg(t.z).arg(t.x).arg(t.y))));
        };
        const geo::TileId at14 = geo::WebMercator::tileAt({ 113.345, 23.145 }, 14);
        tile(at14, QColor(200, 40, 40));
        const geo::TileId parent { at14.x / 2, at14.y / 2, 13 };
        tile(parent, QColor(40, 40, 200));
        auto source = std::make_shared<DirectoryTileSource>(dir.path(), geo::Crs::Wgs84, 0, 14);
        TileLoader loader(source);
        MapScene scene(smallDistrict());
        MapRenderer renderer(scene);
        RenderOptions o = plain();
        o.layers = Layers(Layer::Basemap);
        o.tiles = &loader;
        const geo::BBox box = geo::WebMercator::tileBounds(at14);
        // Zoomed out first: only the parent level is asked for and loaded.
        (void)renderer.render(MapViewport::at(box.centre(), 13.0, QSizeF(256, 256)), o);
        QVERIFY(loader.waitForIdle(5000));
        QVERIFY(!loader.cached(parent).isNull());
        // At z14 the child is not cached yet: the parent's quarter stands in, scaled, until it arrives.
        const MapViewport v = MapViewport::at(box.centre(), 14.0, QSizeF(256, 256));
        QImage first = renderer.render(v, o);
        QCOMPARE(first.pixelColor(128, 128), QColor(40, 40, 200));
        // Wait for this very tile: other tiles of the frame (neighbours that do not exist) report first.
        QTRY_VERIFY_WITH_TIMEOUT(!loader.cached(at14).isNull(), 5000);
        QCOMPARE(renderer.render(v, o).pixelColor(128, 128), QColor(200, 40, 40));
    }

    void decorations()
    {
        QCOMPARE(MapRenderer::scaleBarMetres(2.0, 120.0), (std::pair<double, double>(200.0, 100.0)));
        QCOMPARE(MapRenderer::scaleBarMetres(30.0, 120.0).first, 2000.0);
        QCOMPARE(MapRenderer::formatDistance(5000), QStringLiteral("5 km"));
        QCOMPARE(MapRenderer::formatDistance(1250), QStringLiteral("1.25 km"));
        QCOMPARE(MapRenderer::formatDistance(200), QStringLiteral("200 m"));
        QCOMPARE(MapRenderer::formatArea(2.5e6),
            QStringLiteral("2.5 km²").replace(QStringLiteral("2.5"), QStringLiteral("2.50")));
        QCOMPARE(MapRenderer::formatCount(87), QStringLiteral("87"));
        QCOMPARE(MapRenderer::formatCount(23456), QStringLiteral("23.5k"));
        MapScene scene(smallDistrict());
        MapRenderer renderer(scene);
        RenderOptions o;
        o.legend = true;
        o.scaleBar = true;
        o.title = QStringLiteral("线索分布");
        MapFrame frame;
        const QImage image = renderer.render(MapViewport::at({ 113.34, 23.14 }, 13.0, QSizeF(800, 600)), o, &frame);
        QVERIFY(QRectF(0, 0, 800, 600).contains(frame.legend));
        QVERIFY(frame.legend.height() > 100);
        QVERIFY(QRectF(0, 0, 800, 600).contains(frame.scaleBar));
        QVERIFY(!frame.legend.intersects(frame.scaleBar));
        QCOMPARE(image.pixelColor(frame.legend.center().toPoint()).lightness() > 200, true); // a light panel
    }
};

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    TestMapRenderer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_MapRenderer.moc"
