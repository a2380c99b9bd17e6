// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapSnapshot.h"

#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/TileLoader.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace gs::map {

namespace {

Result<std::unique_ptr<MapScene>> loadScene(Session& session, const SnapshotOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(Error::Code::Io,
            QCoreApplication::translate(
                "gs::map::MapSnapshot", "Drawing a map needs the graphical libraries (fonts)."));
    auto data = MapDataLoader::load(session, options.filter);
    if (!data)
        return data.error();
    auto scene = std::make_unique<MapScene>(std::move(data.value()));
    if (options.basemap)
        scene->setDisplayCrs(options.basemap->crs());
    scene->setColouring(options.colouring);
    return scene;
}

} // namespace

QImage renderSnapshot(const MapScene& scene, const MapViewport& viewport, const SnapshotOptions& options)
{
    MapRenderer renderer(scene);
    RenderOptions o;
    o.layers = options.layers;
    o.heatWeight = options.heatWeight;
    o.heatFromMs = options.heatFromMs;
    o.heatToMs = options.heatToMs;
    o.legend = options.legend;
    o.scaleBar = options.scaleBar;
    o.title = options.title;
    o.subtitle = options.subtitle;
    o.onlyMyPairs = options.onlyMyPairs;
    o.highlightedLead = options.highlightLeadId.isEmpty() ? -1 : scene.leadIndex(options.highlightLeadId);
    if (options.pin)
        o.pin = scene.toDisplay(*options.pin);
    std::unique_ptr<TileLoader> tiles;
    if (options.basemap && options.layers.testFlag(Layer::Basemap)) {
        tiles = std::make_unique<TileLoader>(options.basemap);
        o.tiles = tiles.get();
        // First pass asks for the tiles; wait for them, then draw for real.
        (void)renderer.render(viewport, o);
        tiles->waitForIdle(options.tileTimeoutMs);
    }
    MapViewport v = viewport;
    v.setDevicePixelRatio(options.devicePixelRatio);
    return renderer.render(v, o);
}

Result<QImage> renderSnapshot(Session& session, const geo::BBox& bbox, QSize size, const SnapshotOptions& options)
{
    auto scene = loadScene(session, options);
    if (!scene)
        return scene.error();
    const MapScene& s = **scene;
    geo::BBox box;
    if (bbox.isEmpty()) {
        box = s.extent();
    } else {
        box.extend(s.toDisplay({ bbox.west, bbox.south }));
        box.extend(s.toDisplay({ bbox.east, bbox.north }));
    }
    MapViewport viewport
        = MapViewport::fitting(box, QSizeF(size), 24.0, options.devicePixelRatio, MapViewport::MaxZoom);
    return renderSnapshot(s, viewport, options);
}

Result<QImage> renderSnapshot(
    Session& session, geo::LonLat centre, double zoom, QSize size, const SnapshotOptions& options)
{
    auto scene = loadScene(session, options);
    if (!scene)
        return scene.error();
    const MapViewport viewport
        = MapViewport::at((*scene)->toDisplay(centre), zoom, QSizeF(size), options.devicePixelRatio);
    return renderSnapshot(**scene, viewport, options);
}

} // namespace gs::map
