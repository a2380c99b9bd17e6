// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
// Not a test: renders the demo district (DemoBuilder in a temporary folder) with synthetic leads at several
// zooms to PNG files, to look at. Usage: map_screenshots [OUT_DIR] (default build/screenshots/map).
#include "MapTestData.h"
#include "accounts/Session.h"
#include "demo/DemoBuilder.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTranslator>

using namespace gs;

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("build/screenshots/map"));
    QDir().mkpath(out);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    auto summary = DemoBuilder::create(path, crypto::ScryptParams { 10, 8, 1 });
    if (!summary)
        qFatal("demo: %s", qPrintable(summary.error().message));
    auto session = Vault::unlock(path, QStringLiteral("sentinel"), QStringLiteral("Sentinel-2026"));
    if (!session)
        qFatal("unlock: %s", qPrintable(session.error().message));
    auto data = map::MapDataLoader::load(**session);
    if (!data)
        qFatal("load: %s", qPrintable(data.error().message));
    data->leads = test::syntheticLeads(*data, 3000);
    map::MapScene scene(std::move(data.value()));
    map::MapRenderer renderer(scene);
    struct Shot
    {
        const char* name;
        double zoom;
        geo::LonLat centre;
        map::Layers layers;
        bool risk;
    };
    const geo::LonLat centre = scene.extent().centre();
    const map::Layers all = map::defaultLayers();
    const Shot shots[] = {
        { "z11-district", 11.6, centre, all, false },
        { "z13-streets", 13.2, { 113.345, 23.135 }, all, false },
        { "z14-communities", 14.3, { 113.335, 23.13 }, all, true },
        { "z15-grids", 15.4, { 113.332, 23.128 }, all, false },
        { "z16-grids", 16.4, { 113.332, 23.128 }, all, false },
        { "z17-spread", 17.5, { 113.332, 23.128 }, all, false },
        { "z12-heat", 12.2, centre, (all | map::Layer::Heatmap) & ~map::Layers(map::Layer::Leads), false },
        { "z14-my-pairs", 13.6, { 113.33, 23.14 }, all & ~map::Layers(map::Layer::Leads), false },
    };
    for (const Shot& shot : shots) {
        scene.setColouring(shot.risk ? map::LeadColouring::Risk : map::LeadColouring::Status);
        map::RenderOptions o;
        o.layers = shot.layers;
        o.legend = true;
        o.scaleBar = true;
        o.onlyMyPairs = QByteArray(shot.name).contains("my-pairs");
        const map::MapViewport v
            = map::MapViewport::at(scene.toDisplay(shot.centre), shot.zoom, QSizeF(1280, 800), 1.0);
        QElapsedTimer t;
        t.start();
        const QImage image = renderer.render(v, o);
        const qint64 ms = t.elapsed();
        const QString file = QDir(out).filePath(QString::fromLatin1(shot.name) + QStringLiteral(".png"));
        image.save(file);
        qInfo("%s: %lld ms", qPrintable(file), ms);
    }
    return 0;
}
