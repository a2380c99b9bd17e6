// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#include "map/MapViewport.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace gs::map {

using geo::WebMercator;

MapViewport::MapViewport(QPointF centreWorld, double zoom, QSizeF size, qreal devicePixelRatio)
    : m_size(size)
    , m_dpr(devicePixelRatio)
{
    setCentre(centreWorld);
    setZoom(zoom);
}

MapViewport MapViewport::at(geo::LonLat centre, double zoom, QSizeF size, qreal devicePixelRatio)
{
    return MapViewport(WebMercator::toWorld(centre), zoom, size, devicePixelRatio);
}

MapViewport MapViewport::fitting(
    const geo::BBox& box, QSizeF size, double margin, qreal devicePixelRatio, double maxZoom)
{
    MapViewport v(QPointF(0.5, 0.5), MinZoom, size, devicePixelRatio);
    v.fit(box, margin, maxZoom);
    return v;
}

geo::LonLat MapViewport::centreLonLat() const
{
    return WebMercator::fromWorld(m_centre);
}

double MapViewport::scale() const
{
    return WebMercator::worldSize(m_zoom);
}

void MapViewport::setCentre(QPointF world)
{
    // Longitude may run on (panning across the antimeridian); latitude stops at the map's edge.
    m_centre = QPointF(world.x(), std::clamp(world.y(), 0.0, 1.0));
}

void MapViewport::setCentreLonLat(geo::LonLat p)
{
    setCentre(WebMercator::toWorld(p));
}

void MapViewport::setZoom(double zoom)
{
    if (std::isfinite(zoom))
        m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
}

void MapViewport::zoomAround(QPointF screen, double zoom)
{
    const QPointF anchor = screenToWorld(screen);
    setZoom(zoom);
    // Put the anchor back under the same screen point.
    const QPointF offset = (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / scale();
    setCentre(anchor - offset);
}

void MapViewport::panBy(QPointF delta)
{
    setCentre(m_centre - delta / scale());
}

void MapViewport::fit(const geo::BBox& box, double margin, double maxZoom)
{
    if (box.isEmpty())
        return;
    const QPointF nw = WebMercator::toWorld({ box.west, box.north });
    const QPointF se = WebMercator::toWorld({ box.east, box.south });
    setCentre((nw + se) / 2.0);
    const double w = std::max(se.x() - nw.x(), 1e-12);
    const double h = std::max(se.y() - nw.y(), 1e-12);
    const double availW = std::max(m_size.width() - 2.0 * margin, 16.0);
    const double availH = std::max(m_size.height() - 2.0 * margin, 16.0);
    const double zoom = std::log2(std::min(availW / w, availH / h) / WebMercator::TileSize);
    setZoom(std::min(zoom, maxZoom));
}

QPointF MapViewport::worldToScreen(QPointF world) const
{
    return (world - m_centre) * scale() + QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF MapViewport::screenToWorld(QPointF screen) const
{
    return m_centre + (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / scale();
}

QPointF MapViewport::toScreen(geo::LonLat p) const
{
    return worldToScreen(WebMercator::toWorld(p));
}

geo::LonLat MapViewport::toLonLat(QPointF screen) const
{
    return WebMercator::fromWorld(screenToWorld(screen));
}

QRectF MapViewport::worldRect() const
{
    const QPointF half(m_size.width() / 2.0 / scale(), m_size.height() / 2.0 / scale());
    return QRectF(m_centre - half, m_centre + half);
}

geo::BBox MapViewport::bbox() const
{
    const QRectF r = worldRect();
    const geo::LonLat nw = WebMercator::fromWorld(r.topLeft());
    const geo::LonLat se = WebMercator::fromWorld(r.bottomRight());
    return geo::BBox::of(std::max(nw.lon, -180.0), se.lat, std::min(se.lon, 180.0), nw.lat);
}

double MapViewport::metresPerPixel() const
{
    return WebMercator::groundResolution(centreLonLat().lat, m_zoom);
}

} // namespace gs::map
